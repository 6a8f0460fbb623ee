import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startIdp, type Idp } from '../../harness/idp';
import { ScriptedBrowser } from '../../harness/idpBrowser';
import { runAuthorizationCodeFlow, fetchUserInfo, refreshTokens, unwrapStep } from '../../../src/core/flow';
import { context, discoverServer } from './_fixture';

let idp: Idp;
before(async () => {
  idp = await startIdp();
});
after(() => idp.close());

test('authorization code + PKCE end to end with the public client', async () => {
  const ctx = context(await discoverServer(idp.issuer));
  const browser = new ScriptedBrowser();
  const result = await runAuthorizationCodeFlow(ctx, {
    scope: 'openid profile email offline_access',
    prompt: 'consent',
    openBrowser: (url) => browser.open(url, { login: 'alice', password: 'wonderland' }),
    listener: { timeoutMs: 10_000 },
  });
  for (const step of result.steps) assert.equal(step.status, 'passed', `${step.kind}: ${JSON.stringify(step.error)}`);
  assert.deepEqual(result.steps.map((s) => s.kind), ['authorization-request', 'callback', 'code-exchange', 'id-token']);
  assert.ok(result.tokens?.refresh_token);
  assert.equal(result.idToken?.claims.sub, 'alice');
  const userinfo = unwrapStep(await fetchUserInfo(ctx, result.tokens!.access_token, { expectedSubject: 'alice' }));
  assert.equal(userinfo.email, 'alice@example.com');
  const refreshed = unwrapStep(await refreshTokens(ctx, result.tokens!.refresh_token!));
  assert.notEqual(refreshed.refresh_token, result.tokens!.refresh_token);
});
