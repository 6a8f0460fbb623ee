// Engine behaviour that needs no provider: a fake fetch answers exactly what each test needs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import {
  validateIdToken,
  accessTokenHash,
  discover,
  exchangeCode,
  manualServer,
  defaultDeps,
  explainNothing,
  toCurl,
  fetchUserInfo,
  PROVIDER_TEMPLATES,
  fillTemplate,
  startDeviceAuthorization,
  type FlowContext,
  type FlowDeps,
  type TokenSet,
  type PendingAuthorization,
} from '../../../../src/core/flow';
import { at } from '../../../harness/at';

const ISSUER = 'https://idp.test';
const NOW = 1_800_000_000_000;

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

function contextWith(fetchImpl: FlowDeps['fetch'], overrides: Partial<FlowContext> = {}): FlowContext {
  return {
    server: manualServer({
      issuer: ISSUER,
      authorization_endpoint: `${ISSUER}/authorize`,
      token_endpoint: `${ISSUER}/token`,
      jwks_uri: `${ISSUER}/jwks`,
      userinfo_endpoint: `${ISSUER}/userinfo`,
    }),
    client: { clientId: 'client-1', authMethod: 'none' },
    deps: defaultDeps({ fetch: fetchImpl, now: () => NOW, explain: explainNothing }),
    ...overrides,
  };
}

async function signer() {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
  const fetchJwks: FlowDeps['fetch'] = async () => json({ keys: [jwk] });
  const sign = (claims: Record<string, unknown>) => new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: 'k1' }).sign(privateKey);
  return { sign, fetchJwks };
}

const tokens = (idToken: string, accessToken = 'opaque-access-token-for-tests'): TokenSet => ({
  access_token: accessToken,
  token_type: 'bearer',
  id_token: idToken,
  raw: {},
  receivedAt: NOW,
});

const goodClaims = async (accessToken = 'opaque-access-token-for-tests') => ({
  iss: ISSUER,
  aud: 'client-1',
  sub: 'alice',
  nonce: 'n-1',
  iat: NOW / 1000 - 10,
  exp: NOW / 1000 + 600,
  at_hash: await accessTokenHash(accessToken, 'ES256'),
});

test('ID token: every check passes for a good token, at_hash included', async () => {
  const { sign, fetchJwks } = await signer();
  const step = await validateIdToken(contextWith(fetchJwks), tokens(await sign(await goodClaims())), { nonce: 'n-1' });
  assert.equal(step.status, 'passed', JSON.stringify(step.checks));
  assert.deepEqual(
    step.checks.map((c) => [c.id, c.outcome]),
    [
      ['signature', 'passed'],
      ['iss', 'passed'],
      ['aud', 'passed'],
      ['exp', 'passed'],
      ['iat', 'passed'],
      ['nonce', 'passed'],
      ['sub', 'passed'],
      ['at_hash', 'passed'],
    ],
  );
});

test('ID token: each broken claim fails its own check, and all failures are listed', async () => {
  const { sign, fetchJwks } = await signer();
  const claims = {
    ...(await goodClaims()),
    aud: ['client-2', 'client-3'],
    exp: NOW / 1000 - 3600,
    nonce: 'other',
    iss: 'https://evil.test',
  };
  const step = await validateIdToken(contextWith(fetchJwks), tokens(await sign(claims), 'a-different-access-token'), { nonce: 'n-1' });
  assert.equal(step.status, 'failed');
  assert.equal(step.error?.code, 'ID_TOKEN_INVALID');
  const failed = step.checks
    .filter((c) => c.outcome === 'failed')
    .map((c) => c.id)
    .sort();
  assert.deepEqual(failed, ['at_hash', 'aud', 'azp', 'exp', 'iss', 'nonce']);
  assert.equal(step.result?.claims.sub, 'alice', 'the decoded token is still shown');
});

test('ID token: times no date can hold are checked and shown, not a crash', async () => {
  const { sign, fetchJwks } = await signer();
  const step = await validateIdToken(
    contextWith(fetchJwks),
    tokens(await sign({ ...(await goodClaims()), exp: 1e20, iat: -1e20, nbf: 1e20 })),
    { nonce: 'n-1' },
  );
  assert.notEqual(step.error?.code, 'INTERNAL');
  assert.deepEqual(
    step.checks.filter((c) => ['exp', 'iat', 'nbf'].includes(c.id)).map((c) => [c.id, c.outcome, c.detail]),
    [
      ['exp', 'passed', 'expires 100000000000000000000 (not a representable date)'],
      ['iat', 'passed', 'issued -100000000000000000000 (not a representable date)'],
      ['nbf', 'failed', 'valid from 100000000000000000000 (not a representable date)'],
    ],
  );
});

