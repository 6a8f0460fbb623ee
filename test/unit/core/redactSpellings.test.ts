/**
 * How secrets are really written: every row is a spelling seen in logs, configs, curl lines and
 * serialized objects. The secret must not survive `redact` whole, and the text around it must.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpuMs } from '../../fixtures/cpuTime';
import { redact } from '../../../src/core/redact';

const S = 'Zk9sT3x7Qp2vRw8mNb4c'; // a secret-looking value, 20 characters
const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJlc2lnbmF0dXJl';

const SPELLINGS: [label: string, line: string, secret: string, keep?: string][] = [
  ['Bearer header', `Authorization: Bearer ${S}`, S, 'Authorization: Bearer'],
  ['lower-case bearer', `sending bearer ${S} to the api`, S, 'to the api'],
  ['upper-case BEARER', `BEARER ${S}`, S],
  ['Basic header', 'Authorization: Basic dXNlcjpwYXNzd29yZDEyMw==', 'dXNlcjpwYXNzd29yZDEyMw==', 'Authorization: Basic'],
  ['lower-case authorization header, other scheme', `authorization: Digest username="bob", response="${S}"`, S, 'authorization: Digest'],
  ['JSON', `{"access_token":"${S}","token_type":"Bearer"}`, S, '"token_type":"Bearer"'],
  ['JSON with spaces', `{ "refresh_token" : "${S}" }`, S],
  ['escaped JSON', `"body": "{\\"access_token\\":\\"${S}\\",\\"expires_in\\":3600}"`, S, 'expires_in'],
  ['Python dict', `{'client_secret': '${S}', 'client_id': 'app'}`, S, "'client_id': 'app'"],
  ['YAML', `  client_secret: ${S}\n  client_id: app`, S, 'client_id: app'],
  ['YAML quoted', `password: "${S}"`, S],
  ['key=value', `password=${S} user=bob`, S, 'user=bob'],
  ['key = value', `client_secret = ${S}`, S],
  ['env var', `export AZURE_CLIENT_SECRET=${S}`, S, 'export AZURE_CLIENT_SECRET='],
  ['env var quoted', `DB_PASSWORD="${S}"`, S],
  ['URL-encoded query in a query', `redirect=https%3A%2F%2Fapp%2Fcb%3Fcode%3D${S}%26state%3Dabc`, S, 'state%3D'],
  ['URL-encoded after %26', `x%3D1%26client_secret%3D${S}`, S],
  ['URL-encoded with lower-case escapes, after other %3 escapes', `u=https%3a%2f%2fa%3a1%2fcb%3fcode%3d${S}%26x`, S],
  ['camelCase clientSecret', `{ clientSecret: "${S}" }`, S],
  ['camelCase accessToken', `accessToken=${S}`, S],
  ['camelCase refreshToken', `"refreshToken": "${S}"`, S],
  ['camelCase idToken', `idToken: '${S}'`, S],
  ['curl -u', `curl -u my-client:${S} https://idp.example/token`, S, 'curl -u my-client:'],
  ['curl --user', `curl --user 'app:${S}' https://idp.example/token`, S, 'https://idp.example/token'],
  ['curl --user=', `curl --user=app:${S} https://idp.example/token`, S],
  ['mid-line Set-Cookie', `< HTTP/1.1 302 Found Set-Cookie: session=${S}; Path=/; HttpOnly`, S, '302 Found Set-Cookie:'],
  ['Cookie header', `Cookie: a=1; sid=${S}`, S, 'Cookie:'],
  ['code=', `GET /cb?code=${S}&session_state=x HTTP/1.1`, S, 'GET /cb?code='],
  ['code_verifier=', `grant_type=authorization_code&code_verifier=${S}`, S, 'grant_type=authorization_code'],
  ['password=', `username=alice&password=${S}`, S, 'username=alice'],
  ['assertion=', `grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=${S}`, S],
  ['client_assertion=', `client_assertion_type=x&client_assertion=${S}`, S],
  ['SAMLResponse=', `SAMLResponse=PHNhbWxwOlJlc3BvbnNlIHhtbG5zOnNhbWxwPSJ1cm4i${S}&RelayState=home`, S, 'RelayState=home'],
  ['x-api-key header', `x-api-key: ${S}`, S],
  ['URL user info', `https://bob:${S}@db.example.com/x`, S, '@db.example.com/x'],
  ['a JWT alone', `token was ${JWT} ok`, JWT, 'ok'],
  ['id_token_hint', `/logout?id_token_hint=abc${S}`, S],
  ['device_code JSON', `{"device_code":"${S}"}`, S],
  ['kebab-case client-secret', `--client-secret ${S}`.replace(' ', '='), S],
];

test(`redact masks every one of ${SPELLINGS.length} ways secrets are written`, () => {
  assert.ok(SPELLINGS.length >= 31);
  const missed: string[] = [];
  for (const [label, line, secret, keep] of SPELLINGS) {
    const out = redact(line);
    if (out.includes(secret)) missed.push(`${label}: ${out}`);
    if (keep !== undefined && !out.includes(keep)) missed.push(`${label} lost "${keep}": ${out}`);
  }
  assert.deepEqual(missed, []);
});

test('ordinary words next to secret-like names are left alone', () => {
  for (const line of [
    'Error code: AADSTS50058 at 12:30:45',
    '{"error":"invalid_grant","code":400,"state":"ready"}',
    'exit code=1, state=authorization_pending',
    'token_type: Bearer',
    'the basic idea',
    'https://login.microsoftonline.com/common/oauth2/v2.0/token',
  ])
    assert.equal(redact(line), line);
});

test('an unterminated 8 MB JSON value is masked without a RangeError', () => {
  const body = `{"access_token":"${'a'.repeat(8 * 1024 * 1024)}`;
  const out = redact(body);
  assert.ok(out.length < 200, `${out.length}`);
  assert.match(
    out,
    /^\{"access_token":"aaaaaa…\[redacted \d+ chars\]\[redacted the rest, \d+ chars: a text is redacted up to \d+ chars\]$/,
  );
});

test('a Bearer value of 8 MB is masked without a RangeError', () => {
  // `[\w.~+/=-]{8,}` over the whole value once overflowed the regex engine's backtracking stack.
  const out = redact(`Authorization: Bearer ${'a'.repeat(8 * 1024 * 1024)}`);
  assert.ok(out.length < 200, `${out.length}`);
  assert.match(out, /Bearer aaaaaa…\[redacted \d+ chars\]\[redacted the rest, \d+ chars: a text is redacted up to \d+ chars\]$/);
});

/** The best of a few runs: the machine is shared, and one slow run is noise, not cost. */
function bestTime(text: string, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    redact(text);
    best = Math.min(best, performance.now() - started);
  }
  return Math.max(best, 0.5);
}

