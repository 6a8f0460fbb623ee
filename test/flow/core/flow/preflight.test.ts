// Pre-flight warnings, pasted landing pages and session-aware hints against the demo provider (issue 14, Deliver 1 and 3).
import { startLoopbackListener } from '../../../../src/node/loopback';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { type Idp } from '../../../harness/idp';
import { ScriptedBrowser } from '../../../harness/idpBrowser';
import {
  prepareAuthorizationRequest,
  finalizeAuthorizationRequest,
  preflight,
  preflightIssuer,
  explainLanding,
  explainFromCatalog,
  refreshTokens,
  revokeToken,
  exchangeCode,
  sessionHint,
  withSessionHint,
  formatDuration,
  unwrapStep,
  type FlowServer,
  type AuthorizationRequestDraft,
} from '../../../../src/core/flow';
import { authorize, context, startDemoProvider } from '../../_fixtures';
import { at } from '../../../harness/at';

let idp: Idp;
let server: FlowServer;
before(async () => ({ idp, server } = await startDemoProvider()));
after(() => idp.close());

const LISTENER = 'http://127.0.0.1:53682/callback';
async function draft(edit: Record<string, string> = {}): Promise<AuthorizationRequestDraft> {
  const d = await prepareAuthorizationRequest(context(server), { scope: 'openid profile', redirectUri: LISTENER });
  for (const [name, value] of Object.entries(edit)) {
    const param = d.params.find((p) => p.name === name);
    if (param) param.value = value;
    else d.params.push({ name, value, source: 'extra', note: '' });
  }
  return d;
}
const ids = (warnings: { id: string }[]) => warnings.map((w) => w.id);

test('a clean request against the demo provider has no warnings', async () => {
  assert.deepEqual(
    preflight(server, await draft(), { listenerRedirectUri: LISTENER, grant: 'authorization_code', dpop: true, par: true }),
    [],
  );
});

test('redirect_uri edited away from the listener: warned with the listener address as the fix; the provider then shows an error page that the pasted text explains', async () => {
  const edited = await draft({ redirect_uri: 'https://evil.example.com/callback' });
  const warning = at(preflight(server, edited, { listenerRedirectUri: LISTENER }), 0, 'warning');
  assert.equal(warning.id, 'redirect-uri-not-served');
  assert.match(warning.fix, new RegExp(LISTENER.replace(/[.:/]/g, '\\$&')));
  // Going on anyway: the real provider refuses on its own page and never comes back.
  const page = await new ScriptedBrowser().open(finalizeAuthorizationRequest(context(server), edited).url);
  assert.equal(page.status, 400);
  const text = page.html.replace(/<[^>]+>/g, ' ');
  assert.match(text, /invalid_redirect_uri/);
  const explained = await explainLanding(text, { redirectUri: LISTENER }, explainFromCatalog);
  assert.equal(explained.kind, 'error-text');
  assert.match(explained.summary, /invalid_redirect_uri/);
  assert.match(explained.summary, /AuthLens listens on http:\/\/127\.0\.0\.1:53682\/callback/);
});

test('scope, response_mode, grant, auth method: each warned when the provider does not advertise it', async () => {
  assert.deepEqual(ids(preflight(server, await draft({ scope: 'openid profle' }))), ['scope-not-supported']);
  assert.deepEqual(ids(preflight(server, await draft({ response_mode: 'web_message' }))), ['response-mode-not-supported']);
  assert.deepEqual(ids(preflight(server, undefined, { grant: 'password' })), ['grant-not-supported']);
  assert.deepEqual(ids(preflight(server, undefined, { grant: 'token_exchange' })), [], 'the demo provider offers token exchange');
  assert.deepEqual(ids(preflight(server, undefined, { authMethod: 'tls_client_auth' as never })), ['auth-method-not-supported']);
});

test('PKCE, DPoP and PAR not advertised, and an http issuer off loopback', async () => {
  const stripped = (name: string): FlowServer => {
    const metadata = { ...server.metadata } as Record<string, unknown>;
    delete metadata[name];
    return { ...server, metadata: metadata as FlowServer['metadata'] };
  };
  assert.deepEqual(ids(preflight(stripped('code_challenge_methods_supported'), await draft())), ['pkce-not-advertised']);
  const plainOnly = { ...server, metadata: { ...server.metadata, code_challenge_methods_supported: ['plain'] } };
  assert.match(at(preflight(plainOnly, await draft()), 0).message, /not S256/);
  assert.deepEqual(ids(preflight(stripped('dpop_signing_alg_values_supported'), undefined, { dpop: true })), ['dpop-not-advertised']);
  assert.deepEqual(ids(preflight(stripped('pushed_authorization_request_endpoint'), undefined, { par: true })), ['par-not-offered']);
  assert.deepEqual(ids(preflightIssuer('http://login.example.com/tenant')), ['insecure-issuer']);
  assert.match(at(preflightIssuer('http://login.example.com/tenant'), 0).fix, /https:\/\/login\.example\.com\/tenant/);
  assert.deepEqual(preflightIssuer('http://localhost:4400'), []);
  assert.deepEqual(preflightIssuer('not a url'), []);
});

