import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyzeHar, sanitizeHar, HarReadError } from '../../../../src/core/har/index';
import { runCli } from '../../../../src/cli/main';
import { authnRequest, postEncode, redirectEncode, samlResponse } from '../saml/_messages';
import { entry, har, jwt } from './_har';
import { cpuMs } from '../../../fixtures/cpuTime';

const IDP = 'https://login.example.test';
const APP = 'https://app.example.test';

test('roles: discovery, jwks, authorize, callback, token, userinfo, revocation, introspection, end session, SAML, API, other', async () => {
  const a = await analyzeHar(
    har([
      entry({ url: `${IDP}/.well-known/openid-configuration` }),
      entry({ url: `${IDP}/oauth2/v2.0/keys` }),
      entry({
        url: `${IDP}/authorize?client_id=c&response_type=code&redirect_uri=${encodeURIComponent(`${APP}/cb`)}&state=s1&code_challenge=x&code_challenge_method=S256`,
        status: 302,
      }),
      entry({ url: `${IDP}/u/login`, method: 'POST', postText: 'username=a&password=hunter2hunter2' }),
      entry({ url: `${APP}/cb?code=abc123abc123&state=s1` }),
      entry({ url: `${IDP}/oauth/token`, method: 'POST', postText: 'grant_type=authorization_code&code=abc123abc123' }),
      entry({ url: `${IDP}/userinfo`, requestHeaders: { Authorization: 'Bearer opaque-access-token-1234' } }),
      entry({ url: `${IDP}/oauth/revoke`, method: 'POST', postText: 'token=opaque-access-token-1234' }),
      entry({ url: `${IDP}/oauth/introspect`, method: 'POST', postText: 'token=opaque-access-token-1234' }),
      entry({ url: `${IDP}/session/end?post_logout_redirect_uri=${encodeURIComponent(APP)}` }),
      entry({ url: `${IDP}/saml2?SAMLRequest=${redirectEncode(authnRequest())}` }),
      entry({ url: `${APP}/api/orders`, requestHeaders: { Authorization: 'Bearer opaque-access-token-1234' } }),
      entry({ url: `${APP}/favicon.ico`, mime: 'image/x-icon' }),
    ]),
  );
  assert.deepEqual(
    a.exchanges.map((x) => x.role),
    [
      'discovery',
      'jwks',
      'authorize',
      'login',
      'callback',
      'token',
      'userinfo',
      'revocation',
      'introspection',
      'end_session',
      'saml',
      'api',
      'other',
    ],
  );
  assert.deepEqual(
    a.exchanges.map((x) => x.auth),
    [true, true, true, true, true, true, true, true, true, true, true, false, false],
  );
  assert.ok(a.tokens.some((t) => t.entry === 6 && t.format === 'opaque' && t.where === 'request.header:Authorization'));
  assert.ok(a.tokens.some((t) => t.entry === 10 && t.format === 'saml'));
});