const FAMILIES: Record<string, (n: number) => string> = {
  // The one that blocked the Flow Tester for 42 s: long base64url runs with many `eyJ`.
  'eyJ runs (COMPACT_JWT)': (n) => `${'eyJ'.repeat(n / 6)}.x ${'eyJabc'.repeat(n / 12)}`,
  'eyJ with dots': (n) => 'eyJabcd.'.repeat(n / 8),
  separators: (n) => '=:'.repeat(n / 2),
  'secret names, no value': (n) => 'password='.repeat(n / 9),
  'unterminated quotes': (n) => '"password":"\\'.repeat(n / 14),
  'url-encoded': (n) => '%3Dcode%3D'.repeat(n / 10),
  'bearer words': (n) => 'bearer '.repeat(n / 7),
  'curl -u': (n) => ' -u a:'.repeat(n / 6),
  userinfo: (n) => 'a://b:'.repeat(n / 6),
  'one long name': (n) => `${'a'.repeat(n - 1)}=`,
  // Dense matches (the fuzzer's multi-MB lines): a mask, a refused value or a name passed over every few characters.
  'dense masks': (n) => 'state=abcdefgh1234&'.repeat(n / 19),
  'dense bearer values': (n) => 'Bearer abcdefghij\n'.repeat(n / 18),
  'dense authorization headers': (n) => 'Authorization: Bearer x\r\n'.repeat(n / 25),
  'dense refused values': (n) => '&state=\u2028\u2028ception'.repeat(n / 16),
  'dense plain names': (n) => 'error=AADSTS70008&'.repeat(n / 18),
};

