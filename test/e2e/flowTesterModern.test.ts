import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { startIdp, PUBLIC_CLIENT_ID, type Idp } from '../harness/idp';
import { outputDir } from '../harness/paths';
import { withVsCode, type Ui, waitForInputValue } from '../harness/ui';

/**
 * The Flow Tester at the side bar's default width (issue 14): Start above the fold, provider notes with
 * code, a repeated sign-in in one browser session (no consent loop), and a DPoP + PAR flow whose tokens
 * say they are bound to the session's key. Screenshots land in test-output/flowTester-modern/.
 */
const SUITE = 'flowTester-modern';
const PROFILE = 'Local IdP (repeat)';
const DPOP_PROFILE = 'Local IdP (DPoP + PAR)';

function settingsFor(idp: Idp): Record<string, unknown> {
  const base = { issuer: idp.issuer, clientId: PUBLIC_CLIENT_ID, scopes: 'openid profile offline_access', prompt: 'consent' };
  return {
    'authlens.flow.profiles': [
      { name: PROFILE, ...base },
      { name: DPOP_PROFILE, ...base, dpop: true, par: true },
    ],
    'authlens.flow.timeoutSeconds': 120,
  };
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(outputDir, SUITE, `${name}.png`) });
}

async function openAndAllow(ui: Ui, view: FrameLocator, name: string): Promise<void> {
  await view.locator('#start').click();
  await view.locator('#open-browser').waitFor({ timeout: 30_000 });
  const popupPromise = ui.page.context().waitForEvent('page', { timeout: 20_000 });
  await view.locator('#open-browser').click();
  const popup = await popupPromise;
  await popup.waitForLoadState('domcontentloaded');
  const login = popup.locator('input[name="login"]');
  const allow = popup.getByRole('button', { name: 'Allow' });
  await login.or(allow).first().waitFor({ timeout: 20_000 });
  if (await login.isVisible()) {
    await login.fill('alice');
    await popup.locator('input[name="password"]').fill('wonderland');
    await popup.getByRole('button', { name: 'Sign in' }).click();
  }
  await allow.waitFor({ timeout: 20_000 });
  await shot(popup, `${name}-provider-consent`);
  await allow.click();
  // One Allow is enough: the browser comes back instead of showing "Allow access" again.
  await popup.getByText('Sign-in received').waitFor({ timeout: 20_000 });
  await popup.close();
  await view.locator('#tokens li.token').first().waitFor({ timeout: 30_000 });
}

test(
  'Flow Tester at the default side bar width: Start above the fold, a repeated sign-in, a DPoP + PAR flow',
  { timeout: 300_000 },
  async () => {
    const idp = await startIdp();
    try {
      await withVsCode(
        SUITE,
        async (ui) => {
          await ui.openAuthLens();
          const view = ui.webview();
          await view.locator('#profile-select option', { hasText: PROFILE }).waitFor({ state: 'attached', timeout: 30_000 });
          // Default width: the Start button is visible without scrolling.
          await view.locator('#start').waitFor();
          const start = await view.locator('#start').boundingBox();
          const sidebar = await ui.page.locator('.part.sidebar').boundingBox();
          assert.ok(start && sidebar, 'the Start button and the side bar are on screen');
          assert.ok(
            start.y + start.height <= sidebar.y + sidebar.height,
            `Start (bottom ${start.y + start.height}) is above the fold (${sidebar.y + sidebar.height})`,
          );
          assert.ok(sidebar.width < 400, `the side bar is at its default width (${sidebar.width}px)`);
          await ui.screenshot('01-default-width');

          // Provider notes render `backticks` as code.
          await view.locator('#profile-select').selectOption({ label: 'AuthLens local demo IdP, DPoP + PAR (template)' });
          await view.locator('#template-notes code').first().waitFor({ timeout: 10_000 });
          assert.doesNotMatch(await view.locator('#template-notes').innerText(), /`/);
          await ui.screenshot('02-template-notes');

          // Two sign-ins in the same browser session: both finish after one Allow.
          await view.locator('#profile-select').selectOption({ label: PROFILE });
          await waitForInputValue(view.locator('#field-issuer'), idp.issuer);
          await openAndAllow(ui, view, '03-first');
          await openAndAllow(ui, view, '04-second');
          for (const kind of ['callback', 'code-exchange', 'id-token']) {
            assert.equal(await view.locator(`li.step[data-kind="${kind}"]`).last().getAttribute('class'), 'step state-done', kind);
          }
          await ui.screenshot('05-second-sign-in-done');

          // DPoP + PAR: the pushed request, DPoP-bound tokens, and userinfo with a DPoP proof.
          await view.locator('#profile-select').selectOption({ label: DPOP_PROFILE });
          await view.locator('#field-dpop:checked').waitFor({ state: 'attached', timeout: 10_000 });
          await openAndAllow(ui, view, '06-dpop');
          assert.equal(await view.locator('li.step[data-kind="pushed-authorization-request"]').getAttribute('class'), 'step state-done');
          const tokens = await view.locator('#tokens').innerText();
          assert.match(tokens, /DPoP-bound to this session's key \(jkt [\w-]{43}\)/);
          assert.match(tokens, /expires in \d+:\d\d/);
          assert.match(tokens, /ID token: signature and claims verified in this flow/);
          await view.locator('#tokens').scrollIntoViewIfNeeded();
          await ui.screenshot('07-dpop-tokens');
          await view.locator('#actions button[data-action="userinfo"]').click();
          await view.locator('li.step[data-kind="userinfo"].state-done').waitFor({ timeout: 20_000 });
          await view.locator('li.step[data-kind="userinfo"] .step-header').click();
          await view.locator('li.step[data-kind="userinfo"] details.exchange summary').last().click();
          assert.match(await view.locator('li.step[data-kind="userinfo"] .step-body').innerText(), /authorization: DPoP \S{6}…\[redacted/);
          await view.locator('li.step[data-kind="userinfo"]').scrollIntoViewIfNeeded();
          await ui.screenshot('08-dpop-userinfo');
        },
        { settings: settingsFor(idp) },
      );
    } finally {
      await idp.close();
    }
  },
);
