/**
 * Reading a HAR 1.2 (or 1.1) file, bounded. The file is plain JSON, so `JSON.parse` is the fastest
 * reader there is; what is bounded is everything after it: how big a file is accepted, how many
 * entries are looked at, and how much of each body is decoded and scanned. Pure: `atob` and
 * `TextDecoder` only.
 */
import type { Entry, Har, Header, QueryString } from 'har-format';

/** Largest HAR accepted (a 200 MB file reads fine; beyond this memory becomes the problem). */
export const MAX_HAR_CHARS = 512 * 1024 * 1024;
/** Entries looked at; a longer trace is cut, and the analysis says so. */
export const MAX_ENTRIES = 50_000;
/** How much of one body is decoded and scanned: auth bodies are small, scripts and images are skipped. */
export const MAX_BODY_CHARS = 2 * 1024 * 1024;

export class HarReadError extends Error {
  constructor(
    readonly code: 'not_har' | 'too_large' | 'bad_json',
    message: string,
  ) {
    super(message);
    this.name = 'HarReadError';
  }
}

export interface HarFile {
  har: Har;
  entries: Entry[];
  truncated: boolean;
}

/** Parses and checks the shape; throws `HarReadError` with a clear message. */
export function readHar(text: string): HarFile {
  if (typeof text !== 'string') throw new HarReadError('not_har', 'the input is not text');
  if (text.length > MAX_HAR_CHARS)
    throw new HarReadError('too_large', `the HAR is ${text.length} characters; the limit is ${MAX_HAR_CHARS}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new HarReadError('bad_json', `not JSON: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`);
  }
  return checkHar(parsed);
}

export function checkHar(parsed: unknown): HarFile {
  const log = (parsed as { log?: { entries?: unknown } } | null)?.log;
  if (!log || typeof log !== 'object' || !Array.isArray(log.entries))
    throw new HarReadError('not_har', 'not a HAR file: no log.entries array');
  const all = log.entries as unknown[];
  const entries = all.slice(0, MAX_ENTRIES).map(normalizeEntry);
  return { har: parsed as Har, entries, truncated: all.length > MAX_ENTRIES };
}

/** Missing or mistyped fields become empty ones, so the analysis never trips on a hand-edited file. */
function normalizeEntry(raw: unknown): Entry {
  const e = (raw && typeof raw === 'object' ? raw : {}) as Partial<Entry>;
  const request = (e.request && typeof e.request === 'object' ? e.request : {}) as Partial<Entry['request']>;
  const response = (e.response && typeof e.response === 'object' ? e.response : {}) as Partial<Entry['response']>;
  const content = (response.content && typeof response.content === 'object' ? response.content : {}) as Partial<
    Entry['response']['content']
  >;
  return {
    ...e,
    startedDateTime: typeof e.startedDateTime === 'string' ? e.startedDateTime : '',
    time: typeof e.time === 'number' ? e.time : 0,
    request: {
      ...request,
      method: typeof request.method === 'string' ? request.method : 'GET',
      url: typeof request.url === 'string' ? request.url : '',
      httpVersion: typeof request.httpVersion === 'string' ? request.httpVersion : '',
      headers: pairs(request.headers),
      cookies: pairs(request.cookies),
      queryString: pairs(request.queryString),
      headersSize: -1,
      bodySize: -1,
      ...(request.postData && typeof request.postData === 'object'
        ? {
            postData: {
              ...request.postData,
              mimeType: str(request.postData.mimeType),
              text: str(request.postData.text),
              params: pairs(request.postData.params),
            } as unknown as Entry['request']['postData'],
          }
        : {}),
    },
    response: {
      ...response,
      status: typeof response.status === 'number' ? response.status : 0,
      statusText: str(response.statusText),
      httpVersion: str(response.httpVersion),
      headers: pairs(response.headers),
      cookies: pairs(response.cookies),
      content: {
        ...content,
        size: typeof content.size === 'number' ? content.size : -1,
        mimeType: str(content.mimeType),
        ...(typeof content.text === 'string' ? { text: content.text } : {}),
      },
      redirectURL: str(response.redirectURL),
      headersSize: -1,
      bodySize: -1,
    },
    cache: {},
    timings: (e.timings ?? { send: 0, wait: 0, receive: 0 }) as Entry['timings'],
  };
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function pairs<T extends { name: string; value: string }>(list: unknown): T[] {
  if (!Array.isArray(list)) return [];
  return list
    .filter((p): p is T => !!p && typeof p === 'object' && typeof (p as T).name === 'string')
    .map((p) => ({ ...p, value: str((p as T).value) }));
}

export function header(headers: readonly Header[], name: string): string | undefined {
  const lower = name.toLowerCase();
  return headers.find((h) => h.name.toLowerCase() === lower)?.value;
}

export function headersNamed(headers: readonly Header[], name: string): string[] {
  const lower = name.toLowerCase();
  return headers.filter((h) => h.name.toLowerCase() === lower).map((h) => h.value);
}

/** URL query parameters; the HAR's `queryString` list when present, else parsed from the URL. */
export function queryParams(entry: Entry): Map<string, string> {
  const map = new Map<string, string>();
  const list: QueryString[] =
    entry.request.queryString.length > 0 ? entry.request.queryString : parseParams(safeUrl(entry.request.url)?.search.slice(1) ?? '');
  for (const p of list) if (!map.has(p.name)) map.set(p.name, p.value);
  return map;
}

/** `a=1&b=2` → pairs, decoded (form bodies and fragments). */
export function parseParams(text: string): { name: string; value: string }[] {
  if (!text) return [];
  return text
    .split('&')
    .filter(Boolean)
    .map((part) => {
      const eq = part.indexOf('=');
      const name = eq === -1 ? part : part.slice(0, eq);
      const value = eq === -1 ? '' : part.slice(eq + 1);
      return { name: formDecode(name), value: formDecode(value) };
    });
}

export function formDecode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

/** Form body parameters: `params` when the exporter wrote them, else parsed from `text`. */
export function formParams(entry: Entry): Map<string, string> {
  const map = new Map<string, string>();
  const post = entry.request.postData;
  if (!post) return map;
  const list =
    post.params && post.params.length > 0
      ? post.params.map((p) => ({ name: p.name, value: p.value ?? '' }))
      : /x-www-form-urlencoded/i.test(post.mimeType) || /^[\w.%-]+=[^{<]*$/.test(post.text?.slice(0, 200) ?? '')
        ? parseParams((post.text ?? '').slice(0, MAX_BODY_CHARS))
        : [];
  for (const p of list) if (!map.has(p.name)) map.set(p.name, p.value);
  return map;
}

export function safeUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

const TEXTUAL = /json|text|html|xml|x-www-form-urlencoded|javascript-not/i;
const SKIPPED = /javascript|ecmascript|css|image\/|font\/|woff|wasm|video\/|audio\/|octet-stream|protobuf/i;

/** The response body as text (base64 decoded), capped; undefined for scripts, images and absent bodies. */
export function responseText(entry: Entry): string | undefined {
  const content = entry.response.content;
  const text = content.text;
  if (typeof text !== 'string' || text.length === 0) return undefined;
  const mime = content.mimeType ?? '';
  if (SKIPPED.test(mime) && !/json/i.test(mime)) return undefined;
  if (content.encoding === 'base64') return base64Text(text.slice(0, Math.ceil((MAX_BODY_CHARS * 4) / 3 / 4) * 4));
  if (mime && !TEXTUAL.test(mime) && !/^[\s{[<]/.test(text.slice(0, 1))) return undefined;
  return text.length > MAX_BODY_CHARS ? text.slice(0, MAX_BODY_CHARS) : text;
}

export function requestText(entry: Entry): string | undefined {
  const text = entry.request.postData?.text;
  if (typeof text !== 'string' || text.length === 0) return undefined;
  return text.length > MAX_BODY_CHARS ? text.slice(0, MAX_BODY_CHARS) : text;
}

export function base64Text(b64: string): string | undefined {
  try {
    const clean = b64.replace(/\s+/g, '');
    const binary = atob(clean.slice(0, clean.length - (clean.length % 4)));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return new TextDecoder('utf-8').decode(bytes);
  } catch {
    return undefined;
  }
}

/** Fragment parameters of a URL (`#access_token=…&state=…`). */
export function fragmentParams(url: string): Map<string, string> {
  const hash = url.indexOf('#');
  const map = new Map<string, string>();
  if (hash === -1) return map;
  for (const p of parseParams(url.slice(hash + 1))) if (!map.has(p.name)) map.set(p.name, p.value);
  return map;
}

/** Where the response sends the browser: `redirectURL`, else the `Location` header. */
export function location(entry: Entry): string | undefined {
  return entry.response.redirectURL || header(entry.response.headers, 'location') || undefined;
}