test('redact cost grows linearly on every adversarial family (1 KB, 1 MB, 10 MB; ratio bounded)', () => {
  const slow: string[] = [];
  for (const [name, make] of Object.entries(FAMILIES)) {
    bestTime(make(1024));
    const small = make(1024 * 1024);
    const large = make(10 * 1024 * 1024);
    // 10x the input: linear costs about 10x (GC and a shared machine add some); quadratic would be 100x.
    // Both sizes are past the CPU caches; a load spike from another process gets two more tries, a quadratic cost never passes.
    let figures = '';
    let linear = false;
    for (let attempt = 0; attempt < 3 && !linear; attempt++) {
      const smallMs = bestTime(small, 2);
      const largeMs = bestTime(large, 1);
      linear = largeMs < smallMs * 40;
      figures += ` 1 MB ${smallMs.toFixed(1)} ms / 10 MB ${largeMs.toFixed(1)} ms;`;
    }
    if (!linear) slow.push(`${name}:${figures}`);
  }
  assert.deepEqual(slow, []);
});

/** CPU milliseconds of the cheaper of three runs. */
function cpuBest(run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = cpuMs();
    run();
    best = Math.min(best, cpuMs() - started);
  }
  return Math.max(best, 0.5);
}

test('a line of 58,000 Bearer values costs a bounded multiple of one native replace over it', () => {
  // `replace` with a function once held every match's groups to the end: 4 MB of `Bearer x` cost 140-170
  // times a native replace of the same line; one pass with no match objects costs 25-35 times.
  // Just under MAX_TEXT, so all of it is redacted piece by piece (past it, the rest is one note).
  const line = 'Bearer abcdefghij\n'.repeat(Math.floor((1 << 20) / 18));
  redact(line.slice(0, 1 << 16));
  const native = cpuBest(() => line.replace(/[=:]/g, ':=').length);
  const ratio = cpuBest(() => redact(line)) / native;
  assert.ok(ratio < 80, `redact cost ${ratio.toFixed(0)}× the native replace`);
});

test('property: a secret written in any of the spellings never survives', async () => {
  const fc = (await import('fast-check')).default;
  const templates = [
    (n: string, v: string) => `${n}=${v}`,
    (n: string, v: string) => `"${n}": "${v}"`,
    (n: string, v: string) => `\\"${n}\\":\\"${v}\\"`,
    (n: string, v: string) => `{'${n}': '${v}'}`,
    (n: string, v: string) => `${n}: ${v}`,
    (n: string, v: string) => `x%3F${n}%3D${v}%26y=1`,
  ];
  const names = [
    'client_secret',
    'clientSecret',
    'access_token',
    'accessToken',
    'refresh_token',
    'id_token',
    'password',
    'code_verifier',
    'client_assertion',
    'assertion',
    'SAMLResponse',
    'DB_PASSWORD',
  ];
  fc.assert(
    fc.property(
      fc.constantFrom(...templates),
      fc.constantFrom(...names),
      fc.stringMatching(/^[A-Za-z0-9_.~+/-]{12,80}$/),
      fc.string({ maxLength: 20 }),
      (template, name, secret, prefix) => !redact(`${prefix.replace(/[=:%"'\\]/g, ' ')} ${template(name, secret)} tail`).includes(secret),
    ),
    { numRuns: 2000 },
  );
});