test('ID token: a signature by another key fails, alg none fails', async () => {
  const { fetchJwks } = await signer();
  const other = await signer();
  const forged = await validateIdToken(contextWith(fetchJwks), tokens(await other.sign(await goodClaims())), { nonce: 'n-1' });
  assert.equal(forged.checks.find((c) => c.id === 'signature')?.outcome, 'failed');
  const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify(await goodClaims())).toString('base64url')}.`;
  const none = await validateIdToken(contextWith(fetchJwks), tokens(unsigned), { nonce: 'n-1' });
  assert.equal(none.checks.find((c) => c.id === 'signature')?.outcome, 'failed');
  const garbage = await validateIdToken(contextWith(fetchJwks), tokens('not.a.jwt'));
  assert.equal(garbage.error?.code, 'ID_TOKEN_INVALID');
});

const pending: PendingAuthorization = {
  url: `${ISSUER}/authorize`,
  state: 's',
  nonce: 'n',
  codeVerifier: 'v'.repeat(43),
  redirectUri: 'http://localhost:5000/callback',
  responseMode: 'query',
  scope: 'openid',
  resource: [],
  createdAt: NOW,
};

test('Entra SPA redemption error: the provider text, the AADSTS code explained, and AuthLens advice', async () => {
  const entraError = {
    error: 'invalid_request',
    error_description:
      "AADSTS9002327: Tokens issued for the 'Single-Page Application' client-type may only be redeemed via cross-origin requests. Trace ID: 0000 Correlation ID: 1111",
    error_codes: [9002327],
    trace_id: '0000',
    correlation_id: '1111',
  };
  const explained: string[] = [];
  const ctx = contextWith(async () => json(entraError, 400));
  ctx.deps.explain = (code) => {
    explained.push(code);
    return undefined;
  };
  const step = await exchangeCode(ctx, pending, { code: 'c', parameters: { code: 'c', state: 's' } });
  assert.equal(step.error?.code, 'OAUTH_ERROR');
  assert.equal(step.error?.oauth?.error_description, entraError.error_description);
  assert.deepEqual(step.error?.oauth?.extra, { error_codes: [9002327], trace_id: '0000', correlation_id: '1111' });
  assert.deepEqual(explained, ['invalid_request', 'AADSTS9002327']);
  assert.match(step.error?.hint ?? '', /Mobile and desktop applications/);
});

test('the catalog explains errors by default (lazy import)', async () => {
  const ctx = contextWith(async () =>
    json({ error: 'invalid_grant', error_description: 'AADSTS70008: The provided authorization code or refresh token has expired.' }, 400),
  );
  ctx.deps = defaultDeps({ fetch: ctx.deps.fetch, now: () => NOW });
  const step = await exchangeCode(ctx, pending, { code: 'c', parameters: { code: 'c', state: 's' } });
  assert.deepEqual(
    step.error?.explanations.map((e) => e.code),
    ['invalid_grant', 'AADSTS70008'],
  );
});

test('unreachable provider: NETWORK_ERROR; insecure issuer: INSECURE_URL; wrong issuer: ISSUER_MISMATCH', async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const { port } = closed.address() as AddressInfo;
  await new Promise((resolve) => closed.close(resolve));
  const unreachable = await discover(`http://127.0.0.1:${port}`, defaultDeps({ explain: explainNothing }));
  assert.equal(unreachable.error?.code, 'NETWORK_ERROR');
  assert.equal(at(unreachable.exchanges, 0).response, undefined);
  assert.match(at(unreachable.exchanges, 0).failure ?? '', /ECONNREFUSED/);
  assert.equal((await discover('http://idp.example.com', defaultDeps())).error?.code, 'INSECURE_URL');
  const mismatch = await discover(
    ISSUER,
    defaultDeps({ fetch: async () => json({ issuer: 'https://other.test', authorization_endpoint: 'https://other.test/a' }) }),
  );
  assert.equal(mismatch.error?.code, 'ISSUER_MISMATCH');
});