test('errors: WWW-Authenticate (JSON-escaped in the file), AADSTS inside a base64 body, an error redirect, a bare HTTP failure', async () => {
  const text = har([
    entry({
      url: `${APP}/api`,
      status: 401,
      requestHeaders: { Authorization: `Bearer ${jwt({ sub: 'u', exp: 1 })}` },
      responseHeaders: { 'WWW-Authenticate': 'Bearer error="invalid_token", error_description="The token expired"' },
    }),
    entry({
      url: `${IDP}/common/oauth2/v2.0/token`,
      method: 'POST',
      status: 400,
      postText: 'grant_type=refresh_token&refresh_token=rt-0123456789',
      base64: true,
      body: JSON.stringify({
        error: 'invalid_grant',
        error_description: 'AADSTS70008: The provided authorization code or refresh token has expired due to inactivity.',
        error_codes: [70008],
      }),
    }),
    entry({
      url: `${IDP}/authorize?client_id=c&response_type=code&state=s`,
      status: 302,
      redirectURL: `${APP}/cb?error=consent_required&error_description=needs+consent&state=s`,
    }),
    entry({ url: `${APP}/broken`, status: 503, mime: 'text/plain', body: 'down' }),
  ]);
  assert.ok(text.includes('error=\\"invalid_token\\"'), 'the file holds the header JSON-escaped');
  const a = await analyzeHar(text);
  const byEntry = (i: number) => a.errors.filter((e) => e.entry === i).map((e) => `${e.code}/${e.family}`);
  assert.deepEqual(byEntry(0), ['invalid_token/oauth']);
  assert.equal(a.errors.find((e) => e.entry === 0)?.description, 'The token expired');
  assert.ok(byEntry(1).includes('AADSTS70008/entra'), byEntry(1).join());
  assert.ok(byEntry(1).includes('invalid_grant/oauth'));
  assert.ok(byEntry(2).includes('consent_required/oauth'));
  assert.deepEqual(byEntry(3), ['HTTP 503/http']);
  for (const e of a.errors) assert.ok(e.summary.length > 5, `${e.code} is explained`);
  // scan on a HAR names the entry, and reads the escapes and the base64 body.
  const dir = mkdtempSync(join(tmpdir(), 'authlens-har-'));
  writeFileSync(join(dir, 'x.har'), text);
  const scan = JSON.parse((await runCli(['scan', join(dir, 'x.har'), '--json'])).stdout!);
  assert.ok(
    scan.findings.some(
      (f: { kind: string; code?: string; entry: number }) => f.kind === 'error' && f.code === 'invalid_token' && f.entry === 0,
    ),
  );
  assert.ok(
    scan.findings.some(
      (f: { kind: string; code?: string; entry: number }) => f.kind === 'error' && f.code === 'AADSTS70008' && f.entry === 1,
    ),
  );
});

test('implicit flow: tokens in the Location fragment fail tokens_in_url unless allowed; nonce checked from the fragment id_token', async () => {
  const idToken = jwt({ iss: IDP, sub: 'u', aud: 'c', nonce: 'n-1', iat: 1780315200, exp: 1780318800 });
  const entries = [
    entry({
      url: `${IDP}/authorize?client_id=c&response_type=id_token%20token&redirect_uri=${encodeURIComponent(`${APP}/cb`)}&state=s1&nonce=n-1`,
      status: 302,
      redirectURL: `${APP}/cb#access_token=opaque-at-0123456789&token_type=Bearer&id_token=${idToken}&state=s1`,
    }),
  ];
  const a = await analyzeHar(har(entries));
  assert.equal(a.checks[0]?.ok, false);
  assert.ok(a.checks.some((c) => c.id === 'tokens_in_url' && !c.ok && /implicit/.test(c.message)));
  assert.deepEqual(
    a.checks.filter((c) => c.id === 'state').map((c) => c.ok),
    [true],
  );
  assert.deepEqual(
    a.checks.filter((c) => c.id === 'nonce').map((c) => c.ok),
    [true],
  );
  const allowed = await analyzeHar(har(entries), { allowImplicit: true });
  assert.deepEqual(
    allowed.checks.filter((c) => c.id === 'tokens_in_url').map((c) => c.ok),
    [true],
  );
});

test('plain http to a non-loopback host with a token, and clock skew between Date and iat', async () => {
  const a = await analyzeHar(
    har([
      entry({ url: 'http://api.example.test/orders', requestHeaders: { Authorization: `Bearer ${jwt({ sub: 'u' })}` } }),
      entry({
        url: `${IDP}/token`,
        method: 'POST',
        postText: 'grant_type=client_credentials',
        responseHeaders: { Date: 'Mon, 01 Jun 2026 12:00:00 GMT' },
        body: JSON.stringify({ access_token: jwt({ iat: Date.parse('2026-06-01T13:00:00Z') / 1000 }), token_type: 'Bearer' }),
      }),
      entry({ url: 'http://127.0.0.1:8080/cb', requestHeaders: { Authorization: `Bearer ${jwt({ sub: 'u' })}` } }),
    ]),
  );
  assert.deepEqual(
    a.checks.filter((c) => c.id === 'https').map((c) => [c.ok, c.entry]),
    [[false, 0]],
  );
  const skew = a.checks.filter((c) => c.id === 'clock_skew');
  assert.deepEqual(
    skew.map((c) => [c.ok, c.entry]),
    [[false, 1]],
  );
  assert.match(skew[0]!.message, /3600 s after/);
});

