import type { ErrorEntry } from '../errors/catalog/types';
import type { FlowErrorCode, FlowErrorInfo, OAuthErrorDetails } from './types';

/** Every failure the flow engine reports: a stable `code`, a message in plain words, the provider's fields verbatim. */
export class FlowError extends Error {
  override readonly name = 'FlowError';
  readonly code: FlowErrorCode;
  readonly oauth?: OAuthErrorDetails;
  explanations: ErrorEntry[];
  hint?: string;

  constructor(code: FlowErrorCode, message: string, options: { oauth?: OAuthErrorDetails; hint?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.oauth = options.oauth;
    this.hint = options.hint;
    this.explanations = [];
  }

  toInfo(): FlowErrorInfo {
    const info: FlowErrorInfo = { code: this.code, message: this.message, explanations: this.explanations };
    if (this.oauth) info.oauth = this.oauth;
    if (this.hint) info.hint = this.hint;
    return info;
  }
}

const KNOWN_FIELDS = new Set(['error', 'error_description', 'error_uri', 'state', 'iss']);

/** Builds the verbatim error fields from a JSON body or callback parameters. Returns undefined when there is no `error`. */
export function oauthErrorDetails(
  fields: Record<string, unknown> | URLSearchParams,
  status?: number,
  wwwAuthenticate?: string,
): OAuthErrorDetails | undefined {
  const record: Record<string, unknown> = fields instanceof URLSearchParams ? Object.fromEntries(fields) : fields;
  if (typeof record.error !== 'string' || record.error === '') return undefined;
  const text = (name: string) => (typeof record[name] === 'string' ? (record[name] as string) : undefined);
  const details: OAuthErrorDetails = { error: record.error, extra: {} };
  if (text('error_description') !== undefined) details.error_description = text('error_description');
  if (text('error_uri') !== undefined) details.error_uri = text('error_uri');
  if (text('state') !== undefined) details.state = text('state');
  if (text('iss') !== undefined) details.iss = text('iss');
  if (status !== undefined) details.status = status;
  if (wwwAuthenticate) details.wwwAuthenticate = wwwAuthenticate;
  for (const [key, value] of Object.entries(record)) if (!KNOWN_FIELDS.has(key)) details.extra[key] = value;
  return details;
}

/** Short, one-line summary of an OAuth error for messages: `invalid_grant: grant request is invalid`. */
export function describeOAuthError(details: OAuthErrorDetails): string {
  return details.error_description ? `${details.error}: ${details.error_description}` : details.error;
}
