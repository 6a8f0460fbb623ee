import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startIdp, PUBLIC_CLIENT_ID, type Idp } from '../harness/idp';
import { withVsCode, type Ui } from '../harness/ui';

/**
 * The Flow Tester in a real VS Code (code-server) against the local identity provider: pick a saved
 * profile, start, look at the editable request, open the browser (VS Code's openExternal becomes a new
 * browser tab that Playwright catches), sign in and consent there, and see the tokens and the ID token
 * checks back in the view. Screenshots of every stage land in test-output/flowTester/.
 */

const PROFILE = 'Local IdP (test)';

function settingsFor(idp: Idp): Record<string, unknown> {
  return {
    'authlens.flow.profiles': [
      { name: PROFILE, issuer: idp.issuer, clientId: PUBLIC_CLIENT_ID, scopes: 'openid profile email offline_access', prompt: 'consent' },
    ],
    'authlens.flow.timeoutSeconds': 120,
  };
}

/** Signs in as alice and allows access on the demo provider's own pages, as a user would. */
async function signInOnProvider(ui: Ui, popup: Page): Promise<void> {
  await popup.waitForLoadState('domcontentloaded');
  await popup.locator('input[name="login"]').waitFor({ timeout: 20_000 });
  await popup.locator('input[name="login"]').fill('alice');
  await popup.locator('input[name="password"]').fill('wonderland');
  await popup.screenshot({ path: `${await ui.screenshot('04-browser-opened')}`.replace('04-browser-opened', '04b-provider-login') });
  await popup.getByRole('button', { name: 'Sign in' }).click();
  await popup.getByRole('button', { name: 'Allow' }).waitFor({ timeout: 20_000 });
  await popup.screenshot({ path: `${await ui.screenshot('05-after-login')}`.replace('05-after-login', '05b-provider-consent') });
  await popup.getByRole('button', { name: 'Allow' }).click();
  await popup.getByText('Sign-in received').waitFor({ timeout: 20_000 });
  await popup.screenshot({ path: `${await ui.screenshot('06-callback')}`.replace('06-callback', '06b-loopback-page') });
}

test('Flow Tester: authorization code + PKCE against the local IdP, tokens decoded and ID token checks passed', { timeout: 300_000 }, async () => {
  const idp = await startIdp();
  try {
    await withVsCode('flowTester', async (ui) => {
      const { page } = ui;
      await ui.openAuthLens();
      const view = ui.webview();
      const picker = view.locator('#profile-select');
      await picker.waitFor({ timeout: 30_000 });
      await view.locator(`#profile-select option`, { hasText: PROFILE }).waitFor({ state: 'attached' });
      await picker.selectOption({ label: PROFILE });
      await assertValue(view.locator('#field-issuer'), idp.issuer);
      assert.equal(await view.locator('#field-clientId').inputValue(), PUBLIC_CLIENT_ID);
      await ui.screenshot('01-profile-picked');

      // Start: discovery runs, then the request waits with every parameter editable.
      const started = performance.now();
      await view.locator('#start').click();
      await view.locator('#open-browser').waitFor({ timeout: 30_000 });
      const draftText = await view.locator('.draft').innerText();
      for (const name of ['response_type', 'client_id', 'redirect_uri', 'scope', 'state', 'nonce', 'code_challenge', 'code_challenge_method', 'prompt']) {
        assert.ok(draftText.includes(name), `the draft lists ${name}`);
      }
      assert.match(await view.locator('.draft code.verifier').innerText(), /^[A-Za-z0-9_-]{43,128}$/);
      assert.match(await view.locator('.draft code.challenge').innerText(), /^[A-Za-z0-9_-]{43}$/);
      assert.equal(await view.locator('li.step[data-kind="discovery"]').getAttribute('class'), 'step state-done');
      await ui.screenshot('02-request-ready');

      // Open browser: code-server turns vscode.env.openExternal into a new browser tab.
      const popupPromise = page.context().waitForEvent('page', { timeout: 20_000 });
      await view.locator('#open-browser').click();
      const popup = await popupPromise;
      await view.locator('li.step[data-kind="callback"].state-running').waitFor({ timeout: 10_000 });
      await ui.screenshot('03-waiting-for-browser');
      await signInOnProvider(ui, popup);

      // Back in VS Code: the callback, the code exchange, the tokens and the ID token checks.
      await view.locator('#tokens li.token').first().waitFor({ timeout: 30_000 });
      const tokensShownMs = performance.now() - started;
      for (const kind of ['discovery', 'authorization-request', 'callback', 'code-exchange', 'id-token']) {
        assert.equal(await view.locator(`li.step[data-kind="${kind}"]`).getAttribute('class'), 'step state-done', kind);
      }
      const checks = await view.locator('li.step[data-kind="id-token"] .check').allInnerTexts();
      assert.ok(checks.length >= 6, `ID token checks listed: ${checks.join(' | ')}`);
      for (const label of ['Signature', '`iss`', '`aud`', 'Not expired', '`nonce`']) {
        const line = checks.find((c) => c.includes(label));
        assert.ok(line && line.startsWith('✓'), `${label} passed: ${line}`);
      }
      const tokenText = await view.locator('#tokens').innerText();
      assert.match(tokenText, /ID token/);
      assert.match(tokenText, /sub alice/);
      assert.match(tokenText, /Refresh token/);
      // The webview shows summaries, never the tokens themselves.
      assert.doesNotMatch(await view.locator('body').innerText(), /eyJ[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{20,}\./);
      await ui.screenshot('07-tokens-and-checks');

      // A follow-up the provider offers: userinfo with the access token.
      await view.locator('#actions button[data-action="userinfo"]').click();
      await view.locator('li.step[data-kind="userinfo"].state-done').waitFor({ timeout: 20_000 });
      await view.locator('li.step[data-kind="userinfo"] .step-header').click();
      assert.match(await view.locator('li.step[data-kind="userinfo"] .step-body').innerText(), /GET .*\/me/);
      await ui.screenshot('08-userinfo');

      console.log(`Flow Tester: Start → tokens shown in ${Math.round(tokensShownMs)} ms (includes the scripted sign-in in the browser tab)`);
    }, { settings: settingsFor(idp) });
  } finally {
    await idp.close();
  }
});

async function assertValue(locator: { inputValue(): Promise<string> }, expected: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  let value = '';
  while (Date.now() < deadline) {
    value = await locator.inputValue();
    if (value === expected) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.equal(value, expected);
}
