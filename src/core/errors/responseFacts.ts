/**
 * The parts of a parsed error response as labelled facts, in the order worth reading. One list feeds
 * both the hover (markdown) and the Explain view (HTML), so they never disagree about a value.
 */
import { jsonText } from '../json';
import type { ErrorResponseParts } from './responses/types';
import { displayTime } from '../time/numericDate';
import { truncate } from '../render/escape';

export type ResponseFactKey =
  | 'error'
  | 'error_description'
  | 'error_codes'
  | 'suberror'
  | 'error_subtype'
  | 'exception'
  | 'status'
  | 'trace_id'
  | 'correlation_id'
  | 'error_id'
  | 'timestamp'
  | 'claims'
  | 'scope'
  | 'realm'
  | 'scheme'
  | 'error_uri'
  | 'resource_metadata'
  | 'dpop_nonce'
  | 'acr_values'
  | 'max_age'
  | 'command'
  | 'failures'
  | 'state'
  | 'iss';

export interface ResponseFact {
  key: ResponseFactKey;
  label: string;
  /** The value as shown (for `timestamp`, the local time). */
  value: string;
  /** A second line: the UTC time and how long ago, a raw value beside a decoded one. */
  detail?: string;
  /** Offer a copy action: ids support asks for, commands to run. */
  copy?: boolean;
  /** Multi-line text (decoded claims JSON) shown as a block. */
  block?: boolean;
  /** A URL that may become a link (only https ones do). */
  url?: boolean;
  /** Sentences rather than an identifier: shown as text, not as code. */
  prose?: boolean;
}

export interface ResponseFactOptions {
  /** Milliseconds since 1970: "3 h ago" is relative to this. */
  now?: number;
  /** IANA time zone for "local"; defaults to the extension host's. */
  timeZone?: string;
  /** Longest value kept in one fact; longer ones end with "…". */
  maxValueLength?: number;
}

const SHAPE_NAMES: Record<ErrorResponseParts['shape'], string> = {
  json: 'JSON error body',
  redirect: 'redirect with error parameters',
  form: 'form post with error parameters',
  'www-authenticate': 'WWW-Authenticate challenge',
  exception: 'exception message',
  html: 'error page',
  text: 'error text',
};

/** "JSON error body", "exception message" …: what kind of text the parts came from. */
export function shapeName(shape: ErrorResponseParts['shape']): string {
  return SHAPE_NAMES[shape] ?? 'error text';
}

export function responseFacts(parts: ErrorResponseParts, options: ResponseFactOptions = {}): ResponseFact[] {
  const max = options.maxValueLength ?? 2000;
  const cut = (value: string): string => truncate(value, max);
  const facts: ResponseFact[] = [];
  const add = (key: ResponseFactKey, label: string, value: string | number | undefined, extra: Partial<ResponseFact> = {}): void => {
    if (value === undefined || value === '') return;
    facts.push({ key, label, value: cut(String(value)), ...extra });
  };

  add('error', 'Error', parts.error);
  add('error_description', 'Description', parts.error_description, { prose: true });
  if (parts.error_codes && parts.error_codes.length > 0) add('error_codes', 'Error codes', parts.error_codes.join(', '));
  add('suberror', 'Suberror', parts.suberror);
  add('error_subtype', 'Error subtype', parts.error_subtype);
  add('exception', 'Exception', parts.exception);
  add('status', 'HTTP status', parts.status);
  add('trace_id', 'Trace ID', parts.trace_id, { copy: true });
  add('correlation_id', 'Correlation ID', parts.correlation_id, { copy: true });
  add('error_id', 'Error ID', parts.error_id, { copy: true });
  if (parts.timestamp) facts.push(timestampFact(parts.timestamp, options));
  if (parts.claims !== undefined) {
    add('claims', 'Claims challenge (decoded)', prettyJson(parts.claims), {
      block: true,
      detail: parts.claims_raw === undefined ? undefined : cut(parts.claims_raw),
    });
  } else if (parts.claims_raw !== undefined) {
    add('claims', 'Claims challenge (not decodable)', parts.claims_raw);
  }
  add('scheme', 'Scheme', parts.scheme);
  add('realm', 'Realm', parts.realm);
  add('scope', 'Scope', parts.scope);
  add('acr_values', 'Required acr_values', parts.acr_values);
  add('max_age', 'max_age', parts.max_age);
  add('error_uri', 'Error URI', parts.error_uri, { url: true });
  add('resource_metadata', 'Resource metadata', parts.resource_metadata, { url: true });
  add('dpop_nonce', 'DPoP nonce', parts.dpop_nonce, { copy: true });
  add('command', 'Command to run', parts.command, { copy: true });
  if (parts.failures && parts.failures.length > 0) {
    const lines = parts.failures.slice(0, 20).map((failure) => `${failure.credential} (${failure.outcome}): ${failure.message}`);
    add('failures', 'Credentials tried', lines.join('\n'), { block: true });
  }
  add('state', 'state', parts.state);
  add('iss', 'iss', parts.iss);
  return facts;
}

/** The timestamp in local time, with UTC and "how long ago" as its detail. */
function timestampFact(iso: string, options: ResponseFactOptions): ResponseFact {
  const millis = Date.parse(iso);
  if (!Number.isFinite(millis)) return { key: 'timestamp', label: 'Timestamp', value: iso, prose: true };
  const shown = displayTime(Math.floor(millis / 1000), { now: options.now, timeZone: options.timeZone });
  return { key: 'timestamp', label: 'Timestamp (local)', value: shown.local, detail: `UTC ${shown.iso} · ${shown.relative}`, prose: true };
}

/** Pretty JSON without recursion or throwing (claims nested thousands deep, `toString` keys), bounded. */
function prettyJson(value: unknown): string {
  return jsonText(value, { indent: 2, maxLength: 64 * 1024 });
}
