/**
 * Turns what the user pasted into an input box into a key source for `verifySignature`. Input boxes
 * are single-line, so a pasted PEM arrives with its line breaks turned into spaces (or lost); the
 * PEM is rebuilt from its markers and base64 body. Pure, unit-tested.
 */
import type { KeySource } from './verify';

export type PastedKey = { ok: true; source: KeySource } | { ok: false; message: string };

/** How many `-----BEGIN` markers are tried before giving up: a pasted key has one block (a chain, a few). */
const MAX_PEM_BLOCKS = 8;

/**
 * The first `-----BEGIN <LABEL>-----…-----END <LABEL>-----` block: its label and body. A scanner with
 * one `indexOf` per marker tried, so its cost is linear in the input. (The regex it replaces,
 * `-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----`, rescanned the rest of the text from every
 * `-----BEGIN`: quadratic on a paste of many markers without an END.)
 */
export function findPemBlock(text: string): { label: string; body: string } | undefined {
  let from = 0;
  for (let tries = 0; tries < MAX_PEM_BLOCKS; tries++) {
    const begin = text.indexOf('-----BEGIN ', from);
    if (begin === -1) return undefined;
    let i = begin + 11;
    while (i < text.length && isLabelChar(text.charCodeAt(i))) i++;
    from = begin + 1;
    if (i === begin + 11 || !text.startsWith('-----', i)) continue;
    const label = text.slice(begin + 11, i);
    const endMarker = `-----END ${label}-----`;
    const end = text.indexOf(endMarker, i + 5);
    if (end === -1) continue;
    return { label, body: text.slice(i + 5, end) };
  }
  return undefined;
}

/** `[A-Z0-9 ]`. */
function isLabelChar(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x20;
}

/**
 * The longest paste read (256 KiB). Keys are far shorter: a PEM certificate is 1–3 KB, a chain of
 * five under 15 KB, Entra ID's JWK Set (a dozen keys with their certificates) under 20 KB. A longer
 * paste is something else, and is refused before any pass over it.
 */
export const MAX_PASTED_CHARS = 256 * 1024;

export function parsePastedKey(input: string): PastedKey {
  if (input.length > MAX_PASTED_CHARS)
    return {
      ok: false,
      message: `This paste is ${input.length} characters; a key, certificate or JWK Set is far shorter (the limit is ${MAX_PASTED_CHARS}).`,
    };
  const text = input.trim();
  if (text === '') return { ok: false, message: 'Paste a PEM public key or certificate, a JWK, or a JWK Set.' };
  if (text.startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return { ok: false, message: 'This starts like JSON but does not parse; paste the whole JWK.' };
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, message: 'A JWK is a JSON object.' };
    if (Array.isArray((value as { keys?: unknown }).keys)) return { ok: true, source: { kind: 'jwks', jwks: text } };
    if (typeof (value as { kty?: unknown }).kty !== 'string')
      return { ok: false, message: 'A JWK needs "kty" (and a JWK Set needs "keys").' };
    return { ok: true, source: { kind: 'jwk', jwk: text } };
  }
  const pem = findPemBlock(text);
  if (!pem) return { ok: false, message: 'Not a key: expected "-----BEGIN PUBLIC KEY-----", "-----BEGIN CERTIFICATE-----" or a JSON JWK.' };
  const label = pem.label;
  const body = pem.body.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+=*$/.test(body)) return { ok: false, message: `The ${label} block is not base64.` };
  const lines = body.match(/.{1,64}/g) ?? [];
  return { ok: true, source: { kind: 'pem', pem: `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n` } };
}
