import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FrameLocator } from 'playwright-core';
import { startIdp, PUBLIC_CLIENT_ID, type Idp } from '../harness/idp';
import { withVsCode, waitForInputValue, type Ui } from '../harness/ui';

/**
 * The Flow Tester page keeps what the user did through everything the host sends (issue 10): an opened
 * request/response stays open, and the focus and caret stay in a half-typed field, when a state update
 * or a device-flow poll arrives; and edits not sent yet come back when the view is hidden (which
 * destroys the page: no retainContextWhenHidden) and shown again. Default side bar width throughout.
 * Screenshots land in test-output/flowTester-webview/.
 */
const SUITE = 'flowTester-webview';
const PROFILE = 'Local IdP (webview)';

function settingsFor(idp: Idp): Record<string, unknown> {
  return {
    'authlens.flow.profiles': [
      { name: PROFILE, issuer: idp.issuer, clientId: PUBLIC_CLIENT_ID, scopes: 'openid profile', prompt: 'consent' },
    ],
    'authlens.flow.timeoutSeconds': 120,
  };
}

async function pickProfile(view: FrameLocator, idp: Idp): Promise<void> {
  await view.locator('#profile-select option', { hasText: PROFILE }).waitFor({ state: 'attached', timeout: 30_000 });
  await waitForInputValue(view.locator('#field-issuer'), idp.issuer);
}

const step = (view: FrameLocator, kind: string) => view.locator(`li.step[data-kind="${kind}"]`).last();

/** Opens a step (if closed) and its first request/response block; returns the block. */
async function openExchange(view: FrameLocator, kind: string, index = 0) {
  const header = step(view, kind).locator('.step-header');
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  const block = step(view, kind).locator('details.exchange').nth(index);
  await block.locator('summary').click();
  await step(view, kind).locator('details.exchange[open]').first().waitFor();
  return block;
}

const isOpen = (block: ReturnType<FrameLocator['locator']>) => block.evaluate((node) => (node as HTMLDetailsElement).open);

test(
  'Flow Tester page: an opened request/response, the focus and the caret survive a state update and device-flow polls',
  { timeout: 300_000 },
  async () => {
    const idp = await startIdp();
    try {
      await withVsCode(
        SUITE,
        async (ui) => {
          await ui.openAuthLens();
          const view = ui.webview();
          await pickProfile(view, idp);
          await view.locator('#start').click();
          await view.locator('#open-browser').waitFor({ timeout: 30_000 });
          const discovery = await openExchange(view, 'discovery');
          assert.match(await discovery.innerText(), /GET .*\/\.well-known\/openid-configuration/);
          const redirectUri = (await view.locator('.draft .redirect code').innerText()).trim();

          // A state update: the browser opens (the provider's page stays unanswered) and the view moves on.
          const popupPromise = ui.page.context().waitForEvent('page', { timeout: 20_000 });
          await view.locator('#open-browser').click();
          const popup = await popupPromise;
          await step(view, 'callback').and(view.locator('.state-running')).waitFor({ timeout: 20_000 });
          assert.equal(await isOpen(discovery), true, 'the discovery response is still open after the browser opened');
          // Half-type in the landing field, caret after the first character.
          await step(view, 'callback').locator('.step-header').click();
          const landing = view.locator('#landing-input');
          await landing.fill('abc');
          await landing.press('Home');
          await landing.press('ArrowRight');
          // Another update while typing: a forged callback the listener turns away.
          const forged = new URL(redirectUri);
          forged.searchParams.set('code', 'forged');
          forged.searchParams.set('state', 'not-this-flow');
          assert.equal((await fetch(forged)).status, 400);
          await step(view, 'callback').locator('.step-progress', { hasText: '1 turned away' }).waitFor({ timeout: 10_000 });
          const typing = await landing.evaluate((node) => {
            const input = node as HTMLTextAreaElement;
            return { focused: input.ownerDocument.activeElement === input, value: input.value, caret: input.selectionStart };
          });
          assert.deepEqual(typing, { focused: true, value: 'abc', caret: 1 }, 'focus, text and caret kept through the update');
          assert.equal(await isOpen(discovery), true);
          await ui.screenshot('01-open-through-update');
          await popup.close();

          // Device flow: every poll brings a new state (and the countdown a render a second); the device
          // authorization response stays open through them.
          await view.locator('#reset').click();
          await view.locator('#steps').waitFor({ state: 'detached' });
          await view.locator('#settings > summary').click();
          await view.locator('#field-grant').selectOption('device_code');
          await view.locator('#start').click();
          await step(view, 'device-poll').locator('.step-progress', { hasText: 'Poll 1:' }).waitFor({ timeout: 30_000 });
          const deviceCode = await openExchange(view, 'device-authorization');
          assert.match(await deviceCode.innerText(), /POST .*device/i);
          await deviceCode.scrollIntoViewIfNeeded();
          const scrolled = await view.locator('body').evaluate(() => window.scrollY);
          // The provider's interval sets the pace: wait for two more polls.
          await step(view, 'device-poll').locator('.step-progress', { hasText: 'Poll 3:' }).waitFor({ timeout: 60_000 });
          assert.equal(await isOpen(deviceCode), true, 'the device authorization response is still open after two more polls');
          assert.equal(await view.locator('body').evaluate(() => window.scrollY), scrolled, 'the page did not jump');
          await ui.screenshot('02-open-through-polls');
        },
        { settings: settingsFor(idp) },
      );
    } finally {
      await idp.close();
    }
  },
);

