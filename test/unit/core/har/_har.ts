/** Hand-built HAR entries for the unit tests (the recorded ones live in test/traces). */
import type { Entry } from 'har-format';

export interface EntryInput {
  method?: string;
  url: string;
  status?: number;
  requestHeaders?: Record<string, string>;
  responseHeaders?: Record<string, string | string[]>;
  postText?: string;
  postMime?: string;
  body?: string;
  mime?: string;
  base64?: boolean;
  redirectURL?: string;
  started?: string;
}

let clock = Date.parse('2026-06-01T12:00:00Z');

export function entry(input: EntryInput): Entry {
  const url = new URL(input.url);
  const headers = (record: Record<string, string | string[]> = {}) =>
    Object.entries(record).flatMap(([name, v]) => (Array.isArray(v) ? v : [v]).map((value) => ({ name, value })));
  clock += 1000;
  return {
    startedDateTime: input.started ?? new Date(clock).toISOString(),
    time: 12.5,
    request: {
      method: input.method ?? 'GET',
      url: input.url,
      httpVersion: 'HTTP/1.1',
      headers: headers(input.requestHeaders),
      cookies: [],
      queryString: [...url.searchParams].map(([name, value]) => ({ name, value })),
      headersSize: -1,
      bodySize: -1,
      ...(input.postText !== undefined
        ? { postData: { mimeType: input.postMime ?? 'application/x-www-form-urlencoded', text: input.postText } }
        : {}),
    },
    response: {
      status: input.status ?? 200,
      statusText: '',
      httpVersion: 'HTTP/1.1',
      headers: headers(input.responseHeaders),
      cookies: [],
      content: {
        size: input.body?.length ?? 0,
        mimeType: input.mime ?? 'application/json',
        ...(input.body !== undefined ? { text: input.base64 ? Buffer.from(input.body).toString('base64') : input.body } : {}),
        ...(input.base64 ? { encoding: 'base64' } : {}),
      },
      redirectURL: input.redirectURL ?? '',
      headersSize: -1,
      bodySize: -1,
    },
    cache: {},
    timings: { send: 1, wait: 10, receive: 1.5 },
  };
}

export function har(entries: Entry[]): string {
  return JSON.stringify({ log: { version: '1.2', creator: { name: 'AuthLens tests', version: '1' }, entries } }, null, 2);
}

/** An unsigned JWT with these claims (enough for decoding; nothing here verifies). */
export function jwt(claims: Record<string, unknown>, alg = 'RS256'): string {
  const part = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  return `${part({ alg, typ: 'JWT', kid: 'k1' })}.${part(claims)}.${Buffer.from('signature-bytes-here-not-real').toString('base64url')}`;
}
