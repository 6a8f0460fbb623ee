import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  prepareAuthorizationRequest,
  finalizeAuthorizationRequest,
  handleCallback,
  defaultDeps,
  manualServer,
  explainNothing,
  type FlowContext,
} from '../../../../src/core/flow';
import { at } from '../../../harness/at';

const server = manualServer({
  issuer: 'https://login.example.com',
  authorization_endpoint: 'https://login.example.com/authorize',
  token_endpoint: 'https://login.example.com/token',
});
const ctx: FlowContext = {
  server,
  client: { clientId: 'client-1', authMethod: 'none' },
  // Deterministic "random": every byte 7, so state and nonce are predictable in the test.
  deps: defaultDeps({ randomBytes: (n) => new Uint8Array(n).fill(7), now: () => 1_700_000_000_000, explain: explainNothing }),
};

test('PKCE S256 challenge for the RFC 7636 appendix B verifier', async () => {
  const draft = await prepareAuthorizationRequest(ctx, {
    scope: 'openid',
    redirectUri: 'http://127.0.0.1:5000/callback',
    codeVerifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
  });
  assert.equal(draft.codeChallenge, 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  assert.equal(draft.codeChallengeMethod, 'S256');
});

test('every parameter is listed, with its source and a note', async () => {
  const draft = await prepareAuthorizationRequest(ctx, {
    scope: 'openid  profile offline_access',
    redirectUri: 'http://127.0.0.1:5000/callback',
    prompt: 'login',
    loginHint: 'alice@example.com',
    responseMode: 'form_post',
    resource: ['urn:a', 'urn:b'],
    extraParams: { domain_hint: 'example.com' },
  });
  const names = draft.params.map((p) => p.name);
  assert.deepEqual(names, [
    'response_type',
    'client_id',
    'redirect_uri',
    'scope',
    'state',
    'nonce',
    'code_challenge',
    'code_challenge_method',
    'prompt',
    'login_hint',
    'response_mode',
    'resource',
    'resource',
    'domain_hint',
  ]);
  assert.equal(draft.params.find((p) => p.name === 'scope')?.value, 'openid profile offline_access');
  assert.equal(draft.params.find((p) => p.name === 'state')?.source, 'generated');
  assert.ok(draft.params.filter((p) => p.source !== 'extra').every((p) => p.note.length > 0));
  const { url, pending, step } = finalizeAuthorizationRequest(ctx, draft);
  const parsed = new URL(url);
  assert.deepEqual(parsed.searchParams.getAll('resource'), ['urn:a', 'urn:b']);
  assert.equal(pending.responseMode, 'form_post');
  assert.deepEqual(pending.resource, ['urn:a', 'urn:b']);
  assert.equal(pending.state, parsed.searchParams.get('state'));
  // The displayed request redacts state and nonce; the challenge is public.
  assert.match(at(step.exchanges, 0).request.url, /state=\S{6}…\[redacted/);
  assert.match(at(step.exchanges, 0).request.url, new RegExp(`code_challenge=${draft.codeChallenge}`));
  assert.match(step.notes.join(' '), /offline_access is asked for without prompt=consent/);
});

test('edits made before the browser opens are what the callback is checked against', async () => {
  const draft = await prepareAuthorizationRequest(ctx, { scope: 'openid', redirectUri: 'http://127.0.0.1:5000/callback' });
  draft.params.find((p) => p.name === 'state')!.value = 'edited-state';
  const { pending, url } = finalizeAuthorizationRequest(ctx, draft);
  assert.equal(pending.state, 'edited-state');
  assert.equal(new URL(url).searchParams.get('state'), 'edited-state');
});

test('no nonce without openid; extra parameters cannot replace PKCE', async () => {
  const draft = await prepareAuthorizationRequest(ctx, { scope: 'api', redirectUri: 'http://127.0.0.1:5000/callback' });
  assert.ok(!draft.params.some((p) => p.name === 'nonce'));
  await assert.rejects(
    prepareAuthorizationRequest(ctx, {
      scope: 'openid',
      redirectUri: 'http://127.0.0.1:5000/callback',
      extraParams: { code_challenge_method: 'plain' },
    }),
    { name: 'FlowError', code: 'BAD_INPUT' },
  );
  await assert.rejects(
    prepareAuthorizationRequest(ctx, { scope: 'openid', redirectUri: 'http://127.0.0.1:5000/callback', codeVerifier: 'short' }),
    { code: 'BAD_INPUT' },
  );
});

test('http:// endpoints are refused unless they are loopback', async () => {
  assert.throws(
    () =>
      manualServer({
        issuer: 'http://login.example.com',
        authorization_endpoint: 'http://login.example.com/a',
        token_endpoint: 'http://login.example.com/t',
      }),
    { code: 'INSECURE_URL' },
  );
  assert.throws(() => manualServer({ issuer: 'not a url', authorization_endpoint: 'x', token_endpoint: 'y' }), { code: 'BAD_INPUT' });
  assert.doesNotThrow(() =>
    manualServer({
      issuer: 'http://localhost:8080/realms/x',
      authorization_endpoint: 'http://localhost:8080/a',
      token_endpoint: 'http://localhost:8080/t',
    }),
  );
  await assert.rejects(prepareAuthorizationRequest(ctx, { scope: 'openid', redirectUri: 'http://example.com/callback' }), {
    code: 'INSECURE_URL',
  });
});

test('any callback input gives a step, never an exception, and only a matching state passes', async () => {
  const { pending } = finalizeAuthorizationRequest(
    ctx,
    await prepareAuthorizationRequest(ctx, { scope: 'openid', redirectUri: 'http://127.0.0.1:5000/callback' }),
  );
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        fc.string({ maxLength: 300 }),
        fc.webUrl({ withQueryParameters: true }),
        fc
          .dictionary(fc.constantFrom('code', 'state', 'iss', 'error', 'error_description', 'x'), fc.string({ maxLength: 40 }))
          .map((d) => new URLSearchParams(d).toString()),
      ),
      async (input) => {
        const step = await handleCallback(ctx, pending, input);
        assert.ok(step.status === 'passed' || step.status === 'failed');
        if (step.status === 'passed') assert.equal(step.result?.parameters.state, pending.state);
        else assert.ok(step.error?.code);
      },
    ),
    { numRuns: 300 },
  );
});