test('a non-JSON error page at the token endpoint: HTTP_ERROR with the status', async () => {
  const ctx = contextWith(async () => new Response('<html>Bad Gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } }));
  const step = await exchangeCode(ctx, pending, { code: 'c', parameters: { code: 'c', state: 's' } });
  assert.equal(step.error?.code, 'HTTP_ERROR');
  assert.match(step.error?.message ?? '', /502/);
});

test('userinfo 401 with WWW-Authenticate: invalid_token as a structured error', async () => {
  const ctx = contextWith(async () =>
    json({ error: 'invalid_token', error_description: 'invalid token provided' }, 401, {
      'www-authenticate': 'Bearer realm="https://idp.test", error="invalid_token", error_description="invalid token provided"',
    }),
  );
  const step = await fetchUserInfo(ctx, 'opaque-access-token-for-tests');
  assert.equal(step.error?.oauth?.error, 'invalid_token');
  assert.equal(step.error?.oauth?.status, 401);
  assert.match(step.error?.oauth?.wwwAuthenticate ?? '', /^Bearer realm/);
  assert.match(at(step.exchanges, 0).request.headers.find(([n]) => n === 'authorization')?.[1] ?? '', /^Bearer opaque…\[redacted/);
});

test('recorded exchanges hide cookies and tokens; copy as curl reveals them only when asked', async () => {
  const ctx = contextWith(async () =>
    json({ access_token: 'access-token-value-123', token_type: 'Bearer', expires_in: 60 }, 200, { 'set-cookie': 'session=abcdef123456' }),
  );
  const step = await exchangeCode(
    ctx,
    { ...pending, scope: 'api', nonce: undefined },
    { code: 'the-code-value', parameters: { code: 'the-code-value', state: 's' } },
  );
  assert.equal(step.status, 'passed', JSON.stringify(step.error));
  const shown = JSON.stringify(step.exchanges);
  for (const secret of ['access-token-value-123', 'abcdef123456', 'the-code-value', 'v'.repeat(43)])
    assert.ok(!shown.includes(secret), secret);
  assert.ok(!toCurl(at(step.exchanges, 0)).includes('the-code-value'));
  assert.ok(toCurl(at(step.exchanges, 0), { revealSecrets: true }).includes('code=the-code-value'));
});

test('copy as curl quotes anything safely for a POSIX shell', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 60 }), (body) => {
      const command = toCurl({
        request: { method: 'POST', url: 'https://idp.test/token', headers: [], body },
        startedAt: 0,
        durationMs: 0,
      });
      const quoted = command.slice(command.indexOf('--data-raw ') + '--data-raw '.length);
      if (body.includes('\0')) return; // a shell argument cannot hold NUL
      assert.equal(execFileSync('sh', ['-c', `printf %s ${quoted}`]).toString(), body);
    }),
    { numRuns: 40 },
  );
});

