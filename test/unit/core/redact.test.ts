import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MAX_MASKS, redact, mask, restNote } from '../../../src/core/redact';

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
  // Half JWTs (masked first) and half pairs (masked last) over the budget: the pairs' pass cuts, nothing leaks.
  const half = MAX_MASKS / 2;
  const mixed = `${Array.from({ length: half }, () => JWT).join(' ')} ${Array.from({ length: half + 10 }, (_, i) => `password=pw-${i}-abcdefgh`).join(' ')}`;
  const masked = redact(mixed);
  assert.match(masked, /\[redacted the rest, \d+ chars: more than 20000 secrets in one text\]$/);
  assert.ok(!masked.includes(JWT));
  assert.ok(!/pw-\d+-abcdefgh/.test(masked));
});

test('a 4 MB line of nothing but Bearer values (190,000) keeps its first MAX_MASKS masks, then one note', () => {
  const dense = 'Bearer abcdefghijklmn '.repeat(190_000);
  const out = redact(dense);
  const masked = 'Bearer abcdef…[redacted 8 chars] ';
  assert.ok(out.startsWith(masked.repeat(MAX_MASKS)), 'the first MAX_MASKS values masked one by one');
  assert.equal(out, `${masked.repeat(MAX_MASKS)}Bearer ${restNote(dense.length - MAX_MASKS * 22 - 'Bearer '.length)}`);
});
