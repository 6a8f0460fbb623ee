import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { samplesDir } from '../harness/paths';
import { withVsCode } from '../harness/ui';
import { DEFAULT_MAX_HITS } from '../../src/core/scan/limits';

/**
 * The samples, with a launch configuration for the demo and one for a program whose output is denser
 * than live capture scans in one stretch: a single write of 40,000 `eyJ` starts, read from the
 * program's stdout (`outputCapture: "std"`; through the console API the Node debugger passes at most
 * 10,000 characters a message).
 */
function workspaceWithDenseOutput(): string {
  const workspace = mkdtempSync(join(tmpdir(), 'al-capture-'));
  cpSync(samplesDir, workspace, { recursive: true });
  writeFileSync(join(workspace, 'dense-output.js'), "process.stdout.write('eyJ '.repeat(40000) + '\\n');\n");
  mkdirSync(join(workspace, '.vscode'));
  const program = (file: string) => `\${workspaceFolder}/${file}`;
  writeFileSync(
    join(workspace, '.vscode', 'launch.json'),
    JSON.stringify({
      version: '0.2.0',
      configurations: [
        { type: 'node', request: 'launch', name: 'Debug demo', program: program('debug-demo.js') },
        { type: 'node', request: 'launch', name: 'Dense output', program: program('dense-output.js'), outputCapture: 'std' },
      ],
    }),
  );
  return workspace;
}