test('a pasted landing URL: an error callback, a callback that went elsewhere, the callback itself', async () => {
  const ctx = context(server);
  const listener = await startLoopbackListener({ timeoutMs: 10_000 });
  try {
    const d = await prepareAuthorizationRequest(ctx, { scope: 'openid', redirectUri: listener.redirectUri });
    const { url, pending } = finalizeAuthorizationRequest(ctx, d);
    const waiting = listener.waitForCallback(pending.state);
    await new ScriptedBrowser().open(url, { consent: 'deny' });
    const landed = (await waiting).url;
    const denied = await explainLanding(landed, { redirectUri: pending.redirectUri, state: pending.state }, explainFromCatalog);
    assert.equal(denied.kind, 'callback-error');
    assert.equal(denied.oauth?.error, 'access_denied');
    assert.equal(denied.explanations[0]?.code, 'access_denied');
  } finally {
    await listener.close();
  }
  const elsewhere = await explainLanding(
    'https://app.example.com/signin-oidc?code=abc&state=x',
    { redirectUri: LISTENER, state: 'x' },
    explainFromCatalog,
  );
  assert.equal(elsewhere.kind, 'callback-elsewhere');
  const usable = await explainLanding(`${LISTENER}?code=abc&state=x`, { redirectUri: LISTENER, state: 'x' }, explainFromCatalog);
  assert.equal(usable.usableCallback, `${LISTENER}?code=abc&state=x`);
  assert.equal((await explainLanding('nothing useful', {}, explainFromCatalog)).kind, 'unknown');
});

test('refresh after this session revoked the token: the hint says revoked, first', async () => {
  const ctx = context(server);
  const { pending, callback } = await authorize(ctx);
  const tokens = unwrapStep(await exchangeCode(ctx, pending, callback.result!));
  unwrapStep(await revokeToken(ctx, tokens.refresh_token!, { tokenTypeHint: 'refresh_token' }));
  const revokedAt = Date.now();
  const refresh = await refreshTokens(ctx, tokens.refresh_token!);
  assert.equal(refresh.error?.oauth?.error, 'invalid_grant');
  const error = withSessionHint('refresh', refresh.error, { revokedAt }, revokedAt + 3_000);
  assert.match(error!.hint!, /^This refresh token was revoked by this session 3 s ago/);
  assert.match(sessionHint('code-exchange', refresh.error, { spentAt: revokedAt }, revokedAt + 1000)!, /codes are single-use/);
  assert.match(sessionHint('code-exchange', refresh.error, { receivedAt: 0 }, 11 * 60_000)!, /expired by time/);
  assert.equal(sessionHint('refresh', refresh.error, {}, 0), undefined, 'no facts, no invented hint');
});

test('durations in words', () => {
  assert.equal(formatDuration(55_096), '55 s');
  assert.equal(formatDuration(120.4), '120 ms');
  assert.equal(formatDuration(4_250), '4.2 s');
  assert.equal(formatDuration(125_000), '2 min 5 s');
  assert.equal(formatDuration(3_780_000), '1 h 3 min');
  assert.equal(formatDuration(-5), '0 ms');
  assert.equal(formatDuration(3 * 86_400_000), '3 d');
  fc.assert(fc.property(fc.double(), (ms) => /^\d+(\.\d)? (ms|s)$|^\d+ (min|h)( \d+ (s|min))?$|^\d+ d$/.test(formatDuration(ms))));
});

test('property: explainLanding and importClientKey answer any input in bounded time, with a result or a BAD_INPUT FlowError', async () => {
  const { importClientKey, FlowError } = await import('../../../../src/core/flow');
  const explainNone = () => undefined;
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        fc.string({ maxLength: 400 }),
        fc.webUrl({ withQueryParameters: true, withFragments: true }),
        fc.json(),
        fc.constantFrom('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----', '{"kty":"EC","d":"x"}', '{"keys":[]}'),
      ),
      async (input) => {
        const landing = await explainLanding(input, { redirectUri: LISTENER, state: 's' }, explainNone);
        assert.ok(['callback-error', 'callback-elsewhere', 'callback', 'error-text', 'unknown'].includes(landing.kind));
        assert.equal(typeof landing.summary, 'string');
        try {
          await importClientKey(input);
        } catch (error) {
          assert.ok(error instanceof FlowError && error.code === 'BAD_INPUT', String(error));
        }
      },
    ),
    { numRuns: 200 },
  );
  const huge = 'invalid_grant '.repeat(200_000);
  const started = performance.now();
  await explainLanding(huge, {}, explainNone);
  await assert.rejects(importClientKey(`{${huge}`), /64 KiB/);
  assert.ok(performance.now() - started < 2000, 'large input is cut, not scanned for seconds');
});