test('SAML legs: the AuthnRequest ID is expected back; a response without InResponseTo fails; a failed status is an error', async () => {
  const a = await analyzeHar(
    har([
      entry({
        url: `${IDP}/saml2?SAMLRequest=${redirectEncode(authnRequest('_req42'))}&RelayState=x`,
        status: 200,
        mime: 'text/html',
        body: '<html></html>',
      }),
      entry({
        url: `${APP}/acs`,
        method: 'POST',
        postText: `SAMLResponse=${encodeURIComponent(postEncode(samlResponse({ inResponseTo: null })))}`,
      }),
      entry({
        url: `${APP}/acs`,
        method: 'POST',
        postText: `SAMLResponse=${encodeURIComponent(postEncode(samlResponse({ status: 'Responder', nestedStatus: 'AuthnFailed' })))}`,
      }),
    ]),
  );
  assert.deepEqual(
    a.saml.map((s) => s.kind),
    ['AuthnRequest', 'Response', 'Response'],
  );
  assert.ok(a.checks.some((c) => c.id === 'saml_in_response_to_missing' && c.entry === 1 && !c.ok));
  assert.ok(
    a.errors.some((e) => e.entry === 2 && e.family === 'saml' && /AuthnFailed$/.test(e.code)),
    JSON.stringify(a.errors),
  );
  assert.deepEqual(
    a.exchanges.map((x) => x.role),
    ['saml', 'saml', 'saml'],
  );
});

