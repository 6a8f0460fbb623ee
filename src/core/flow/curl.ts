import { originalOf } from './recorder';
import type { RecordedExchange } from './types';

export interface CurlOptions {
  /** Put the real secrets, codes and tokens into the command. Off by default. */
  revealSecrets?: boolean;
}

/** POSIX shell single quoting: safe for any content. */
function quote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

const SKIPPED_HEADERS = new Set(['content-length', 'host', 'connection']);

/**
 * "Copy as curl" for one recorded exchange. Secrets stay redacted unless `revealSecrets` is set and
 * this process still holds the original (it never leaves the extension host).
 */
export function toCurl(exchange: RecordedExchange, { revealSecrets = false }: CurlOptions = {}): string {
  const source = (revealSecrets && originalOf(exchange)) || exchange;
  const { method, url, headers, body } = source.request;
  const parts = ['curl', '--silent', '--show-error', '--include'];
  if (method !== 'GET' || body !== undefined) parts.push('-X', method);
  parts.push(quote(url));
  for (const [name, value] of headers) {
    if (!SKIPPED_HEADERS.has(name.toLowerCase())) parts.push('-H', quote(`${name}: ${value}`));
  }
  if (body !== undefined) parts.push('--data-raw', quote(body));
  // RFC 8705: the request presented a client certificate; curl needs the files (AuthLens never copies a key).
  if (exchange.clientCertificate) parts.push('--cert', quote('CLIENT_CERT.pem'), '--key', quote('CLIENT_KEY.pem'));
  return parts.join(' ');
}
