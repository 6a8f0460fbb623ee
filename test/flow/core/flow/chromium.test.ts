// The demo provider's pages work in a real browser: Chromium signs in by filling the inputs and
// clicking the buttons, and lands on the loopback listener's page. Skipped where there is no Chromium.
import { startLoopbackListener } from '../../../../src/node/loopback';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { startIdp, type Idp } from '../../../harness/idp';
import { runAuthorizationCodeFlow, startDeviceAuthorization, pollDeviceToken, unwrapStep } from '../../../../src/core/flow';
import { context, discoverServer } from '../../_fixtures';

let idp: Idp;
let launch: (() => Promise<Browser>) | undefined;
before(async () => {
  idp = await startIdp();
  try {
    const { findChromium } = await import('../../../harness/install');
    findChromium();
    launch = (await import('../../../harness/browser')).launchChromium;
  } catch {
    launch = undefined;
  }
});
after(() => idp.close());

test('Chromium completes login and consent; the loopback page says to return to VS Code', async (t) => {
  if (!launch) return t.skip('no Chromium on this machine');
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const ctx = context(await discoverServer(idp.issuer));
    const result = await runAuthorizationCodeFlow(ctx, {
      startListener: startLoopbackListener,
      scope: 'openid profile email offline_access',
      prompt: 'consent',
      listener: { timeoutMs: 20_000 },
      openBrowser: async (url) => {
        await page.goto(url);
        await page.getByText('alice / wonderland', { exact: false }).waitFor();
        await page.fill('input[name=login]', 'alice');
        await page.fill('input[name=password]', 'wonderland');
        await page.click('button[type=submit]');
        await page.click('button[name=allow]');
        // No await on the final page: the listener resolves the flow as soon as the redirect arrives.
      },
    });
    assert.ok(result.ok, JSON.stringify(result.steps.map((s) => [s.kind, s.status, s.error?.message])));
    await page.waitForLoadState();
    assert.match((await page.textContent('body')) ?? '', /return to VS Code/);
  } finally {
    await browser.close();
  }
});

test('Chromium completes the device flow from verification_uri_complete', async (t) => {
  if (!launch) return t.skip('no Chromium on this machine');
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const ctx = context(await discoverServer(idp.issuer));
    const device = unwrapStep(await startDeviceAuthorization(ctx, { scope: 'openid' }));
    const polling = pollDeviceToken(ctx, device, { intervalMs: 200 });
    await page.goto(device.verification_uri_complete!);
    await page.getByText(device.user_code).waitFor();
    await page.click('button:has-text("Continue")');
    await page.fill('input[name=login]', 'bob');
    await page.fill('input[name=password]', 'builder');
    await page.click('button[type=submit]');
    await page.click('button[name=allow]');
    await page.getByText('The device is signed in').waitFor();
    assert.ok(unwrapStep(await polling).id_token);
  } finally {
    await browser.close();
  }
});