test('authlens har --json keeps the contract fields; --sanitize writes the HAR with secrets masked; a bad file is a clear error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'authlens-har-'));
  const file = join(dir, 'trace.har');
  const token = jwt({ sub: 'alice', exp: 1780318800 });
  writeFileSync(
    file,
    har([
      entry({
        url: `${IDP}/authorize?client_id=c&response_type=code&state=state-value-1&redirect_uri=${encodeURIComponent(`${APP}/cb`)}`,
        status: 302,
      }),
      entry({
        url: `${APP}/cb?code=the-code-0123456&state=state-value-1`,
        requestHeaders: { Cookie: 'sid=session-cookie-value-9; theme=dark', Referer: `${IDP}/authorize?state=state-value-1` },
      }),
      entry({
        url: `${IDP}/token`,
        method: 'POST',
        postText: 'grant_type=authorization_code&code=the-code-0123456&client_secret=very-secret-value',
        body: JSON.stringify({ access_token: token, refresh_token: 'refresh-token-value-xyz' }),
        responseHeaders: { 'Set-Cookie': 'idp_session=idp-session-value-77; Path=/; Secure; SameSite=None' },
      }),
    ]),
  );
  const out = JSON.parse((await runCli(['har', file, '--json'])).stdout!);
  assert.equal(out.entries, 3);
  assert.deepEqual(Object.keys(out.exchanges[0]).slice(0, 5), ['entry', 'role', 'method', 'url', 'status']);
  assert.deepEqual(
    out.exchanges.map((x: { role: string }) => x.role),
    ['authorize', 'callback', 'token'],
  );
  assert.doesNotMatch(out.exchanges[1].url, /the-code-0123456/);
  for (const t of out.tokens) assert.deepEqual(Object.keys(t).slice(0, 4), ['entry', 'where', 'text', 'format']);
  for (const c of out.checks) assert.deepEqual(Object.keys(c), ['id', 'ok', 'entry', 'message']);
  const text = await runCli(['har', file]);
  assert.equal(text.exitCode, 0);
  assert.match(text.stdout!, /Checks[\s\S]*Legs/);

  const sanitized = await runCli(['har', file, '--sanitize']);
  assert.equal(sanitized.exitCode, 0);
  for (const secret of [
    'state-value-1',
    'the-code-0123456',
    'session-cookie-value-9',
    'very-secret-value',
    token,
    'refresh-token-value-xyz',
    'idp-session-value-77',
  ]) {
    assert.ok(!sanitized.stdout!.includes(secret), secret);
  }
  const parsed = JSON.parse(sanitized.stdout!);
  assert.equal(parsed.log.entries.length, 3);
  assert.match(sanitized.stdout!, /\[jwt:RS256 sub=#[0-9a-f]{6} exp=2026-06-01T13:00:00Z len~\d+ #[0-9a-f]{6}\]/);
  assert.match(sanitized.stdout!, /theme=dark|theme=\[cookie:theme/);
  assert.match(parsed.log.entries[2].response.headers[0].value, /^idp_session=\[cookie:idp_session .*\]; Path=\/; Secure; SameSite=None$/);
  // The same code gets the same marker in the callback URL and the token request.
  const codeMarker = /code=(%5Bcode[^&]+)/.exec(parsed.log.entries[1].request.url)![1]!;
  assert.ok(parsed.log.entries[2].request.postData.text.includes(codeMarker));

  writeFileSync(join(dir, 'bad.har'), '{"not":"a har"}');
  const bad = await runCli(['har', join(dir, 'bad.har'), '--json']);
  assert.equal(bad.exitCode, 1);
  assert.equal(JSON.parse(bad.stdout!).error.code, 'not_har');
});

test('bounded: a 60 MB script body and 20 000 entries are read quickly', async () => {
  const big = entry({ url: `${APP}/bundle.js`, mime: 'application/javascript', body: 'x'.repeat(60 * 1024 * 1024) });
  const many = Array.from({ length: 20_000 }, (_, i) => entry({ url: `${APP}/img/${i}.png`, mime: 'image/png' }));
  const started = cpuMs();
  const a = await analyzeHar(har([big, ...many]));
  const ms = cpuMs() - started;
  assert.equal(a.entries, 20_001);
  assert.ok(ms < 8000, `${ms.toFixed(0)} ms`);
});

test('analyzeHar and sanitizeHar never throw anything but HarReadError on arbitrary HAR-shaped input', async () => {
  const value = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.integer(),
    fc.constant(null),
    fc.constantFrom('Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.', 'code=abc&state=x', 'SAMLResponse=PHNhbWxwOlJlc3BvbnNl'),
  );
  const pair = fc.record({
    name: fc.oneof(
      fc.constantFrom('Authorization', 'Cookie', 'Set-Cookie', 'Location', 'code', 'state', 'WWW-Authenticate'),
      fc.string({ maxLength: 10 }),
    ),
    value,
  });
  const arbEntry = fc.record({
    startedDateTime: fc.oneof(fc.constant('2026-01-01T00:00:00Z'), fc.string({ maxLength: 5 })),
    request: fc.option(
      fc.record({
        method: fc.constantFrom('GET', 'POST', 7),
        url: fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string({ maxLength: 20 })),
        headers: fc.array(pair, { maxLength: 4 }),
        queryString: fc.array(pair, { maxLength: 3 }),
        postData: fc.option(
          fc.record({
            mimeType: fc.constant('application/x-www-form-urlencoded'),
            text: fc.oneof(fc.string({ maxLength: 30 }), fc.constant('grant_type=authorization_code&code=c')),
          }),
        ),
      }),
      { nil: undefined },
    ),
    response: fc.option(
      fc.record({
        status: fc.oneof(fc.integer({ min: 0, max: 599 }), fc.string({ maxLength: 3 })),
        headers: fc.array(pair, { maxLength: 4 }),
        content: fc.record({
          mimeType: fc.constantFrom('application/json', 'text/html', ''),
          text: fc.oneof(fc.string({ maxLength: 40 }), fc.json()),
          encoding: fc.option(fc.constant('base64')),
        }),
        redirectURL: fc.option(fc.webUrl({ withFragments: true })),
      }),
      { nil: undefined },
    ),
  });
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        fc.array(arbEntry, { maxLength: 5 }).map((entries) => JSON.stringify({ log: { entries } })),
        fc.string({ maxLength: 50 }),
        fc.json(),
      ),
      async (text) => {
        try {
          const a = await analyzeHar(text);
          assert.equal(typeof a.entries, 'number');
          JSON.parse(sanitizeHar(text));
        } catch (error) {
          assert.ok(error instanceof HarReadError, String(error));
        }
      },
    ),
    { numRuns: 300 },
  );
});

