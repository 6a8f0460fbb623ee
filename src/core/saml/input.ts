/**
 * Finding the SAML message in what the user gave: a bare value, `SAMLResponse=…` (with `RelayState`,
 * `SigAlg`, `Signature` around it), a whole Redirect-binding URL, a form body, or the XML itself; then
 * undoing the binding's encoding. HTTP-POST (SAML Bindings §3.5) is base64 of the XML; HTTP-Redirect
 * (§3.4) is raw DEFLATE, then base64, then URL encoding. Which one it is comes from the bytes: XML
 * starts with `<`, anything else is inflated. No Node built-ins: `atob`, `TextDecoder` and
 * `DecompressionStream('deflate-raw')` exist in Node 20 and in browsers.
 */
import { MAX_ENCODED_CHARS, MAX_XML_BYTES } from './limits';
import { SamlDecodeError } from './errors';

export type SamlBinding = 'post' | 'redirect';

export interface SamlInput {
  /** `SAMLRequest` / `SAMLResponse` when the value came with its parameter name. */
  parameter?: 'SAMLRequest' | 'SAMLResponse';
  /** The encoded value, URL-decoded, whitespace kept out. Empty when the input was raw XML. */
  encoded: string;
  /** Raw XML given directly (no binding). */
  rawXml?: string;
  relayState?: string;
  /** A Redirect-binding signature in the query (`SigAlg` + `Signature`). */
  querySignature?: { sigAlg: string };
}

