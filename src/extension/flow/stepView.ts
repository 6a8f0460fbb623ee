/**
 * Turns engine steps into what the webview shows. The engine's exchanges are redacted already; the
 * text is run through `redact` once more so nothing that slipped past reaches the webview, and long
 * bodies are cut to keep messages small.
 */
import { redact } from '../../core/redact';
import { formatDuration } from '../../core/flow/duration';
import { parseJsonObject } from '../../core/json';
import type { FlowErrorInfo, FlowStep, RecordedExchange } from '../../core/flow/types';
import { entryState } from '../../core/flow/sessionState';
import type { ErrorView, ExchangeView, StepState, StepView } from '../../webview/flowTester/protocol';

const MAX_SHOWN_BODY = 32 * 1024;

function cut(text: string): string {
  return text.length > MAX_SHOWN_BODY
    ? `${text.slice(0, MAX_SHOWN_BODY)}\n…[${text.length - MAX_SHOWN_BODY} more characters not shown]`
    : text;
}

/** Pretty-prints JSON bodies; anything else as received. */
function bodyText(body: string): string {
  const trimmed = body.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return body;
  try {
    return JSON.stringify(JSON.parse(trimmed), null, 2);
  } catch {
    return body;
  }
}

export function exchangeView(exchange: RecordedExchange, index: number): ExchangeView {
  const { request, response } = exchange;
  const requestText =
    [`${request.method} ${request.url}`, ...request.headers.map(([n, v]) => `${n}: ${v}`)].join('\n') +
    (request.body !== undefined ? `\n\n${request.body}` : '');
  const view: ExchangeView = {
    index,
    request: cut(redact(requestText)),
    durationMs: Math.round(exchange.durationMs),
    duration: formatDuration(exchange.durationMs),
  };
  if (response) {
    // A 400 at the token endpoint says little; the OAuth error inside (authorization_pending, slow_down…) says it all.
    const error = parseJsonObject(response.body)?.error;
    view.summary =
      `${response.status} ${response.statusText}`.trim() + (typeof error === 'string' ? ` · ${redact(error.slice(0, 80))}` : '');
    const head = [`HTTP ${response.status} ${response.statusText}`.trim(), ...response.headers.map(([n, v]) => `${n}: ${v}`)].join('\n');
    view.response = cut(redact(`${head}\n\n${bodyText(response.body)}`));
  }
  if (exchange.failure) view.failure = redact(exchange.failure);
  if (exchange.clientCertificate)
    view.clientCertificate = `${redact(exchange.clientCertificate.subject)} · x5t#S256 ${exchange.clientCertificate.thumbprint}`;
  return view;
}

export function errorView(error: FlowErrorInfo): ErrorView {
  return {
    code: error.code,
    message: redact(error.message),
    ...(error.hint ? { hint: error.hint } : {}),
    explanations: error.explanations.map((entry) => ({
      code: entry.code,
      name: entry.name,
      family: entry.family,
      summary: entry.summary,
      causes: entry.causes.slice(0, 5),
      fixes: entry.fixes.slice(0, 5),
      ...(entry.links[0] ? { link: { title: entry.links[0].title, url: entry.links[0].url } } : {}),
    })),
  };
}

export function stepView(id: string, step: FlowStep): StepView {
  const view: StepView = {
    id,
    kind: step.kind,
    title: step.title,
    state: entryState(step.status),
    explanation: step.explanation,
    checks: step.checks.map((c) => ({ label: c.label, outcome: c.outcome, detail: redact(c.detail) })),
    notes: step.notes.map(redact),
    exchanges: step.exchanges.map(exchangeView),
  };
  if (step.status !== 'running' && step.status !== 'pending') {
    view.durationMs = Math.round(step.durationMs);
    view.duration = formatDuration(step.durationMs);
  }
  if (step.error) view.error = errorView(step.error);
  return view;
}

/** A step that has not produced an engine result yet (waiting for the browser, polling). */
export function placeholderStep(
  id: string,
  kind: string,
  title: string,
  explanation: string,
  state: StepState,
  progress?: string,
): StepView {
  return { id, kind, title, explanation, state, checks: [], notes: [], exchanges: [], ...(progress ? { progress } : {}) };
}