test('sanitizeHar: a secret holding a lone surrogate (no URL-encoded form) is masked, not a URIError', () => {
  const secret = 'abc\ud800defghijk';
  const har = JSON.stringify({
    log: {
      version: '1.2',
      entries: [
        {
          startedDateTime: '2026-01-01T00:00:00Z',
          request: {
            method: 'POST',
            url: 'https://login.example/token',
            headers: [],
            queryString: [],
            postData: { mimeType: 'application/x-www-form-urlencoded', text: `grant_type=client_credentials&client_secret=${secret}` },
          },
          response: { status: 200, headers: [], content: { mimeType: 'text/plain', text: `echo ${secret}` } },
        },
      ],
    },
  });
  const sanitized = sanitizeHar(har);
  assert.ok(!sanitized.includes('defghijk'), sanitized);
});

test('sanitizeHar: a token whose alg is not a string (an array String() throws on) gets a marker, not a TypeError', () => {
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const jwt = `${b64({ alg: [{ toString: 1, valueOf: 1 }] })}.${b64({ sub: 'x' })}.c2ln`;
  const har = JSON.stringify({
    log: {
      version: '1.2',
      entries: [
        {
          startedDateTime: '2026-01-01T00:00:00Z',
          request: {
            method: 'GET',
            url: 'https://api.example/',
            headers: [{ name: 'Authorization', value: `Bearer ${jwt}` }],
            queryString: [],
          },
          response: { status: 200, headers: [], content: { mimeType: 'text/plain', text: '' } },
        },
      ],
    },
  });
  assert.ok(!sanitizeHar(har).includes(jwt));
});

test('sanitizeHar: a body of many `&name=` pairs with a space late in it costs linear time (it once backtracked exponentially and hung)', () => {
  // Fuzz (seed 11, input 59,886): `error=…&state=…&state=…` then a space; the form-body test doubled its work per pair.
  const body = (pairs: number) =>
    har([entry({ url: `${APP}/cb`, mime: 'text/html', body: `error=AADSTS50058${'&state=RSA1_5'.repeat(pairs)} <` })]);
  const cost = (text: string) => {
    const started = process.cpuUsage();
    for (let i = 0; i < 5; i++) sanitizeHar(text);
    const { user, system } = process.cpuUsage(started);
    return (user + system) / 5000;
  };
  sanitizeHar(body(12)); // warm up
  const small = cost(body(12));
  const large = cost(body(24));
  // Linear: about ×1.5 for twice the pairs (most of the HAR is the same); the old code took ×4,000.
  assert.ok(large < Math.max(small, 0.5) * 20, `12 → 24 pairs: ${small.toFixed(2)} → ${large.toFixed(2)} ms`);
  const started = performance.now();
  const out = sanitizeHar(body(5000));
  assert.ok(performance.now() - started < 2000, 'a 65 KB body sanitizes in well under 2 s');
  // Its first 10,000 characters look like a form, so it is read as one: every state value masked.
  assert.ok(!(JSON.parse(out).log.entries[0].response.content.text as string).includes('RSA1_5'));
});

test('sanitizeHar: a form body (state and code among other pairs) still has its secrets masked', () => {
  const out = sanitizeHar(
    har([entry({ url: `${APP}/cb`, mime: 'text/plain', body: `a=1&state=secret-state-value&code=secret-code-value${'&x=y'.repeat(50)}` })]),
  );
  const text = JSON.parse(out).log.entries[0].response.content.text as string;
  assert.ok(!text.includes('secret-state-value') && !text.includes('secret-code-value'), text);
  assert.match(text, /^a=1&state=/);
  assert.ok(text.endsWith('&x=y'));
});

test('sanitizeHar: a secret longer than a regular expression may hold (40,000 characters) is masked everywhere, not a SyntaxError', () => {
  const state = `s${'0123456789'.repeat(4000)}`;
  const out = sanitizeHar(
    har([
      entry({ url: `${APP}/cb?state=${state}&code=abc123abc123` }),
      entry({ url: `${APP}/next`, requestHeaders: { Referer: `${APP}/cb?state=${state}` }, mime: 'text/plain', body: `saw ${state} here` }),
    ]),
  );
  assert.ok(!out.includes(state.slice(0, 200)));
  const second = JSON.parse(out).log.entries[1];
  assert.match(second.response.content.text as string, /^saw \[state len~40k #[0-9a-f]{6}\] here$/);
});
