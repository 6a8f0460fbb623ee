/**
 * A seeded corpus of texts built from what `redact` reacts to (schemes, secret names in every spelling,
 * separators, quotes, blanks, masks, user info, curl flags, JWT pieces, odd characters), and a digest
 * of outputs: `redactSameOutput.test.ts` checks that a rewrite of `redact` returns exactly what the
 * previous one did.
 */

import { Rng } from '../../fuzz/generators';

/** The fuzzer's seeded generator (mulberry32), as a function. */
function rng(seed: number): () => number {
  const generator = new Rng(seed);
  return () => generator.next();
}

const PIECES = [
  ...['Bearer', 'bearer', 'BEARER', 'Basic', 'DPoP', 'dpop', 'Negotiate', 'NTLM', ' ', ' ', '  ', '\t', '\n', '\r\n', '\r'],
  ...[
    'Authorization',
    'Proxy-Authorization',
    'Cookie',
    'Set-Cookie',
    'authorization',
    ':',
    ':',
    '=',
    '=',
    '%3D',
    '%3d',
    '%26',
    '%20',
    '%22',
    '%3F',
    '%',
  ],
  ...['"', '"', "'", '\\', '\\"', '{', '[', '&', ';', ',', '<', ')', '|', '`'],
  ...['state', 'code', 'Code', 'token', 'access_token', 'accessToken', 'client-secret', 'CLIENT_SECRET', 'db.password', 'x-api-key'],
  ...['AZURE_CLIENT_SECRET', 'sid', 'pin', 'otp', 'nonce', 'credentials', 'secret', 'error', 'grant_type', 'Timestamp', 'x', 'ab', 'abc'],
  ...[
    'abcdefgh',
    'abcdefgh12',
    'abcdefghijklmnopq',
    'snake_case_word',
    'Forbidden',
    '400',
    'abc123',
    'ABCDEFGHI12345',
    'a_b',
    'a__b',
    '_a',
  ],
  ...['[redacted', '[redacted 3 chars]', '…', 'eyJhbGciOiJIUzI1NiJ9', 'eyJ', '.', '..', 'eyJzdWIiOiIxIn0', 'c2ln'],
  ...['https://', 'http://', 'user', 'u:p@', ':pass@', '@', '/', ' -u ', ' --user=', ' -U ', ' --proxy-user ', 'id:secret'],
  ...['\u2028', '\u00a0', '\u000b', '\ufeff', '\u3000', 'é', '\ud800', '😀', '0', '12345678', '1234567890123456'],
];

/** Corpus text `seed`: 1 to 60 pieces. */
export function corpusInput(seed: number): string {
  const next = rng(seed);
  let out = '';
  for (let i = 0, n = 1 + Math.floor(next() * 60); i < n; i++) out += PIECES[Math.floor(next() * PIECES.length)]!;
  return out;
}

/** FNV-1a over the character codes (lone surrogates included), twice with different constants: 16 hex digits. */
export function digest(texts: string[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x811c9dc5) ^ (b >>> 13);
    }
    a = Math.imul(a ^ 0xffff, 0x01000193);
    b = Math.imul(b ^ 0xffff, 0x811c9dc5);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