test('a callback error is carried verbatim, with extra fields', async () => {
  const { pending } = finalizeAuthorizationRequest(
    ctx,
    await prepareAuthorizationRequest(ctx, { scope: 'openid', redirectUri: 'http://127.0.0.1:5000/callback' }),
  );
  const step = await handleCallback(
    ctx,
    pending,
    `?error=invalid_scope&error_description=requested+scope+is+not+allowed&scope=phone&state=${pending.state}`,
  );
  assert.deepEqual(step.error?.oauth, {
    error: 'invalid_scope',
    error_description: 'requested scope is not allowed',
    state: pending.state,
    extra: { scope: 'phone' },
  });
  assert.equal(step.error?.code, 'OAUTH_ERROR');
});

test('a client secret or another back-channel credential never goes into the authorization URL: a clear refusal, prepared or edited in', async () => {
  for (const name of ['client_secret', 'client_assertion', 'code_verifier', 'password', 'refresh_token']) {
    await assert.rejects(
      prepareAuthorizationRequest(ctx, {
        redirectUri: 'http://127.0.0.1:1234/callback',
        scope: 'openid',
        extraParams: { [name]: 's3cr3t-value' },
      }),
      (error: Error) =>
        error.message.includes(`"${name}" is never sent in the authorization request`) && !error.message.includes('s3cr3t-value'),
      name,
    );
  }
  const draft = await prepareAuthorizationRequest(ctx, { redirectUri: 'http://127.0.0.1:1234/callback', scope: 'openid' });
  const edited = {
    ...draft,
    params: [...draft.params, { name: 'Client_Secret', value: 's3cr3t-value', source: 'extra' as const, note: '' }],
  };
  assert.throws(() => finalizeAuthorizationRequest(ctx, edited), /"Client_Secret" is never sent in the authorization request/);
  // What belongs there still goes: a hint, a resource, prompt.
  const fine = await prepareAuthorizationRequest(ctx, {
    redirectUri: 'http://127.0.0.1:1234/callback',
    scope: 'openid',
    extraParams: { login_hint: 'a@b.example', id_token_hint: 'eyJ.x.y' },
  });
  assert.ok(finalizeAuthorizationRequest(ctx, fine).url.includes('login_hint='));
});
