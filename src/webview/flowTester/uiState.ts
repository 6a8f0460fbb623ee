/**
 * What the user did in the Flow Tester page that the host does not know yet: edits not sent, details
 * opened, where the page was scrolled. The webview keeps it with `setState`, so hiding the view (which
 * destroys the page) and showing it again brings it all back. It never holds a secret: the client
 * secret field is not part of it.
 */
import type { DraftView, ProfileForm, StepView, ViewState } from './protocol';

export interface Param {
  name: string;
  value: string;
}

/** Edits to one revision of the authorization request. */
export interface DraftEdits {
  revision: number;
  /** Values the user changed, by parameter name. */
  edited: Param[];
  /** Rows the user added ("+ Add parameter"). */
  added: Param[];
}

export interface UiState {
  /** The settings form as edited, for the profile it was loaded from. */
  form?: { profile: string; values: ProfileForm };
  settingsOpen: boolean;
  /** Steps shown open, and the steps whose openness is settled (by the user, or opened by themselves once). */
  open: string[];
  decided: string[];
  /** Open request/response blocks, as `<step id>:<exchange index>`. */
  exchanges: string[];
  draft?: DraftEdits;
  /** What the user pasted while the browser is out. */
  landing: string;
  scrollY: number;
}

const MAX_IDS = 200;

export function emptyUiState(): UiState {
  return { settingsOpen: true, open: [], decided: [], exchanges: [], landing: '', scrollY: 0 };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string').slice(0, MAX_IDS) : []);
const params = (v: unknown): Param[] =>
  Array.isArray(v)
    ? v
        .filter((p): p is Param => isRecord(p) && typeof p.name === 'string' && typeof p.value === 'string')
        .map((p) => ({ name: p.name, value: p.value }))
        .slice(0, 100)
    : [];

/** Reads what `getState` returned; anything odd (an older page's state, nothing at all) gives the defaults. */
export function restoreUiState(raw: unknown): UiState {
  const state = emptyUiState();
  if (!isRecord(raw)) return state;
  if (typeof raw.settingsOpen === 'boolean') state.settingsOpen = raw.settingsOpen;
  state.open = strings(raw.open);
  state.decided = strings(raw.decided);
  state.exchanges = strings(raw.exchanges);
  if (typeof raw.landing === 'string') state.landing = raw.landing;
  if (typeof raw.scrollY === 'number' && Number.isFinite(raw.scrollY)) state.scrollY = raw.scrollY;
  const draft = raw.draft;
  if (isRecord(draft) && Number.isInteger(draft.revision))
    state.draft = { revision: draft.revision as number, edited: params(draft.edited), added: params(draft.added) };
  const form = raw.form;
  if (isRecord(form) && typeof form.profile === 'string' && isRecord(form.values))
    state.form = { profile: form.profile, values: form.values as unknown as ProfileForm };
  return state;
}

/** Steps that open by themselves the first time they show so: what the user came to see. */
function opensByItself(step: StepView, isLast: boolean): boolean {
  // After "Discover" alone, the metadata is what the user came for.
  return (
    step.state === 'failed' ||
    (step.kind === 'discovery' && step.state === 'done' && isLast) ||
    (step.kind === 'id-token' && step.state !== 'running') ||
    (step.kind === 'authorization-request' && step.state === 'waiting') ||
    (step.kind === 'device-poll' && step.state === 'running')
  );
}

/** Whether a step shows open; the user's choice wins over opening by itself. Records the decision. */
export function isStepOpen(ui: UiState, step: StepView, isLast: boolean): boolean {
  if (!ui.decided.includes(step.id) && opensByItself(step, isLast)) {
    ui.decided.push(step.id);
    ui.open.push(step.id);
  }
  return ui.open.includes(step.id);
}

export function toggleStep(ui: UiState, id: string): void {
  if (!ui.decided.includes(id)) ui.decided.push(id);
  ui.open = ui.open.includes(id) ? ui.open.filter((x) => x !== id) : [...ui.open, id];
}

export const exchangeKey = (stepId: string, index: number) => `${stepId}:${index}`;

export function setExchangeOpen(ui: UiState, key: string, open: boolean): void {
  ui.exchanges = ui.exchanges.filter((x) => x !== key);
  if (open) ui.exchanges.push(key);
}

/** Forgets what belongs to steps and requests the host no longer shows (a reset, a new flow). */
export function pruneUiState(ui: UiState, state: ViewState): void {
  const ids = new Set(state.steps.map((s) => s.id));
  ui.open = ui.open.filter((id) => ids.has(id));
  ui.decided = ui.decided.filter((id) => ids.has(id));
  ui.exchanges = ui.exchanges.filter((key) => ids.has(key.slice(0, key.lastIndexOf(':'))));
  if (ui.draft && ui.draft.revision !== state.draft?.revision) ui.draft = undefined;
  if (!state.steps.some((s) => s.kind === 'callback' && s.state === 'running')) ui.landing = '';
}

/** The edits to this draft (a new revision starts clean). */
export function draftEdits(ui: UiState, draft: DraftView): DraftEdits {
  if (ui.draft?.revision !== draft.revision) ui.draft = { revision: draft.revision, edited: [], added: [] };
  return ui.draft;
}

export function paramValue(edits: DraftEdits, name: string, original: string): string {
  return edits.edited.find((p) => p.name === name)?.value ?? original;
}

export function editParam(edits: DraftEdits, name: string, value: string): void {
  edits.edited = [...edits.edited.filter((p) => p.name !== name), { name, value }];
}

/** The request as edited, for the host: the locked (PKCE) rows are the host's own, added rows need a name. */
export function draftParams(ui: UiState, draft: DraftView): Param[] {
  const edits = draftEdits(ui, draft);
  return [
    ...draft.params.filter((p) => !p.locked).map((p) => ({ name: p.name, value: paramValue(edits, p.name, p.value) })),
    ...edits.added.map((p) => ({ name: p.name.trim(), value: p.value })).filter((p) => p.name !== ''),
  ];
}
