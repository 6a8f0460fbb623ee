// The demo provider across several sign-ins in one browser session (issue 14, Deliver 7).
import { startLoopbackListener } from '../../../../src/node/loopback';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { type Idp } from '../../../harness/idp';
import { ScriptedBrowser } from '../../../harness/idpBrowser';
import {
  prepareAuthorizationRequest,
  finalizeAuthorizationRequest,
  handleCallback,
  exchangeCode,
  startDeviceAuthorization,
  pollDeviceToken,
  unwrapStep,
  type FlowServer,
} from '../../../../src/core/flow';
import { context, startDemoProvider } from '../../_fixtures';

let idp: Idp;
let server: FlowServer;
before(async () => ({ idp, server } = await startDemoProvider()));
after(() => idp.close());

async function signIn(browser: ScriptedBrowser, prompt?: string) {
  const ctx = context(server);
  const listener = await startLoopbackListener({ timeoutMs: 10_000 });
  try {
    const draft = await prepareAuthorizationRequest(ctx, {
      scope: 'openid profile offline_access',
      prompt,
      redirectUri: listener.redirectUri,
    });
    const { url, pending } = finalizeAuthorizationRequest(ctx, draft);
    const waiting = listener.waitForCallback(pending.state);
    const visitsBefore = browser.visits.length;
    const page = await browser.open(url, {}, 12);
    const callback = await handleCallback(ctx, pending, (await waiting).url);
    assert.equal(callback.status, 'passed', JSON.stringify(callback.error));
    const tokens = unwrapStep(await exchangeCode(ctx, pending, callback.result!));
    return { page, tokens, pages: browser.visits.slice(visitsBefore) };
  } finally {
    await listener.close();
  }
}

test('a second and third sign-in in the same browser session reach the callback (no consent loop)', async () => {
  const browser = new ScriptedBrowser();
  const first = await signIn(browser, 'consent');
  assert.ok(
    first.pages.some((v) => v.url.includes('/login')),
    'the first sign-in shows the login form',
  );
  // Same session, consent asked for again: one consent page, then the callback.
  const second = await signIn(browser, 'consent');
  assert.equal(second.pages.filter((v) => v.method === 'POST' && v.url.endsWith('/confirm')).length, 1);
  assert.ok(!second.pages.some((v) => v.url.endsWith('/login')), 'the session is reused: no second login');
  assert.ok(second.tokens.id_token);
  // Without prompt=consent the native client still gets one consent page, and it finishes.
  const third = await signIn(browser);
  assert.equal(third.pages.filter((v) => v.url.endsWith('/confirm')).length, 1);
});

test('a device flow after a sign-in in the same browser session does not loop on consent', async () => {
  const browser = new ScriptedBrowser();
  await signIn(browser, 'consent');
  const ctx = context(server);
  for (let round = 0; round < 2; round++) {
    const device = unwrapStep(await startDeviceAuthorization(ctx, { scope: 'openid profile' }));
    const page = await browser.open(device.verification_uri_complete!, { userCode: device.user_code }, 15);
    assert.match(page.html, /device is signed in/, `round ${round}`);
    const tokens = unwrapStep(await pollDeviceToken(ctx, device, { intervalMs: 50 }));
    assert.ok(tokens.id_token);
  }
});
