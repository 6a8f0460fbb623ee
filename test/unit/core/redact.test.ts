import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MAX_MASKS, MAX_TEXT, longNote, redact, mask, restNote } from '../../../src/core/redact';

const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

test('a JWT anywhere in a line is masked', () => {
  const out = redact(`token response: {"access_token":"${JWT}"}`);
  assert.ok(!out.includes(JWT));
  assert.ok(out.includes('eyJhbG…[redacted'));
});

test('codes, verifiers and secrets in URLs and form bodies are masked', () => {
  const out = redact(
    'GET /callback?code=SplxlOBeZQQYbYS6WxSbIA&state=af0ifjsldkj HTTP/1.1\nclient_secret=s3cr3t-value-123&code_verifier=dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
  );
  for (const secret of ['SplxlOBeZQQYbYS6WxSbIA', 's3cr3t-value-123', 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk', 'af0ifjsldkj']) {
    assert.ok(!out.includes(secret), secret);
  }
  assert.match(out, /^GET \/callback\?code=Splxl/);
});

test('JSON secrets and Authorization headers are masked', () => {
  const out = redact(
    '{"refresh_token": "0.AAAAxyzxyzxyzxyzxyz", "client_secret":"abc123abc123"}\nAuthorization: Basic dmNvZGUtZXh0OnNlY3JldA==',
  );
  assert.ok(!out.includes('0.AAAAxyzxyzxyzxyzxyz'));
  assert.ok(!out.includes('abc123abc123'));
  assert.ok(!out.includes('dmNvZGUtZXh0OnNlY3JldA=='));
});

test('ordinary text passes through unchanged', () => {
  const line = 'AADSTS50058: A silent sign-in request was sent but no user is signed in. Version 1.2.3 at example.com';
  assert.equal(redact(line), line);
});

test('mask keeps a short prefix only', () => {
  assert.equal(mask('abc'), '[redacted]');
  assert.equal(mask('abcdefghij'), 'abcdef…[redacted 4 chars]');
});

test('redact never throws and stays fast on hostile input', () => {
  fc.assert(fc.property(fc.string({ maxLength: 2000 }), (s) => typeof redact(s) === 'string'));
  const hostile = 'code='.repeat(200_000) + 'eyJ'.repeat(100_000) + '.'.repeat(100_000);
  const started = performance.now();
  redact(hostile);
  assert.ok(performance.now() - started < 2000, 'redact took too long on 1.6 MB of hostile input');
});

test('a Bearer value that starts with eyJ but is no compact JWT is masked too', () => {
  const apiKey = 'eyJrIjoiT0tTcG1pUlY2RnVKZTFVaDFsNFZXdE9ZWmNrMkZYbk';
  const out = redact(`Authorization: Bearer ${apiKey}`);
  assert.ok(!out.includes(apiKey), out);
  assert.match(out, /^Authorization: Bearer eyJrIj…\[redacted/);
  // A real JWT is masked once, not twice.
  assert.equal(redact(`Bearer ${JWT}`), `Bearer ${mask(JWT)}`);
});

test('JSON secrets holding escapes (\\/, \\") or longer than 8 KiB are masked', () => {
  const escaped = '0.AXoA\\/abcDEFsecretsecretsecret\\/xyz';
  const quoted = 's3cr\\"etvalue123';
  const long = 'a'.repeat(9000);
  const out = redact(`{"refresh_token":"${escaped}","client_secret": "${quoted}","access_token":"${long}"}`);
  for (const secret of [escaped, quoted, long, 'secretsecretsecret', 'etvalue123']) assert.ok(!out.includes(secret), secret);
  assert.match(out, /"refresh_token":"0\.AXoA…\[redacted \d+ chars\]","client_secret": "s3cr\\"…\[redacted/);
});

test('past MAX_MASKS secrets in one text, the rest is one note: nothing after the cut shows, everything before is masked as usual', () => {
  const secret = (i: number) => `s3cr3t${String(i).padStart(6, '0')}XYZ`;
  const line = (i: number) => `Authorization: Bearer ${secret(i)}\n`;
  const lines = Array.from({ length: MAX_MASKS + 50 }, (_, i) => line(i));
  const text = lines.join('');
  const out = redact(text);
  // The first MAX_MASKS lines are masked one by one, as redact masks one line on its own.
  const kept = lines
    .slice(0, MAX_MASKS)
    .map((l) => redact(l))
    .join('');
  assert.ok(out.startsWith(kept), 'the text before the cut is masked as usual');
  // The rest starts where the secret one too many starts, and is one note.
  const cutAt = lines.slice(0, MAX_MASKS).join('').length + 'Authorization: Bearer '.length;
  assert.equal(out, `${kept}Authorization: Bearer ${restNote(text.length - cutAt)}`);
  for (const i of [0, MAX_MASKS - 1, MAX_MASKS, MAX_MASKS + 49]) assert.ok(!out.includes(secret(i)), `secret ${i} is gone`);
});

test('up to MAX_MASKS secrets the output is what masking each gives, no note; the budget spans the passes', () => {
  const exactly = Array.from({ length: MAX_MASKS }, (_, i) => `client_secret=abcdefgh${i}`).join('&');
  const out = redact(exactly);
  assert.ok(!out.includes('the rest'));
  assert.equal(out.split('[redacted').length - 1, MAX_MASKS);
  // 8,000 JWTs (masked first) and 12,010 pairs (masked last) over the budget: the pairs' pass cuts, nothing leaks.
  const jwts = 8_000;
  const shortJwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
  const mixed = `${Array.from({ length: jwts }, () => shortJwt).join(' ')} ${Array.from({ length: MAX_MASKS - jwts + 10 }, (_, i) => `password=pw-${i}-abcdefgh`).join(' ')}`;
  assert.ok(mixed.length < MAX_TEXT, 'under the text limit: the mask budget is what cuts');
  const masked = redact(mixed);
  assert.match(masked, /\[redacted the rest, \d+ chars: more than 20000 secrets in one text\]$/);
  assert.ok(!masked.includes(shortJwt));
  assert.equal(masked.split(mask(shortJwt)).length - 1, jwts, 'every JWT masked one by one');
  assert.ok(!/pw-\d+-abcdefgh/.test(masked));
});

test('a 1 MB line of nothing but Bearer values (47,000) keeps its first MAX_MASKS masks, then one note', () => {
  const dense = 'Bearer abcdefghijklmn '.repeat(47_000);
  assert.ok(dense.length < MAX_TEXT);
  const out = redact(dense);
  const masked = 'Bearer abcdef…[redacted 8 chars] ';
  assert.ok(out.startsWith(masked.repeat(MAX_MASKS)), 'the first MAX_MASKS values masked one by one');
  assert.equal(out, `${masked.repeat(MAX_MASKS)}Bearer ${restNote(dense.length - MAX_MASKS * 22 - 'Bearer '.length)}`);
});

test('past MAX_TEXT characters the rest is one note, cut where no value runs over: nothing after it shows, nothing before it is split', () => {
  const line = (i: number) => `GET /cb?code=c0de${String(i).padStart(8, '0')}xyz&state=s1 Authorization: Bearer ${JWT}\n`;
  const lines: string[] = [];
  let length = 0;
  for (let i = 0; length <= MAX_TEXT + 100_000; i++) length += (lines[i] = line(i)).length;
  const text = lines.join('');
  const out = redact(text);
  // The cut is the last value stop before MAX_TEXT; the part before it is redacted as it would be on its own.
  let cut = MAX_TEXT;
  while (!' \n&"'.includes(text[cut - 1]!)) cut--;
  assert.equal(out, redact(text.slice(0, cut)) + longNote(text.length - cut));
  assert.ok(!out.includes('yJzdWIiOiIx'), 'no JWT payload shows, whole or in part');
  assert.ok(!/c0de\d{8}xyz/.test(out), 'no code shows');
  // A line that is one value past MAX_TEXT (no stop anywhere near) is cut at MAX_TEXT and still masked.
  const one = redact(`access_token=${'x'.repeat(MAX_TEXT + 10)}`);
  assert.equal(one, `access_token=xxxxxx…[redacted ${MAX_TEXT - 'access_token='.length - 6} chars]${longNote(23)}`);
  // Up to MAX_TEXT, no note.
  const exactly = `password=hunter2hunter2 ${'a'.repeat(MAX_TEXT - 24)}`;
  assert.equal(exactly.length, MAX_TEXT);
  assert.ok(!redact(exactly).includes('the rest'));
});
