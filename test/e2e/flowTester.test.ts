import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { startIdp, CONFIDENTIAL_CLIENT_ID, DEMO_CLIENT_SECRET, PUBLIC_CLIENT_ID, type Idp } from '../harness/idp';
import { outputDir } from '../harness/paths';
import { withVsCode, type Ui, waitForInputValue } from '../harness/ui';
import { waitFor } from '../harness/waitFor';

/**
 * The Flow Tester in a real VS Code (code-server) against the local identity provider: pick a saved
 * profile, start, look at the editable request, open the browser, sign in and consent there, and see
 * the tokens and the ID token checks back in the view.
 *
 * "Open browser" calls vscode.env.openExternal; code-server turns that into a new browser tab, which
 * Playwright catches with `context.waitForEvent('page')`. So the test does not need the "Copy
 * authorize URL" fallback. Screenshots of every stage land in test-output/flowTester/.
 */

const SUITE = 'flowTester';
const DEVICE_SUITE = 'flowTester-device';
const PROFILE = 'Local IdP (test)';
const SECRET_PROFILE = 'Confidential (test)';

function settingsFor(idp: Idp): Record<string, unknown> {
  return {
    'authlens.flow.profiles': [
      { name: PROFILE, issuer: idp.issuer, clientId: PUBLIC_CLIENT_ID, scopes: 'openid profile email offline_access', prompt: 'consent' },
    ],
    'authlens.flow.timeoutSeconds': 120,
  };
}

/** A screenshot of another page (the provider's tab) next to the suite's own. */
async function shot(page: Page, suite: string, name: string): Promise<void> {
  await page.screenshot({ path: join(outputDir, suite, `${name}.png`) });
}

/** A wider side bar and the Captured view folded, so the steps fit on the screenshots. */
async function makeRoom(ui: Ui): Promise<void> {
  const { page } = ui;
  const captured = page.locator('.pane-header', { hasText: /captured/i }).first();
  if ((await captured.getAttribute('aria-expanded')) === 'true') await captured.click();
  const sidebar = await page.locator('.part.sidebar').boundingBox();
  if (!sidebar) return;
  const x = sidebar.x + sidebar.width + 1;
  const y = sidebar.y + sidebar.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 260, y, { steps: 8 });
  await page.mouse.up();
}

async function stepClass(view: FrameLocator, kind: string): Promise<string | null> {
  return view.locator(`li.step[data-kind="${kind}"]`).last().getAttribute('class');
}

/** Starts the flow from the picked profile and returns once the request is ready to open. */
async function startToDraft(view: FrameLocator): Promise<void> {
  await view.locator('#start').click();
  await view.locator('#open-browser').waitFor({ timeout: 30_000 });
}

async function openBrowser(ui: Ui, view: FrameLocator): Promise<Page> {
  const popupPromise = ui.page.context().waitForEvent('page', { timeout: 20_000 });
  await view.locator('#open-browser').click();
  const popup = await popupPromise;
  await popup.waitForLoadState('domcontentloaded');
  return popup;
}

/** Signs in as alice when the provider asks (a second run reuses the session), then waits for the consent page. */
async function signIn(popup: Page, suite: string, name: string): Promise<void> {
  const login = popup.locator('input[name="login"]');
  const allow = popup.getByRole('button', { name: 'Allow' });
  await login.or(allow).first().waitFor({ timeout: 20_000 });
  if (!(await login.isVisible())) return void (await shot(popup, suite, `${name}-provider-consent`));
  await login.fill('alice');
  await popup.locator('input[name="password"]').fill('wonderland');
  await shot(popup, suite, `${name}-provider-login`);
  await popup.getByRole('button', { name: 'Sign in' }).click();
  await popup.getByRole('button', { name: 'Allow' }).waitFor({ timeout: 20_000 });
  await shot(popup, suite, `${name}-provider-consent`);
}

