/**
 * The Flow Tester's view-model: the core session's state as the webview's `ViewState`. Steps go
 * through `stepView` (redacted again, bodies cut), the session's own notes and failures are added to
 * them; everything else is already safe to show and is only reshaped.
 */
import type { FlowSessionState, SessionStep, SessionToken } from '../../core/flow/sessionState';
import type { StepView, TokenView, ViewState } from '../../webview/flowTester/protocol';
import { errorView, placeholderStep, stepView } from './stepView';

export function flowStepView(entry: SessionStep): StepView {
  const view = entry.step
    ? stepView(entry.id, entry.step)
    : placeholderStep(entry.id, entry.kind, entry.title, entry.explanation, entry.state, entry.progress);
  if (entry.step && entry.notes.length) view.notes = [...view.notes, ...entry.notes];
  if (!entry.step) view.notes = [...entry.notes];
  if (entry.deadline !== undefined) view.deadline = entry.deadline;
  if (entry.failure) {
    view.state = 'failed';
    view.error = errorView(entry.failure);
  }
  return view;
}

function tokenView(token: SessionToken): TokenView {
  const view: TokenView = {
    id: token.id,
    label: token.label,
    // The webview knows JWTs and opaque tokens; a JWE is a JWT it can decode the header of, and its summary names it.
    kind: token.kind === 'opaque' ? 'opaque' : 'jwt',
    length: token.length,
    summary: [...token.summary],
  };
  if (token.expiresAt !== undefined) view.expiresAt = token.expiresAt;
  if (token.verification !== undefined) view.verification = token.verification;
  return view;
}

export function flowViewState(state: FlowSessionState): ViewState {
  const view: ViewState = {
    phase: state.phase,
    busy: state.busy,
    status: state.status,
    steps: state.steps.map(flowStepView),
    tokens: state.tokens.map(tokenView),
    actions: state.actions.map((a) => ({ ...a })),
  };
  if (state.draft) view.draft = { ...state.draft, params: state.draft.params.map((p) => ({ ...p })) };
  if (state.device) view.device = { ...state.device };
  if (state.authorizeUrl !== undefined) view.authorizeUrl = state.authorizeUrl;
  if (state.warnings) view.warnings = state.warnings.map((w) => ({ id: w.id, message: w.message, fix: w.fix }));
  if (state.landing) view.landing = { summary: state.landing.summary, explanations: state.landing.explanations.map((x) => ({ ...x })) };
  return view;
}