test('provider templates carry no secrets and name every placeholder', () => {
  const ids = new Set<string>();
  for (const template of PROVIDER_TEMPLATES) {
    assert.ok(!ids.has(template.id));
    ids.add(template.id);
    assert.doesNotMatch(JSON.stringify(template), /secret["']?\s*[:=]/i);
    const used = [...template.issuer.matchAll(/\{([a-z-]+)\}/g)].map((m) => m[1]);
    assert.deepEqual(used.sort(), template.placeholders.map((p) => p.name).sort(), template.id);
    const filled = fillTemplate(template.issuer, Object.fromEntries(template.placeholders.map((p) => [p.name, p.example])));
    assert.match(filled, /^https?:\/\/[^{}]+$/, template.id);
  }
  const demo = PROVIDER_TEMPLATES.find((t) => t.id === 'authlens-demo');
  assert.equal(demo?.issuer, 'http://127.0.0.1:4400');
  assert.equal(demo?.clientId, 'authlens-demo');
  assert.deepEqual([...ids].sort(), ['auth0', 'authlens-demo', 'authlens-demo-dpop-par', 'entra', 'google', 'keycloak', 'okta']);
});

test('Entra multi-tenant (common): templated issuer accepted, ID token iss checked with its tid', async () => {
  const { sign, fetchJwks } = await signer();
  const base = 'https://login.microsoftonline.com';
  const tid = '9188040d-6c67-4c5b-b112-36a304b66dad';
  const idToken = await sign({
    iss: `${base}/${tid}/v2.0`,
    tid,
    aud: 'client-1',
    sub: 'u',
    nonce: 'n',
    iat: Math.floor(Date.now() / 1000),
    exp: Math.floor(Date.now() / 1000) + 600,
  });
  const fetchImpl: FlowDeps['fetch'] = async (input) => {
    const url = String(input);
    if (url.endsWith('/.well-known/openid-configuration')) {
      return json({
        issuer: `${base}/{tenantid}/v2.0`,
        authorization_endpoint: `${base}/common/oauth2/v2.0/authorize`,
        token_endpoint: `${base}/common/oauth2/v2.0/token`,
        jwks_uri: `${base}/common/discovery/v2.0/keys`,
      });
    }
    if (url.endsWith('/token'))
      return json({ access_token: 'opaque-access-token-for-tests', token_type: 'Bearer', id_token: idToken, expires_in: 3600 });
    return fetchJwks(input);
  };
  const deps = defaultDeps({ fetch: fetchImpl, explain: explainNothing });
  const discovery = await discover(`${base}/common/v2.0`, deps);
  assert.equal(discovery.status, 'passed', JSON.stringify(discovery.error));
  assert.match(discovery.notes.join(' '), /Multi-tenant/);
  const ctx: FlowContext = { server: discovery.result!, client: { clientId: 'client-1', authMethod: 'none' }, deps };
  const exchange = await exchangeCode(ctx, { ...pending, nonce: 'n' }, { code: 'c', parameters: { code: 'c', state: 's' } });
  assert.equal(exchange.status, 'passed', JSON.stringify(exchange.error));
  const idStep = await validateIdToken(ctx, exchange.result!, { nonce: 'n' });
  assert.equal(idStep.checks.find((c) => c.id === 'iss')?.outcome, 'passed');
  assert.equal(idStep.status, 'passed', JSON.stringify(idStep.checks));
});

test('steps whose endpoint the provider lacks come back skipped, without a request', async () => {
  let requests = 0;
  const ctx = contextWith(async () => {
    requests++;
    return json({});
  });
  ctx.server = manualServer({ issuer: ISSUER, authorization_endpoint: `${ISSUER}/authorize`, token_endpoint: `${ISSUER}/token` });
  const { introspectToken, revokeToken, startDeviceAuthorization } = await import('../../../../src/core/flow');
  for (const step of [
    await fetchUserInfo(ctx, 'at'),
    await introspectToken(ctx, 'at'),
    await revokeToken(ctx, 'at'),
    await startDeviceAuthorization(ctx, { scope: 'openid' }),
  ]) {
    assert.equal(step.status, 'skipped', step.kind);
    assert.match(step.notes.join(' '), /offers no/);
  }
  assert.equal(requests, 0);
});

test('device authorization: a verification URI that is no web page (vscode:, file:, command:) fails the step', async () => {
  const server = manualServer({
    issuer: ISSUER,
    authorization_endpoint: `${ISSUER}/authorize`,
    token_endpoint: `${ISSUER}/token`,
    device_authorization_endpoint: `${ISSUER}/device/code`,
  });
  const answer = (fields: Record<string, string>) =>
    contextWith(async () => json({ device_code: 'dc-1', user_code: 'ABCD-EFGH', expires_in: 600, ...fields }), { server });
  const good = await startDeviceAuthorization(
    answer({ verification_uri: `${ISSUER}/device`, verification_uri_complete: `${ISSUER}/device?user_code=ABCD-EFGH` }),
    { scope: 'openid' },
  );
  assert.equal(good.status, 'passed', JSON.stringify(good.error));
  const bads: Record<string, string>[] = [
    { verification_uri: 'vscode://vscode.git/clone?url=https%3A%2F%2Fattacker.example%2Fr.git' },
    { verification_uri: 'file:///etc/passwd' },
    { verification_uri: `${ISSUER}/device`, verification_uri_complete: 'command:workbench.action.terminal.new' },
    { verification_uri: 'http://attacker.example/device' },
  ];
  for (const bad of bads) {
    const step = await startDeviceAuthorization(answer(bad), { scope: 'openid' });
    assert.equal(step.status, 'failed', JSON.stringify(bad));
    assert.equal(step.result, undefined);
  }
});