test(
  'Flow Tester: auth code + PKCE against the local IdP, tokens decoded, ID token checks passed; a denied consent explained',
  { timeout: 300_000 },
  async () => {
    const idp = await startIdp();
    try {
      await withVsCode(
        SUITE,
        async (ui) => {
          const { page } = ui;
          await ui.openAuthLens();
          await makeRoom(ui);
          const view = ui.webview();
          const picker = view.locator('#profile-select');
          await picker.waitFor({ timeout: 30_000 });
          await view.locator('#profile-select option', { hasText: PROFILE }).waitFor({ state: 'attached' });
          // Saved profile, demo IdP and the five templates are all offered.
          const labels = await view.locator('#profile-select option').allInnerTexts();
          for (const label of [PROFILE, 'AuthLens local demo IdP', 'Microsoft Entra', 'Google', 'Okta', 'Auth0', 'Keycloak']) {
            assert.ok(
              labels.some((l) => l.includes(label)),
              `${label} in ${labels.join(', ')}`,
            );
          }
          await picker.selectOption({ label: 'Okta (template)' });
          await waitForInputValue(view.locator('#field-issuer'), 'https://{domain}/oauth2/{authorization-server}');
          assert.match(await view.locator('#template-notes').innerText(), /Native application/);
          await picker.selectOption({ label: PROFILE });
          await waitForInputValue(view.locator('#field-issuer'), idp.issuer);
          assert.equal(await view.locator('#field-clientId').inputValue(), PUBLIC_CLIENT_ID);
          await ui.screenshot('01-profile-picked');

          // Start: discovery runs, then the request waits with every parameter visible and editable.
          const started = performance.now();
          await startToDraft(view);
          const startToDraftMs = performance.now() - started;
          const draftText = await view.locator('.draft').innerText();
          for (const name of [
            'response_type',
            'client_id',
            'redirect_uri',
            'scope',
            'state',
            'nonce',
            'code_challenge',
            'code_challenge_method',
            'prompt',
          ]) {
            assert.ok(draftText.includes(name), `the draft lists ${name}`);
          }
          assert.match(await view.locator('.draft code.verifier').innerText(), /^[A-Za-z0-9_-]{43,128}$/);
          assert.match(await view.locator('.draft code.challenge').innerText(), /^[A-Za-z0-9_-]{43}$/);
          assert.equal(await stepClass(view, 'discovery'), 'step state-done');
          assert.equal(await view.locator('li.step[data-kind="authorization-request"] .step-header').getAttribute('aria-expanded'), 'true');
          // Edit a value before the browser opens: the provider pre-fills the login with it.
          await view.locator('.draft button', { hasText: 'Add parameter' }).click();
          await view.locator('.draft input.param-name').fill('login_hint');
          await view.locator('.draft input.param-value').last().fill('alice');
          await view.locator('.draft').scrollIntoViewIfNeeded();
          await ui.screenshot('02-request-ready');

          const popup = await openBrowser(ui, view);
          await view.locator('li.step[data-kind="callback"].state-running').waitFor({ timeout: 10_000 });
          assert.match(await view.locator('li.step[data-kind="callback"] .step-progress').innerText(), /Waiting for the browser.*left/s);
          await ui.screenshot('03-waiting-for-browser');
          assert.equal(await popup.locator('input[name="login"]').inputValue(), 'alice', 'the edited login_hint reached the provider');
          await signIn(popup, SUITE, '04');
          const allowed = performance.now();
          await popup.getByRole('button', { name: 'Allow' }).click();
          // Back in VS Code: callback, code exchange, tokens and the ID token checks.
          await view.locator('#tokens li.token').first().waitFor({ timeout: 30_000 });
          const allowToTokensMs = performance.now() - allowed;
          const tokensShownMs = performance.now() - started;
          await popup.getByText('Sign-in received').waitFor({ timeout: 20_000 });
          await shot(popup, SUITE, '05-loopback-page');
          for (const kind of ['discovery', 'authorization-request', 'callback', 'code-exchange', 'id-token']) {
            assert.equal(await stepClass(view, kind), 'step state-done', kind);
          }
          const checks = await view.locator('li.step[data-kind="id-token"] .check').allInnerTexts();
          assert.ok(checks.length >= 6, `ID token checks listed: ${checks.join(' | ')}`);
          for (const label of ['Signature', 'iss is the provider', 'aud contains', 'Not expired', 'nonce matches']) {
            const line = checks.find((c) => c.includes(label));
            assert.ok(line?.startsWith('✓'), `${label} passed: ${line}`);
          }
          const tokenText = await view.locator('#tokens').innerText();
          assert.match(tokenText, /ID token/);
          assert.match(tokenText, /sub alice/);
          assert.match(tokenText, /Refresh token/);
          // The webview shows summaries, never the tokens themselves.
          assert.doesNotMatch(await view.locator('body').innerText(), /eyJ[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{20,}\./);
          await view.locator('li.step[data-kind="id-token"]').scrollIntoViewIfNeeded();
          await ui.screenshot('06-id-token-checks');
          await view.locator('#tokens').scrollIntoViewIfNeeded();
          await ui.screenshot('07-tokens');

          // The token's Decode button opens AuthLens's decoder on it (the host passes the token, not the webview).
          await view.locator('#tokens li.token[data-token="ID token"] button', { hasText: 'Decode' }).click();
          await page.locator('.tab[aria-label^="Token"]').first().waitFor({ timeout: 20_000 });
          await waitForWebviewText(ui, /Payload/);
          // The flow verified the ID token: the decoded view carries the verdict instead of "not checked yet".
          await waitForWebviewText(ui, /Signature valid/);
          await ui.screenshot('08-decoded-id-token');

          // A follow-up the provider offers: userinfo with the access token, raw request shown redacted.
          await view.locator('#actions button[data-action="userinfo"]').click();
          await view.locator('li.step[data-kind="userinfo"].state-done').waitFor({ timeout: 20_000 });
          // Keyboard: a step header is a button; Enter opens it and says so through aria-expanded.
          const userinfoHeader = view.locator('li.step[data-kind="userinfo"] .step-header');
          assert.equal(await userinfoHeader.getAttribute('aria-expanded'), 'false');
          await userinfoHeader.focus();
          await userinfoHeader.press('Enter');
          await view.locator('li.step[data-kind="userinfo"] .step-header[aria-expanded="true"]').waitFor();
          assert.equal(await view.locator(':focus').getAttribute('class'), 'step-header', 'focus stays on the header after the re-render');
          await view.locator('li.step[data-kind="userinfo"] details.exchange summary').click();
          const userinfo = await view.locator('li.step[data-kind="userinfo"] .step-body').innerText();
          assert.match(userinfo, /GET .*\/me/);
          assert.match(userinfo, /authorization: Bearer \S{6}…\[redacted/);
          await view.locator('li.step[data-kind="userinfo"]').scrollIntoViewIfNeeded();
          await ui.screenshot('09-userinfo-raw');

          // A second run where the user denies consent: the failed step carries the catalog's explanation.
          await view.locator('#reset').click();
          await startToDraft(view);
          const denyPopup = await openBrowser(ui, view);
          await signIn(denyPopup, SUITE, '10');
          await denyPopup.getByRole('button', { name: 'Deny' }).click();
          await view.locator('li.step[data-kind="callback"].state-failed').waitFor({ timeout: 20_000 });
          const failure = await view.locator('li.step[data-kind="callback"] .error-box').innerText();
          assert.match(failure, /access_denied/);
          assert.match(failure, /What to do/);
          await view.locator('li.step[data-kind="callback"]').scrollIntoViewIfNeeded();
          await ui.screenshot('11-denied-explained');

          console.log(
            `Flow Tester timings: Start → request ready ${Math.round(startToDraftMs)} ms; "Allow" on the provider → tokens shown ${Math.round(allowToTokensMs)} ms; ` +
              `Start → tokens shown ${Math.round(tokensShownMs)} ms (includes the scripted sign-in and screenshots)`,
          );
        },
        { settings: settingsFor(idp) },
      );
    } finally {
      await idp.close();
    }
  },
);

test(
  'Flow Tester: device flow with user code and polling; a confidential profile saved with its secret in SecretStorage runs client credentials',
  { timeout: 300_000 },
  async () => {
    const idp = await startIdp();
    try {
      await withVsCode(
        DEVICE_SUITE,
        async (ui) => {
          await ui.openAuthLens();
          await makeRoom(ui);
          const view = ui.webview();
          // The first saved profile is picked when the view opens; once its issuer shows, the form is ours to edit.
          await view.locator('#profile-select option', { hasText: PROFILE }).waitFor({ state: 'attached', timeout: 30_000 });
          await waitForInputValue(view.locator('#field-issuer'), idp.issuer);
          await view.locator('#field-grant').selectOption('device_code');
          await view.locator('#start').click();
          const code = view.locator('.device .user-code');
          await code.waitFor({ timeout: 30_000 });
          const userCode = (await code.innerText()).trim();
          assert.match(userCode, /^[A-Z]{4}-[A-Z]{4}$/);
          await ui.screenshot('01-device-code');

          const popupPromise = ui.page.context().waitForEvent('page', { timeout: 20_000 });
          await view.locator('.device button', { hasText: 'Open verification page' }).click();
          const popup = await popupPromise;
          await popup.waitForLoadState('domcontentloaded');
          // The provider's device pages: confirm the code, sign in, allow.
          await popup.getByRole('button', { name: 'Continue' }).first().waitFor({ timeout: 20_000 });
          await shot(popup, DEVICE_SUITE, '02-provider-device-page');
          // The code's input page (unless the URL carried the code), then the confirm page that shows the code:
          // one Continue on each, then the sign-in.
          const codeInput = popup.locator('input[name="user_code"]');
          if (await codeInput.isVisible()) {
            await codeInput.fill(userCode);
            await popup.getByRole('button', { name: 'Continue' }).first().click();
          }
          await popup.locator('code', { hasText: userCode }).first().waitFor({ timeout: 20_000 });
          await popup.getByRole('button', { name: 'Continue' }).first().click();
          await signIn(popup, DEVICE_SUITE, '03');
          await popup.getByRole('button', { name: 'Allow' }).click();
          await popup.getByText('The device is signed in').waitFor({ timeout: 20_000 });
          await view
            .locator('li.step[data-kind="device-poll"] .step-progress')
            .waitFor({ timeout: 5_000 })
            .catch(() => undefined);
          await ui.screenshot('04-polling');

          await view.locator('#tokens li.token').first().waitFor({ timeout: 30_000 });
          assert.equal(await stepClass(view, 'device-poll'), 'step state-done');
          assert.match(await view.locator('#tokens').innerText(), /sub alice/);
          await view.locator('#tokens').scrollIntoViewIfNeeded();
          await ui.screenshot('05-device-tokens');

          // Save a confidential profile: the secret goes to SecretStorage, never to settings.json.
          await view.locator('#reset').click();
          await view.locator('#settings > summary').click();
          await view.locator('#field-grant').selectOption('client_credentials');
          await view.locator('#field-clientId').fill(CONFIDENTIAL_CLIENT_ID);
          await view.locator('#field-authMethod').selectOption('client_secret_basic');
          await view.locator('#field-client-secret').fill(DEMO_CLIENT_SECRET);
          await view.locator('#field-scopes').fill('');
          await view.locator('#field-name').fill(SECRET_PROFILE);
          await view.locator('#save').click();
          await view.locator('#notice', { hasText: 'secret storage' }).waitFor({ timeout: 20_000 });
          await view.locator('#secret-hint', { hasText: "is in VS Code's secret storage" }).waitFor({ timeout: 10_000 });
          assert.equal(await view.locator('#field-client-secret').inputValue(), '', 'the typed secret left the page');
          const settings = await readSettings(ui);
          assert.ok(settings.includes(SECRET_PROFILE), 'the profile is in settings.json');
          assert.ok(!settings.includes(DEMO_CLIENT_SECRET), 'the secret is not in settings.json');
          await ui.screenshot('06-confidential-profile-saved');
          // Start with an empty secret field: the host takes the secret from SecretStorage.
          await view.locator('#start').click();
          await view.locator('li.step[data-kind="client-credentials"].state-done').waitFor({ timeout: 30_000 });
          assert.match(await view.locator('#tokens').innerText(), /sub authlens-confidential/);
          await ui.screenshot('07-client-credentials-token');
        },
        { settings: settingsFor(idp) },
      );
    } finally {
      await idp.close();
    }
  },
);

/** Waits until some webview (the decoded token's panel here) shows the text. */
async function waitForWebviewText(ui: Ui, text: RegExp): Promise<void> {
  await waitFor(
    async () => {
      const bodies = await Promise.all(
        [0, 1, 2].map((i) =>
          ui
            .webview(i)
            .locator('body')
            .innerText({ timeout: 500 })
            .catch(() => ''),
        ),
      );
      return bodies.some((body) => text.test(body));
    },
    { timeout: 20_000, interval: 100, what: `a webview showing ${text}` },
  );
}

async function readSettings(ui: Ui): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  return readFile(join(ui.server.runDir, 'ud', 'User', 'settings.json'), 'utf8');
}
