/**
 * One protected-parameter list and one name check, applied by the engine itself: whatever edits a
 * draft (the Flow Tester's editor, a script, a bug in a view), finalize and PAR refuse what the editor
 * would have refused.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  prepareAuthorizationRequest,
  finalizeAuthorizationRequest,
  pushAuthorizationRequest,
  defaultDeps,
  manualServer,
  explainNothing,
  type AuthorizationRequestDraft,
  type FlowContext,
} from '../../../../src/core/flow';
import { PROTECTED_PARAMS, applyParamEdits, checkDraftParams, isParameterName } from '../../../../src/core/flow/authorizationParams';
import { FlowError } from '../../../../src/core/flow/flowError';
import { mask } from '../../../../src/core/redact';

let fetched = 0;
const manual = manualServer({
  issuer: 'https://login.example.com',
  authorization_endpoint: 'https://login.example.com/authorize',
  token_endpoint: 'https://login.example.com/token',
});
const server = { ...manual, metadata: { ...manual.metadata, pushed_authorization_request_endpoint: 'https://login.example.com/par' } };
const ctx: FlowContext = {
  server,
  client: { clientId: 'client-1', authMethod: 'none' },
  deps: defaultDeps({
    randomBytes: (n) => new Uint8Array(n).fill(7),
    now: () => 1_700_000_000_000,
    explain: explainNothing,
    fetch: (async () => {
      fetched++;
      return new Response(JSON.stringify({ request_uri: 'urn:example:1', expires_in: 60 }), {
        status: 201,
        headers: { 'content-type': 'application/json' },
      });
    }) as typeof fetch,
  }),
};

const prepare = () => prepareAuthorizationRequest(ctx, { scope: 'openid', redirectUri: 'http://127.0.0.1:5000/callback' });

/** The draft with one parameter's value changed in place, as a careless caller would do it. */
function withParam(draft: AuthorizationRequestDraft, name: string, value: string): AuthorizationRequestDraft {
  return { ...draft, params: draft.params.map((p) => (p.name === name ? { ...p, value } : p)) };
}

