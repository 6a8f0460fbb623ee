/**
 * Fields that exception messages and CLI output write as `Label: value` text: Entra's
 * `Trace ID: … Correlation ID: … Timestamp: …`, MSAL.NET's `ErrorCode: … StatusCode: … CorrelationId: …`,
 * MSAL.js's `Error(s): … - Description: …`, the Azure CLI's advice to run `az login`, and
 * Azure.Identity's list of credentials that were tried. Every pattern is bounded and linear.
 */
import { MSAL_ERROR_CLASSES, vocabularyFamily } from '../vocabulary';
import { isLineTerminator, trimEndIndex } from '../../text/chars';
import { timestampToIso } from './timestamp';
import type { CredentialFailure } from './types';

const GUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

export interface MessageFields {
  exception?: string;
  error?: string;
  error_description?: string;
  error_codes?: number[];
  trace_id?: string;
  correlation_id?: string;
  timestamp?: string;
  status?: number;
  failures?: CredentialFailure[];
  command?: string;
}

/** The exception class that starts the message (or a line of it), as written. */
function exceptionName(text: string): string | undefined {
  const match = /(?:^|[\s(>])((?:[A-Za-z_$][\w$]*\.|\d+\.)*[A-Za-z_$][\w$]*(?:Error|Exception))(?=:|\s*$|\s*\r?\n)/m.exec(
    text.slice(0, 64 * 1024),
  );
  return match?.[1];
}

export function messageFields(text: string): MessageFields {
  const fields: MessageFields = {};
  const head = text.length > 256 * 1024 ? text.slice(0, 256 * 1024) : text;

  fields.exception = exceptionName(head);
  fields.trace_id = new RegExp(`\\bTrace[ _]?ID\\s*[:=]\\s*(${GUID})`, 'i').exec(head)?.[1];
  fields.correlation_id = new RegExp(`\\bCorrelation[ _]?ID\\s*[:=]\\s*(${GUID})`, 'i').exec(head)?.[1];
  const stamp = /\bTimestamp\s*[:=]\s*(\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z?)/i.exec(head)?.[1];
  if (stamp) fields.timestamp = timestampToIso(stamp);

  const status =
    /^HTTP\/[\d.]+\s+(\d{3})\b/m.exec(head)?.[1] ??
    /\bStatus(?:[ _]?Code)?\s*[:=]\s*(\d{3})\b/i.exec(head)?.[1] ??
    /\bhttp error:?\s*(\d{3})\b/i.exec(head)?.[1] ??
    /\bError (\d{3}): [a-z_]+/.exec(head)?.[1];
  if (status) fields.status = Number(status);

  // MSAL.NET: `ErrorCode: invalid_grant`; MSAL.js: `ServerError: invalid_grant: …`.
  fields.error =
    /\bErrorCode\s*:\s*([a-z][a-z0-9_]{2,63})\b/.exec(head)?.[1] ??
    exceptionCode(head) ??
    /\bError \d{3}: ([a-z][a-z0-9_]{2,63})\b/.exec(head)?.[1];

  const numbers = /\bError\(s\):\s*(\d{4,8}(?:\s*,\s*\d{4,8}){0,19})/.exec(head)?.[1];
  if (numbers) fields.error_codes = numbers.split(',').map((n) => Number(n.trim()));

  fields.error_description = describe(head);
  fields.failures = credentialFailures(head);
  fields.command = suggestedCommand(head);
  return fields;
}

/**
 * `ServerError: invalid_grant: …`, `InvalidGrantError: (invalid_grant) …`: the code after an error class.
 * After MSAL's classes any code-shaped word; after other classes only a word the vocabulary knows,
 * so `TimeoutError: request_took_too_long` is not taken for an auth error.
 */
function exceptionCode(text: string): string | undefined {
  const pattern = /\b([A-Z]\w{0,63}Error):\s*\(?([a-z][a-z0-9]*(?:_[a-z0-9]+)+)\)?(?=[:\s.,]|$)/g;
  let match: RegExpExecArray | null;
  for (let count = 0; (match = pattern.exec(text)) !== null && count < 20; count++) {
    if (MSAL_ERROR_CLASSES.has(match[1]!) || vocabularyFamily(match[2]!) !== undefined) return match[2];
  }
  return undefined;
}

/** The human text of the error: MSAL.js's `Description:` segment, else the Entra `AADSTS…:` sentence. */
function describe(text: string): string | undefined {
  // MSAL.js: `… - Description: <text> - Correlation ID: …` (indexOf and one bounded slice: no backtracking).
  const label = text.indexOf(' - Description: ');
  if (label !== -1) {
    const rest = text.slice(label + 16, label + 16 + 4000).split(/[\r\n]/, 1)[0]!;
    const end = dashedLabelStart(rest);
    const description = (end === -1 ? rest : rest.slice(0, end)).trim();
    if (description) return description;
  }
  const aadsts = /\bAADSTS\d{5,7}:?[^\r\n]{0,4000}/.exec(text);
  if (!aadsts) return undefined;
  // The sentence stops where Entra's diagnostic labels start (they may be on the same line when flattened).
  return beforeDiagnostics(aadsts[0]).trim();
}

/** Entra's diagnostic labels, each followed by `:`, that end the human sentence of a message. */
const DIAGNOSTIC_LABELS = ['Trace ID:', 'Correlation ID:', 'Timestamp:'] as const;

/**
 * `text` up to its first diagnostic label, without the whitespace and the one escaped line break
 * (`\\r\\n` or `\\n`, as flattened JSON prints it) before the label. A scanner, not a regex: the
 * equivalent pattern (`\s*(?:\\r\\n|\\n)?\s*(?:Trace ID|…):.*$`) backtracks cubically on long runs of spaces.
 */
export function beforeDiagnostics(text: string): string {
  // The label's `.*$` runs to the end of the text: only a label on the text's last line counts.
  let lastLine = text.length;
  while (lastLine > 0 && !isLineTerminator(text.charCodeAt(lastLine - 1))) lastLine--;
  let at = -1;
  for (const label of DIAGNOSTIC_LABELS) {
    const found = text.indexOf(label, lastLine);
    if (found !== -1 && (at === -1 || found < at)) at = found;
  }
  if (at === -1) return text;
  let end = trimEndIndex(text, at);
  if (text.startsWith('\\r\\n', end - 4)) end = trimEndIndex(text, end - 4);
  else if (text.startsWith('\\n', end - 2)) end = trimEndIndex(text, end - 2);
  return text.slice(0, end);
}

/**
 * Where MSAL.js's ` - Correlation ID:` / ` - Trace ID:` / ` - Timestamp:` tail starts in `text`
 * (whitespace, a dash, whitespace, a label), or -1. Each candidate label is checked backwards over
 * the whitespace before it only, so the scan stays linear.
 */
export function dashedLabelStart(text: string): number {
  // The next occurrence of each label; only the one just examined is searched again, so each label's
  // `indexOf` calls move forward through the text once.
  const next = DIAGNOSTIC_LABELS.map((label) => text.indexOf(label));
  for (;;) {
    let which = -1;
    for (let i = 0; i < next.length; i++) if (next[i]! !== -1 && (which === -1 || next[i]! < next[which]!)) which = i;
    if (which === -1) return -1;
    const at = next[which]!;
    const afterDash = trimEndIndex(text, at);
    if (afterDash < at && text.charCodeAt(afterDash - 1) === 0x2d /* - */) {
      const start = trimEndIndex(text, afterDash - 1);
      if (start < afterDash - 1) return start;
    }
    next[which] = text.indexOf(DIAGNOSTIC_LABELS[which]!, at + 1);
  }
}

/**
 * DefaultAzureCredential and ChainedTokenCredential list every credential they tried, one per line,
 * in a shape that differs per language:
 *   .NET   `- EnvironmentCredential authentication unavailable. …`
 *   Python `\tEnvironmentCredential: EnvironmentCredential authentication unavailable. …`
 *   JS     `CredentialUnavailableError: EnvironmentCredential is unavailable. …`
 */
function credentialFailures(text: string): CredentialFailure[] | undefined {
  if (!/Credential/.test(text)) return undefined;
  const failures: CredentialFailure[] = [];
  const seen = new Set<string>();
  const line = /^([ \t]*)(-[ \t]+|[\w.]*(?:Error|Exception):[ \t]*)?(?:(\w+Credential):[ \t]*)?(\w+Credential)\b([^\r\n]{0,2000})$/gm;
  let match: RegExpExecArray | null;
  for (let count = 0; (match = line.exec(text)) !== null && count < 100; count++) {
    const [, indent = '', marker = '', label, credential = '', rest = ''] = match;
    const message = `${credential}${rest}`.trim();
    if (/^(?:Default|Chained)\w*Credential$/.test(credential)) continue; // the summary line, not a failure
    // A list marker (`- `, a tab, `CredentialUnavailableError: `, Python's `Name: `) says this line is one attempt.
    const listed = marker !== '' || indent.includes('\t') || label !== undefined;
    const outcome =
      /unavailable/i.test(message) || /Unavailable/.test(marker)
        ? 'unavailable'
        : /\bfail(?:ed|ure)\b|\bAADSTS\d/i.test(message) || listed
          ? 'failed'
          : undefined;
    if (!outcome || seen.has(credential)) continue;
    seen.add(credential);
    failures.push({ credential, outcome, message });
  }
  return failures.length > 0 ? failures : undefined;
}

/** The Azure CLI's `Please run: az login --scope …` / `Run the command below to authenticate interactively`. */
function suggestedCommand(text: string): string | undefined {
  const advice =
    /(?:Please run|Run the command below to authenticate interactively)[^\r\n]*\r?\n((?:[ \t]*az [^\r\n]{1,500}\r?\n?){1,5})/.exec(text);
  if (advice)
    return advice[1]!
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)
      .join('\n');
  const inline = /Please run ['"`]?(az login[^'"`\r\n]{0,300}?)['"`]?(?:\s+to\b|[.\r\n]|$)/.exec(text);
  return inline?.[1]?.trim();
}
