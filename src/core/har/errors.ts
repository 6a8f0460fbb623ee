/**
 * Every error of one HAR entry, explained: codes in `WWW-Authenticate`, in the response body (JSON,
 * HTML, form, base64-encoded), in a redirect's `Location` and in a callback's own parameters; an HTTP
 * failure with no code still counts, described by its status and `error_description`.
 */
import type { Entry } from 'har-format';
import { findErrors } from '../errors/recognize';
import { lookupError } from '../errors/catalog/index';
import { parseWwwAuthenticate } from './wwwAuthenticate';
import { formParams, fragmentParams, headersNamed, location, queryParams, responseText } from './read';
import type { HarRole } from './roles';
import type { HarError } from './types';

export function entryErrors(entry: Entry, index: number, role: HarRole): HarError[] {
  const found: HarError[] = [];
  const seen = new Set<string>();
  const status = entry.response.status;
  const add = (code: string, family: string, where: string, description?: string) => {
    if (seen.has(code)) return;
    seen.add(code);
    const known = lookupError(code, family);
    const error: HarError = {
      entry: index,
      code: known?.code ?? code,
      family: known?.family ?? family,
      summary: known?.summary ?? describeStatus(status, entry.response.statusText),
      where,
    };
    if (description) error.description = description;
    found.push(error);
  };
  const scan = (where: string, text: string | undefined, description?: string) => {
    if (!text) return;
    // The finder's default budget (DEFAULT_MAX_HITS): a body of megabytes of codes is reported in part, which is
    // fine for a review of a trace (the codes repeat); the sanitizer, which must be complete, does not use this.
    for (const match of findErrors(text)) add(match.code, match.family, where, description);
  };
  for (const value of headersNamed(entry.response.headers, 'www-authenticate')) {
    const challenge = parseWwwAuthenticate(value);
    if (challenge.error) add(challenge.error, 'oauth', 'response.header:WWW-Authenticate', challenge.errorDescription);
    else scan('response.header:WWW-Authenticate', value, challenge.errorDescription);
  }
  const body = responseText(entry);
  if (body && (status >= 400 || role !== 'other' || /"error"|error=|AADSTS|E0000/.test(body.slice(0, 20_000)))) {
    scan('response.body', body, descriptionIn(body));
  }
  const loc = location(entry);
  if (loc && /[?#&]error=/.test(loc)) {
    const params = new Map([...queryParamsOf(loc), ...fragmentParams(loc)]);
    const code = params.get('error');
    if (code) add(code, 'oauth', 'response.location:error', params.get('error_description'));
  }
  if (role === 'callback') {
    const params = new Map([...queryParams(entry), ...formParams(entry)]);
    const code = params.get('error');
    if (code) add(code, 'oauth', 'request:error', params.get('error_description'));
    scan('request:error_description', params.get('error_description'));
  }
  if (found.length === 0 && status >= 400) {
    add(`HTTP ${status}`, 'http', 'response.status', body ? descriptionIn(body) : undefined);
  }
  return found;
}

function queryParamsOf(url: string): Map<string, string> {
  const q = url.indexOf('?');
  if (q === -1) return new Map();
  const end = url.indexOf('#', q);
  return new Map(new URLSearchParams(url.slice(q + 1, end === -1 ? undefined : end)));
}

function descriptionIn(body: string): string | undefined {
  const json = /"error_description"\s*:\s*"((?:[^"\\]|\\.){1,600})"/.exec(body.slice(0, 200_000));
  if (json) {
    try {
      return JSON.parse(`"${json[1]}"`) as string;
    } catch {
      return json[1];
    }
  }
  return undefined;
}

const STATUS_WORDS: Record<number, string> = {
  400: 'Bad Request: the server refused the request as malformed or invalid.',
  401: 'Unauthorized: no credentials, or the credentials (token, client secret) were not accepted.',
  403: 'Forbidden: the caller is known but not allowed to do this (scope, role, policy).',
  404: 'Not Found.',
  405: 'Method Not Allowed.',
  429: 'Too Many Requests: throttled; wait and retry with back-off.',
  500: 'Internal Server Error on the provider or API side.',
  502: 'Bad Gateway.',
  503: 'Service Unavailable: down or overloaded; retry later.',
};

function describeStatus(status: number, statusText: string): string {
  return STATUS_WORDS[status] ?? `HTTP ${status}${statusText ? ` ${statusText}` : ''}.`;
}