const PARAM = /(?:^|[?&#;\s])(SAMLRequest|SAMLResponse)=([^&#\s"']*)/;
const BASE64_BODY = /^[A-Za-z0-9+/=\s\\rn]+$/;
const BASE64_ONLY = /^[A-Za-z0-9+/=]+$/;

/**
 * The longest value read as written (URL-encoded, wrapped): MAX_ENCODED_CHARS and room for its line
 * breaks and escapes, the same bound `decodeSaml` puts on its whole input. A longer one is no message
 * this decodes, and URL-decoding and cleaning it would cost passes over megabytes for nothing.
 */
export const MAX_WRITTEN_CHARS = MAX_ENCODED_CHARS + 65_536;

/** Picks the SAML value out of `text`, or undefined when there is none. Sync and cheap. */
export function locateSaml(text: string): SamlInput | undefined {
  const trimmed = text.trim();
  if (trimmed.length === 0) return undefined;
  if (trimmed.startsWith('<'))
    return /urn:oasis:names:tc:SAML:/.test(trimmed.slice(0, 4096)) ? { encoded: '', rawXml: trimmed } : undefined;
  // (A native search for the name first: PARAM alone is tried at every character of a multi-MB value.)
  const param = trimmed.includes('SAMLRequest=') || trimmed.includes('SAMLResponse=') ? PARAM.exec(trimmed) : null;
  if (param) {
    // A value longer than any message is kept as written, unread: `base64ToBinary` refuses it by its length.
    const raw = param[2]!;
    const encoded = raw.length > MAX_WRITTEN_CHARS ? raw : cleanBase64(urlDecode(raw));
    const input: SamlInput = { parameter: param[1] as 'SAMLRequest' | 'SAMLResponse', encoded };
    const relay = /(?:^|[?&#;\s])RelayState=([^&#\s"']*)/.exec(trimmed);
    if (relay) input.relayState = urlDecode(relay[1]!);
    const sigAlg = /(?:^|[?&#;\s])SigAlg=([^&#\s"']*)/.exec(trimmed);
    if (sigAlg && /(?:^|[?&#;\s])Signature=/.test(trimmed)) input.querySignature = { sigAlg: urlDecode(sigAlg[1]!) };
    return input;
  }
  // A bare value: base64 (possibly URL-encoded, possibly wrapped over lines). One longer than any
  // message is judged by its start and kept as written, for `base64ToBinary` to refuse by its length.
  if (trimmed.length > MAX_WRITTEN_CHARS) return BASE64_BODY.test(trimmed.slice(0, 4096)) ? { encoded: trimmed } : undefined;
  const bare = trimmed.includes('%') && /%[0-9A-Fa-f]{2}/.test(trimmed) ? urlDecode(trimmed) : trimmed;
  if (bare.length < 20) return undefined;
  // Unwrapped base64 (the usual case) passes BASE64_BODY and has nothing to clean: one scan, not two.
  if (BASE64_ONLY.test(bare)) return { encoded: bare };
  if (!BASE64_BODY.test(bare)) return undefined;
  return { encoded: cleanBase64(bare) };
}

/**
 * Base64 → the decoded bytes as a binary string (one character a byte, what `atob` gives); bounded.
 * Kept as a string: the POST binding's XML is usually ASCII, and then this string is the text itself.
 */
/** The whitespace `atob` skips (the forgiving-base64 decode of the HTML standard). */
const ATOB_SPACES = ['\t', '\n', '\f', '\r', ' '];

export function base64ToBinary(encoded: string): string {
  if (encoded.length > MAX_ENCODED_CHARS)
    throw new SamlDecodeError('too_large', `the encoded value is ${encoded.length} characters; the limit is ${MAX_ENCODED_CHARS}`);
  // `atob` refuses every character outside the alphabet and any `=` but the padding; it would take the
  // ASCII whitespace a base64 value may not hold here. Five native searches for that are much cheaper
  // than a pattern over the whole value (about 10 ms for 4 MB).
  if (ATOB_SPACES.some((space) => encoded.includes(space))) throw new SamlDecodeError('bad_encoding', 'the value is not valid base64');
  const padded = encoded + '='.repeat((4 - (encoded.length % 4)) % 4);
  try {
    return atob(padded);
  } catch {
    throw new SamlDecodeError('bad_encoding', 'the value is not valid base64');
  }
}

/** A binary string's bytes (for inflating). */
export function binaryToBytes(binary: string): Uint8Array {
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Whether decoded bytes (a binary string) are XML already (HTTP-POST) rather than DEFLATE data (HTTP-Redirect). */
export function looksLikeXml(binary: string): boolean {
  let i = 0;
  if (binary.startsWith('\xef\xbb\xbf')) i = 3;
  while (i < binary.length && isXmlSpace(binary.charCodeAt(i))) i++;
  return binary.charCodeAt(i) === 0x3c; // '<'
}
const isXmlSpace = (code: number) => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;

/**
 * The UTF-8 text of decoded bytes given as a binary string, bounded. Bytes that are all ASCII are
 * their own text (no copy; on a 3 MB message, half the cost of decoding); others go through
 * `TextDecoder`, which also drops a byte order mark.
 */
export function binaryToText(binary: string): string {
  if (binary.length > MAX_XML_BYTES)
    throw new SamlDecodeError('too_large', `the message is ${binary.length} bytes; the limit is ${MAX_XML_BYTES}`);
  return /[\x80-\xff]/.test(binary) ? bytesToText(binaryToBytes(binary)) : binary;
}

/**
 * Inflates Redirect-binding bytes with `DecompressionStream`, counting output and stopping at
 * `MAX_XML_BYTES` (50 MB of zeros deflate to under 50 KB). A zlib-wrapped value (some senders) is
 * tried second.
 */
export async function inflate(bytes: Uint8Array, limit = MAX_XML_BYTES): Promise<Uint8Array> {
  try {
    return await inflateWith('deflate-raw', bytes, limit);
  } catch (error) {
    if (error instanceof SamlDecodeError) throw error;
    try {
      return await inflateWith('deflate', bytes, limit);
    } catch (second) {
      if (second instanceof SamlDecodeError) throw second;
      throw new SamlDecodeError('bad_encoding', 'the value is neither base64 XML (POST binding) nor DEFLATE data (Redirect binding)');
    }
  }
}

async function inflateWith(format: CompressionFormat, bytes: Uint8Array, limit: number): Promise<Uint8Array> {
  const stream = new DecompressionStream(format);
  const writer = stream.writable.getWriter();
  // Errors surface on the reader; the writer's promises are only kept from going unhandled.
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw new SamlDecodeError('too_large', `the inflated message is over ${limit} bytes (a deflate bomb?)`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** UTF-8 bytes → text, bounded. */
export function bytesToText(bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_XML_BYTES)
    throw new SamlDecodeError('too_large', `the message is ${bytes.byteLength} bytes; the limit is ${MAX_XML_BYTES}`);
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

/** `decodeURIComponent` that keeps `+` (a base64 character here) and never throws. */
function urlDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value.replace(/%([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
}

/** Drops line breaks (Shibboleth wraps base64), escaped `\r\n` from JSON, and spaces. */
function cleanBase64(value: string): string {
  return value.replace(/\\[rn]|\s+/g, '');
}
