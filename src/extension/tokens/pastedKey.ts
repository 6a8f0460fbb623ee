/**
 * Turns what the user pasted into an input box into a key source for `verifySignature`. Input boxes
 * are single-line, so a pasted PEM arrives with its line breaks turned into spaces (or lost); the
 * PEM is rebuilt from its markers and base64 body. Pure, unit-tested.
 */
import type { KeySource } from '../../core/tokens/index';

export type PastedKey = { ok: true; source: KeySource } | { ok: false; message: string };

const PEM = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/;

export function parsePastedKey(input: string): PastedKey {
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
    if (typeof (value as { kty?: unknown }).kty !== 'string') return { ok: false, message: 'A JWK needs "kty" (and a JWK Set needs "keys").' };
    return { ok: true, source: { kind: 'jwk', jwk: text } };
  }
  const pem = PEM.exec(text);
  if (!pem) return { ok: false, message: 'Not a key: expected "-----BEGIN PUBLIC KEY-----", "-----BEGIN CERTIFICATE-----" or a JSON JWK.' };
  const label = pem[1]!;
  const body = pem[2]!.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+=*$/.test(body)) return { ok: false, message: `The ${label} block is not base64.` };
  const lines = body.match(/.{1,64}/g) ?? [];
  return { ok: true, source: { kind: 'pem', pem: `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n` } };
}