test(
  'debugging a program fills the Captured view with its token and its auth error; output too dense to scan whole is said so',
  { timeout: 360_000 },
  async () => {
    const workspace = workspaceWithDenseOutput();
    // The first-error notification is off by default; this run turns it on to see it.
    try {
      await withVsCode(
        'capture',
        async (ui) => {
          const { page } = ui;
          // Open the demo from the explorer (quick open's file index can lag on a busy machine).
          await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'debug-demo.js' }).first().click();
          await page.locator('.tab[aria-label^="debug-demo.js"]').first().waitFor({ timeout: 30_000 });
          await page.locator('.monaco-editor .view-lines .view-line').first().waitFor({ timeout: 90_000 });
          await ui.openAuthLens();
          // Room for the Captured view: fold the Flow Tester and widen the side bar.
          await page
            .locator('.pane-header', { hasText: /flow tester/i })
            .first()
            .click();
          const side = await page.locator('.part.sidebar').first().boundingBox();
          if (side) {
            const edge = { x: side.x + side.width + 1, y: side.y + side.height / 2 };
            await page.mouse.move(edge.x, edge.y);
            await page.mouse.down();
            await page.mouse.move(edge.x + 280, edge.y, { steps: 8 });
            await page.mouse.up();
          }
          // The empty state first.
          await page.getByText('No tokens captured yet.').first().waitFor({ timeout: 20_000 });
          await ui.screenshot('01-empty-captured-view');

          // Start debugging from the UI: F5 runs the selected launch configuration, "Debug demo".
          await page.locator('.monaco-editor .view-lines').first().click();
          await page.keyboard.press('F5');

          // The program prints a token, then an AADSTS error 200 ms later; both appear in the view.
          const captured = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /captured/i }) }).first();
          const errorRow = captured.locator('.monaco-list-row', { hasText: 'AADSTS700082' }).first();
          await errorRow.waitFor({ timeout: 60_000 });
          const tokenRow = captured.locator('.monaco-list-row', { hasText: /access token · Entra · expire/ }).first();
          await tokenRow.waitFor({ timeout: 20_000 });
          // The session has ended (no debug toolbar) and the view lists its group row above the items.
          await page.locator('.debug-toolbar').waitFor({ state: 'hidden', timeout: 30_000 });
          await captured.locator('.monaco-list-row', { hasText: /item/ }).first().waitFor({ timeout: 20_000 });
          const rows = await captured.locator('.monaco-list-row').allInnerTexts();
          const text = rows.join('\n').normalize('NFKC');
          assert.match(text, /AADSTS700082 · refresh token has expired/);
          assert.match(text, /access token · Entra · expire/);
          assert.match(text, /stderr/);
          assert.match(text, /stdout/);
          // Newest first: the error (printed second) is above the token.
          const errorIndex = rows.findIndex((row) => row.includes('AADSTS700082'));
          const tokenIndex = rows.findIndex((row) => row.includes('access token'));
          assert.ok(errorIndex < tokenIndex, `rows in order: ${rows.join(' | ')}`);
          // The group row is the debug session.
          assert.ok(
            rows.some((row) => /item/.test(row)),
            rows.join(' | '),
          );
          await ui.screenshot('02-captured-view-with-items');

          // The notification for the session's first auth error (setting on for this run).
          // The line names the error twice (invalid_grant, AADSTS700082): the provider's own code is announced.
          const toast = page.locator('.notifications-toasts .notification-toast', { hasText: /AuthLens: AADSTS700082/ }).first();
          await toast.waitFor({ timeout: 15_000 });
          assert.match(await toast.innerText(), /AuthLens: AADSTS700082 · refresh token has expired in "/);
          await ui.screenshot('02b-first-error-notification');
          await page.keyboard.press('Escape');

          // The badge on the AuthLens container counts the items.
          const badge = page
            .locator('.activitybar .action-item', { has: page.locator('a[aria-label^="AuthLens"]') })
            .locator('.badge-content')
            .first();
          await badge.waitFor({ timeout: 10_000 });
          assert.match(await badge.innerText(), /\d/);

          // The tooltip says what it is and where it came from.
          await errorRow.hover();
          const tooltip = page.locator('.monaco-hover:not(.hidden), .workbench-hover', { hasText: 'Click to explain.' }).first();
          await tooltip.waitFor({ timeout: 15_000 });
          assert.match(await tooltip.innerText(), /AADSTS700082[\s\S]*Click to explain\./);
          await ui.screenshot('03-error-tooltip');

          // Pause: the title button changes to Resume.
          await captured.locator('.pane-header').hover();
          await ui.runCommand('AuthLens: Pause Capture');
          await captured.locator('.pane-header').hover();
          await captured.locator('.actions .action-item a[aria-label*="Resume Capture"]').first().waitFor({ timeout: 10_000 });
          await ui.screenshot('04-paused');
          await ui.runCommand('AuthLens: Resume Capture');

          // Clicking the error opens its explanation; clicking the token opens the decoded view.
          await errorRow.click();
          await page.locator('.tab[aria-label^="Explain: AADSTS700082"]').first().waitFor({ timeout: 30_000 });
          await ui.visibleWebview().locator('h1', { hasText: 'AADSTS700082' }).first().waitFor({ timeout: 30_000 });
          await ui.screenshot('05-error-opened');
          await tokenRow.click();
          await page.locator('.tab', { hasText: /Token/ }).first().waitFor({ timeout: 20_000 });
          await ui
            .visibleWebview()
            .locator('h1', { hasText: /access token/ })
            .first()
            .waitFor({ timeout: 30_000 });
          await ui.screenshot('06-token-opened');

          // Clear empties the view again.
          await ui.runCommand('AuthLens: Clear Captured Items');
          await page.getByText('No tokens captured yet.').first().waitFor({ timeout: 10_000 });
          await ui.screenshot('07-cleared');

          // Output denser than a scan's budget: the view says that some of it was not looked at.
          // (The command opens a picker of its own: the palette is not waited on to close.)
          await page.keyboard.press('Escape');
          await page.keyboard.press('F1');
          await page.locator('.quick-input-widget input').fill('>Debug: Select and Start Debugging');
          await page
            .locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Debug: Select and Start Debugging' })
            .first()
            .waitFor({ state: 'visible', timeout: 15_000 });
          await page.keyboard.press('Enter');
          const dense = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Dense output' }).first();
          await dense.waitFor({ state: 'visible', timeout: 30_000 });
          await dense.click();
          const note = captured
            .getByText(
              new RegExp(
                `Some output was too dense to scan whole \\((once|\\d+ times): after ${DEFAULT_MAX_HITS.toLocaleString('en-US')} possible tokens or codes`,
              ),
            )
            .first();
          await note.waitFor({ timeout: 60_000 });
          await page.locator('.debug-toolbar').waitFor({ state: 'hidden', timeout: 30_000 });
          await ui.screenshot('08-too-dense-note');
          // Clear takes the note away with the items it was about.
          await ui.runCommand('AuthLens: Clear Captured Items');
          await note.waitFor({ state: 'hidden', timeout: 10_000 });
        },
        { workspace, settings: { 'authlens.capture.notifyOnError': true } },
      );
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  },
);
