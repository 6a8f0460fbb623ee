/**
 * The web extension (package.json `browser`, dist/web/extension.js) in a real browser-hosted VS Code:
 * code-server's web worker extension host, chosen offline by the user setting `remote.extensionKind`
 * `["web"]` for AuthLens. Hovers, Decode Token, Verify with a pasted secret (WebCrypto through jose) and
 * Explain Auth Error run in the worker; the Flow Tester says it needs VS Code on a machine.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { withVsCode, type Ui } from '../harness/ui';

const SECRET = 'web-worker-shared-secret-0123456789';

/** Runs a palette command that opens its own quick pick (ui.runCommand would take that for the palette still open). */
async function runCommandWithPicker(ui: Ui, title: string): Promise<void> {
  await ui.page.keyboard.press('Escape');
  await ui.page.keyboard.press('F1');
  const input = ui.page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await ui.page
    .locator('.quick-input-list .monaco-list-row.focused', { hasText: title })
    .first()
    .waitFor({ state: 'visible', timeout: 15_000 });
  await ui.page.keyboard.press('Enter');
}

async function toast(ui: Ui, expect: RegExp): Promise<string> {
  const item = ui.page.locator('.notifications-toasts .notification-toast', { hasText: expect }).first();
  await item.waitFor({ state: 'visible', timeout: 30_000 });
  return item.innerText();
}

test(
  'web extension in the web worker host: hover, Decode, Verify with a pasted secret, Explain; Flow Tester explains itself',
  { timeout: 300_000 },
  async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'al-web-'));
    const token = await new SignJWT({ scp: 'Orders.Read', name: 'Web Worker' })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer('https://login.microsoftonline.com/72f988bf-0000-4000-8000-00000000aaaa/v2.0')
      .setAudience('api://orders')
      .setIssuedAt()
      .setExpirationTime('2h')
      .sign(new TextEncoder().encode(SECRET));
    // The trace samples too: the SAML hover and the HAR trace run in the web worker as well.
    for (const name of ['sign-in.har', 'saml.txt']) copyFileSync(join(__dirname, '..', '..', 'samples', name), join(workspace, name));
    writeFileSync(join(workspace, 'web.txt'), `Authorization: Bearer ${token}\n\nsign-in failed: AADSTS50076 due to MFA\n`);
    try {
      await withVsCode(
        'web',
        async (ui) => {
          const { page } = ui;
          await ui.openFile('web.txt');
          const hover = await ui.hover(token.slice(0, 20), /access token|token ·/);
          assert.match(hover, /Microsoft Entra ID \(v2\.0 issuer\)/);
          assert.match(hover, /HS256/);
          assert.match(hover, /Audience/);
          await ui.screenshot('01-hover-web-worker');
          await ui.dismissHover();

          // The Node entry would focus the Flow Tester view; only the web entry says this.
          await ui.runCommand('AuthLens: Open Flow Tester');
          assert.match(await toast(ui, /Flow Tester needs VS Code on your machine/), /loopback port/);

          const errorHover = await ui.hover('AADSTS50076', /AADSTS50076/);
          assert.match(errorHover, /multi-factor|MFA/i);
          await ui.screenshot('02-error-hover-web-worker');
          await ui.dismissHover();

          // Verify Token Signature with the pasted shared secret: WebCrypto in the worker.
          await ui.click(token.slice(30, 40));
          await runCommandWithPicker(ui, 'AuthLens: Verify Token Signature');
          const pick = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Paste the shared secret' }).first();
          await pick.waitFor({ state: 'visible', timeout: 15_000 });
          await pick.click();
          const input = page.locator('.quick-input-widget input');
          await input.waitFor({ state: 'visible' });
          await input.fill(SECRET);
          await page.keyboard.press('Enter');
          assert.match(await toast(ui, /Signature valid/), /^AuthLens: Signature valid/m);
          await ui.screenshot('03-verified-web-worker');

          // Decode Token opens the decoded view (a webview whose nonce comes from Web Crypto).
          await ui.click(token.slice(30, 40));
          await ui.runCommand('AuthLens: Decode Token');
          await page.locator('.tab[aria-label^="Token"]').first().waitFor({ timeout: 30_000 });
          await ui.webview().locator('body', { hasText: 'Orders.Read' }).waitFor({ timeout: 30_000 });
          await ui.screenshot('04-decoded-web-worker');

          // Explain Auth Error on the error line (the cursor's line): the catalog is inside the web bundle.
          // Back to the text editor (the decoded view is beside it and may hold the keyboard focus, so click its tab).
          await page.locator('.tab[aria-label^="web.txt"]').first().click();
          await page.locator('.editor-group-container.active .tab.active[aria-label^="web.txt"]').first().waitFor({ timeout: 30_000 });
          await ui.click('sign-in');
          await ui.runCommand('AuthLens: Explain Auth Error');
          await page.locator('.tab[aria-label^="Explain: AADSTS50076"]').first().waitFor({ timeout: 30_000 });
          await ui.screenshot('05-explained-web-worker');

          await ui.runCommand('View: Close All Editors');
          await page.locator('.tab').first().waitFor({ state: 'detached', timeout: 20_000 });
          await ui.openFile('saml.txt');
          const samlHover = await ui.hover('PD94bWwgdmVyc2lvbj0i', /SAML Response/);
          assert.match(samlHover, /no signature at all/);
          await ui.dismissHover();
          await page.keyboard.press('Escape');
          const harRow = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'sign-in.har' }).first();
          await harRow.waitFor({ state: 'visible', timeout: 60_000 });
          await harRow.dblclick();
          await page.locator('.tab[aria-label^="sign-in.har"]').first().waitFor({ timeout: 90_000 });
          const trace = ui.webview();
          await trace.locator('table.checks').waitFor({ timeout: 60_000 });
          assert.match(await trace.locator('table.checks').innerText(), /form_post/);
          await ui.screenshot('05b-har-trace-web-worker');

          await ui.runCommand('AuthLens: Show Log');
          await page
            .locator('.output-view, .part.panel')
            .first()
            .getByText('web extension: Flow Tester and capture are desktop-only')
            .first()
            .waitFor({ timeout: 30_000 });
          await ui.screenshot('06-log-web-worker');
        },
        { workspace, settings: { 'remote.extensionKind': { 'authlens.authlens': ['web'] } } },
      );
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  },
);
