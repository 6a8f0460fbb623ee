import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { samplesDir } from '../harness/paths';
import { waitForInputValue, withVsCode } from '../harness/ui';

// The user's redirect port, and the one a downloaded repository tries to impose.
const USER_PORT = 45_001;
const WORKSPACE_PORT = 45_002;

// A colleague's logs or a downloaded repository open in Restricted Mode: AuthLens runs no workspace code,
// so its hovers and commands must work there (capabilities.untrustedWorkspaces).
test(
  "in Restricted Mode (workspace trust on, folder untrusted) hovers, Decode Token, Explain Auth Error and the HAR trace work; the workspace cannot set the Flow Tester's redirect port",
  { timeout: 300_000 },
  async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'al-restricted-'));
    cpSync(samplesDir, workspace, { recursive: true });
    mkdirSync(join(workspace, '.vscode'));
    writeFileSync(join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'authlens.flow.redirectPort': WORKSPACE_PORT }));
    try {
      await withVsCode(
        'restricted',
        async (ui) => {
          const { page } = ui;
          await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor({ timeout: 60_000 });

          await ui.openFile('app.log');
          const errorHover = await ui.hover('AADSTS700082', /ExpiredOrRevokedGrantInactiveToken/);
          assert.match(errorHover, /refresh token has expired/);
          await ui.screenshot('01-error-hover-restricted');
          await ui.dismissHover();

          await ui.openFile('token-response.json');
          const tokenHover = await ui.hover('eyJhbGciOiJFUzI1NiIs', /access token/);
          assert.match(tokenHover, /ES256/);
          await ui.dismissHover();
          await ui.click('eyJhbGciOiJFUzI1NiIs');
          await ui.runCommand('AuthLens: Decode Token');
          await page.locator('.tab[aria-label^="Token: "]').first().waitFor({ timeout: 30_000 });
          const decoded = ui.webview();
          await decoded.locator('h1').first().waitFor({ timeout: 30_000 });
          assert.match(await decoded.locator('body').innerText(), /access token/);
          await ui.screenshot('02-decoded-restricted');

          await page.locator('.tab[aria-label^="app.log"]').first().click();
          await ui.click('acquireTokenSilent');
          await ui.runCommand('AuthLens: Explain Auth Error');
          await page.locator('.tab[aria-label^="Explain: AADSTS50058"]').first().waitFor({ timeout: 60_000 });
          const explained = ui.webview();
          await explained.locator('main.explain h1').waitFor({ timeout: 60_000 });
          assert.match(await explained.locator('body').innerText(), /Likely causes/);
          await ui.screenshot('03-explain-restricted');

          // A customer's HAR file, opened in Restricted Mode: the trace view shows its checks and legs.
          // (The other views are closed first, so the trace is the one webview on screen.)
          await ui.runCommand('View: Close All Editors');
          await page.locator('.tab').first().waitFor({ state: 'detached', timeout: 20_000 });
          const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'sign-in.har' }).first();
          await row.waitFor({ state: 'visible', timeout: 60_000 });
          await row.dblclick();
          await page.locator('.tab[aria-label^="sign-in.har"]').first().waitFor({ timeout: 90_000 });
          const trace = ui.webview();
          await trace.locator('table.checks').waitFor({ timeout: 60_000 });
          assert.match(await trace.locator('table.checks').innerText(), /form_post/);
          await ui.screenshot('04-har-trace-restricted');

          // flow.redirectPort is a restricted setting (package.json restrictedConfigurations): until the folder
          // is trusted, the Flow Tester fills in the user's port, not the workspace's.
          await ui.runCommand('View: Close All Editors');
          await page.locator('.tab').first().waitFor({ state: 'detached', timeout: 20_000 });
          await ui.openAuthLens();
          const flow = ui.webview();
          const picker = flow.locator('#profile-select');
          await picker.waitFor({ timeout: 30_000 });
          await picker.selectOption({ label: 'Okta (template)' });
          await waitForInputValue(flow.locator('#field-issuer'), 'https://{domain}/oauth2/{authorization-server}');
          await waitForInputValue(flow.locator('#field-redirectPort'), String(USER_PORT));
          await ui.screenshot('05-flow-tester-restricted');
        },
        { restricted: true, workspace, settings: { 'authlens.flow.redirectPort': USER_PORT } },
      );
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  },
);