test('finalize refuses an edited protected parameter, even when no editor check ran', async () => {
  const draft = await prepare();
  const edits: [string, string][] = [
    ['code_challenge', 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'],
    ['code_challenge_method', 'plain'],
    ['response_type', 'token'],
  ];
  for (const [name, value] of edits) {
    assert.throws(
      () => finalizeAuthorizationRequest(ctx, withParam(draft, name, value)),
      (error: unknown) =>
        error instanceof FlowError && error.code === 'BAD_INPUT' && error.message.includes(`"${name}" is set by AuthLens`),
      name,
    );
  }
  // Removed or repeated is refused too: the code exchange sends the verifier of exactly this challenge.
  assert.throws(() => finalizeAuthorizationRequest(ctx, { ...draft, params: draft.params.filter((p) => p.name !== 'code_challenge') }), {
    code: 'BAD_INPUT',
  });
  const challenge = draft.params.find((p) => p.name === 'code_challenge')!;
  assert.throws(() => finalizeAuthorizationRequest(ctx, { ...draft, params: [...draft.params, { ...challenge }] }), { code: 'BAD_INPUT' });
  // The untouched draft goes through.
  assert.match(finalizeAuthorizationRequest(ctx, draft).url, /code_challenge_method=S256/);
});

test('finalize refuses a name that is not a parameter name and an oversized value', async () => {
  const draft = await prepare();
  for (const name of ['bad name', '', 'a&b=c', 'x'.repeat(101), 'state\n']) {
    assert.throws(
      () => finalizeAuthorizationRequest(ctx, { ...draft, params: [...draft.params, { name, value: '1', source: 'extra', note: '' }] }),
      { code: 'BAD_INPUT' },
      JSON.stringify(name),
    );
  }
  assert.throws(() => finalizeAuthorizationRequest(ctx, withParam(draft, 'scope', 'a'.repeat(9000))), { code: 'BAD_INPUT' });
});

test('a pushed request (PAR) with an edited challenge fails as a step, and nothing is sent', async () => {
  const draft = await prepare();
  fetched = 0;
  const step = await pushAuthorizationRequest(ctx, withParam(draft, 'code_challenge_method', 'plain'));
  assert.equal(step.status, 'failed');
  assert.equal(step.error?.code, 'BAD_INPUT');
  assert.equal(fetched, 0);
  const ok = await pushAuthorizationRequest(ctx, draft);
  assert.equal(ok.status, 'passed', ok.error?.message);
  assert.equal(fetched, 1);
});

test('extra parameters go through the same name check and protected list', async () => {
  for (const name of PROTECTED_PARAMS) {
    await assert.rejects(
      prepareAuthorizationRequest(ctx, { scope: 'openid', redirectUri: 'http://127.0.0.1:5000/callback', extraParams: { [name]: 'x' } }),
      { code: 'BAD_INPUT' },
      name,
    );
  }
  await assert.rejects(
    prepareAuthorizationRequest(ctx, { scope: 'openid', redirectUri: 'http://127.0.0.1:5000/callback', extraParams: { 'bad name': 'x' } }),
    { code: 'BAD_INPUT' },
  );
});

test('editing: protected rows stay as prepared and in place, masked values stand for the held ones, state is never dropped', async () => {
  const draft = await prepare();
  const state = draft.params.find((p) => p.name === 'state')!.value;
  const editable = draft.params.filter((p) => !PROTECTED_PARAMS.has(p.name));
  const edits = editable.map(({ name, value }) => ({ name, value: name === 'state' ? mask(value) : value }));
  const params = applyParamEdits(draft, [...edits, { name: 'login_hint', value: 'alice' }], new Set(['state', 'nonce']));
  assert.equal(params[0]!.name, 'response_type');
  assert.equal(params.find((p) => p.name === 'state')!.value, state);
  assert.equal(params.at(-1)!.name, 'login_hint');
  checkDraftParams({ ...draft, params });
  // The protected rows may come back unchanged; changed, they are refused with a message.
  assert.doesNotThrow(() =>
    applyParamEdits(
      draft,
      draft.params.map(({ name, value }) => ({ name, value })),
    ),
  );
  assert.throws(() => applyParamEdits(draft, [{ name: 'code_challenge_method', value: 'plain' }]), { code: 'BAD_INPUT' });
  assert.throws(() => applyParamEdits(draft, [{ name: 'bad name', value: 'x' }]), { code: 'BAD_INPUT' });
  // A deleted or emptied state comes back: without it a forged callback could not be told apart.
  const withoutState = applyParamEdits(
    draft,
    edits.filter((e) => e.name !== 'state'),
  );
  assert.equal(withoutState.find((p) => p.name === 'state')?.value, state);
});

test("whatever the editor sends, the result is refused with BAD_INPUT or passes the engine's check", async () => {
  const draft = await prepare();
  const name = fc.oneof(
    fc.constantFrom(...PROTECTED_PARAMS, 'state', 'nonce', 'scope', 'client_secret', 'login_hint'),
    fc.string({ maxLength: 12 }),
  );
  fc.assert(
    fc.property(fc.array(fc.record({ name, value: fc.string({ maxLength: 20 }) }), { maxLength: 12 }), (edits) => {
      let params;
      try {
        params = applyParamEdits(draft, edits, new Set(['state', 'nonce']));
      } catch (error) {
        assert.ok(error instanceof FlowError && error.code === 'BAD_INPUT', String(error));
        return;
      }
      try {
        checkDraftParams({ ...draft, params });
      } catch (error) {
        // Only a back-channel credential typed as a parameter name is left for the engine to refuse.
        assert.ok(error instanceof FlowError && /never sent in the authorization request/.test(error.message), String(error));
      }
      for (const protectedName of PROTECTED_PARAMS) assert.equal(params.filter((p) => p.name === protectedName).length, 1);
    }),
    { numRuns: 300 },
  );
});

test('the parameter name check agrees with its documented alphabet', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 120 }), (name) => {
      assert.equal(isParameterName(name), /^[A-Za-z0-9_.:~-]{1,100}$/.test(name));
    }),
  );
});