async function hideAndShow(ui: Ui): Promise<void> {
  const explorer = ui.page.locator('.activitybar .action-item a[aria-label^="Explorer"]').first();
  await explorer.click();
  // Hidden without retainContextWhenHidden: the page is gone.
  await ui.page.locator('iframe.webview.ready').first().waitFor({ state: 'detached', timeout: 20_000 });
  await ui.openAuthLens();
}

test(
  'Flow Tester page: draft edits and an opened response come back after the view is hidden and shown',
  { timeout: 300_000 },
  async () => {
    const idp = await startIdp();
    try {
      await withVsCode(
        `${SUITE}-hide`,
        async (ui) => {
          await ui.openAuthLens();
          let view = ui.webview();
          await pickProfile(view, idp);
          await view.locator('#start').click();
          await view.locator('#open-browser').waitFor({ timeout: 30_000 });
          const scope = view.locator('.draft input[aria-label="Value of scope"]');
          await scope.fill('openid profile email');
          await view.locator('.draft button', { hasText: 'Add parameter' }).click();
          await view.locator('.draft input.param-name').fill('login_hint');
          await view.locator('.draft input[aria-label="Value of the new parameter"]').fill('alice');
          await openExchange(view, 'discovery');
          // An edit of the settings not sent yet (it would go with the next Start).
          await view.locator('#settings > summary').click();
          await view.locator('#field-extraParams').fill('audience=urn:authlens:demo-api');
          await view.locator('body').evaluate((body) => {
            body.dataset.page = 'before';
          });
          await ui.screenshot('01-edited');

          await hideAndShow(ui);
          view = ui.webview();
          await waitForInputValue(view.locator('.draft input[aria-label="Value of scope"]'), 'openid profile email', 30_000);
          assert.equal(await view.locator('body').getAttribute('data-page'), null, 'a new page, not the old one kept alive');
          assert.equal(await view.locator('.draft input.param-name').inputValue(), 'login_hint');
          assert.equal(await view.locator('.draft input[aria-label="Value of the new parameter"]').inputValue(), 'alice');
          assert.equal(
            await isOpen(step(view, 'discovery').locator('details.exchange').first()),
            true,
            'the opened response is open again',
          );
          assert.equal(await isOpen(view.locator('#settings')), true, 'the settings are open again');
          await waitForInputValue(view.locator('#field-extraParams'), 'audience=urn:authlens:demo-api');
          await ui.screenshot('02-shown-again');

          // What comes back is what is sent: the provider sees the edited request.
          const authorize = ui.page
            .context()
            .waitForEvent('request', { predicate: (r) => new URL(r.url()).searchParams.has('code_challenge'), timeout: 20_000 });
          const popupPromise = ui.page.context().waitForEvent('page', { timeout: 20_000 });
          await view.locator('#open-browser').click();
          const sent = new URL((await authorize).url());
          const popup = await popupPromise;
          assert.equal(sent.searchParams.get('scope'), 'openid profile email');
          assert.equal(sent.searchParams.get('login_hint'), 'alice');
          await popup.close();
        },
        { settings: settingsFor(idp) },
      );
    } finally {
      await idp.close();
    }
  },
);
