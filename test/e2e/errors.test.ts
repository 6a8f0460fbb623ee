import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { withVsCode, type Ui } from '../harness/ui';
import { waitFor } from '../harness/waitFor';

/** Moves the mouse into the visible hover and scrolls it to its end, to see the references and links. */
async function scrollHoverToEnd(page: Page): Promise<void> {
  const box = await page.locator('.monaco-hover:not(.hidden)').first().boundingBox();
  if (!box) return;
  await page.mouse.move(box.x + box.width / 2, box.y + 12);
  // Wheel until the hover's scrollbar slider touches the bottom (no slider: nothing to scroll).
  const atEnd = () =>
    page.evaluate(() => {
      const bar = document.querySelector('.monaco-hover:not(.hidden) .scrollbar.vertical');
      const slider = bar?.querySelector('.slider');
      if (!bar || !slider) return true;
      return slider.getBoundingClientRect().bottom >= bar.getBoundingClientRect().bottom - 1;
    });
  await waitFor(async () => (await atEnd()) || void (await page.mouse.wheel(0, 400)), {
    timeout: 15_000,
    interval: 50,
    what: 'the hover scrolled to its end',
  });
}

/** Where an element of the visible hover holding `text` starts, and whether it starts inside the hover's unscrolled box. */
async function hoverPlace(page: Page, selector: string, text: string): Promise<{ top: number; onFirstScreen: boolean }> {
  const hover = page.locator('.monaco-hover:not(.hidden)').first();
  const box = await hover.boundingBox();
  const item = await hover.locator(selector, { hasText: text }).first().boundingBox();
  assert.ok(box && item, `${text} in the hover`);
  // The first line of it must show: a line is about 19 px.
  return { top: item.y, onFirstScreen: item.y >= box.y && item.y + Math.min(item.height, 19) <= box.y + box.height };
}

/** The "error catalog loaded in … ms" line of the AuthLens log, once it is there. */
async function catalogLoadLine(ui: Ui): Promise<string> {
  await ui.runCommand('AuthLens: Show Log');
  const line = ui.page.locator('.view-line', { hasText: 'error catalog loaded in' }).first();
  await line.waitFor({ timeout: 60_000 });
  return (await line.innerText()).normalize('NFKC');
}

test('error hover in app.log and token-error.json, and Explain Auth Error from the palette', { timeout: 300_000 }, async () => {
  await withVsCode('errors', async (ui) => {
    const { page } = ui;

    // An AADSTS code in a log line: the explanation and the exception's parts.
    await ui.openFile('app.log');
    const logHover = await ui.hover('AADSTS700082', /ExpiredOrRevokedGrantInactiveToken/);
    assert.match(logHover, /AADSTS700082 · Microsoft Entra ID · ExpiredOrRevokedGrantInactiveToken/);
    assert.match(logHover, /refresh token has expired/);
    assert.match(logHover, /Likely causes/);
    assert.match(logHover, /Fixes/);
    assert.match(logHover, /Trace ID: 7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d/);
    assert.match(logHover, /Correlation ID: 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d/);
    const links = await ui.hoverLinks();
    assert.ok(
      links.some((href) => href.startsWith('https://login.microsoftonline.com/error?code=700082')),
      links.join('\n'),
    );
    assert.ok(
      links.some((href) => href.startsWith('command:authlens.copyValue?')),
      'a copy action',
    );
    for (const href of links) assert.match(href, /^(https:\/\/|command:authlens\.(copyValue|explainError)\?)/, href);
    // The first screen of the hover at its default size: the summary, the top cause and the top fix; the ids below them.
    const summary = await hoverPlace(page, 'p', 'The refresh token has expired because');
    const cause = await hoverPlace(page, 'li', 'A tool or app stored a refresh token');
    const fix = await hoverPlace(page, 'li', 'Sign in again interactively');
    const ids = await hoverPlace(page, 'li', 'Trace ID');
    assert.ok(summary.onFirstScreen && cause.onFirstScreen && fix.onFirstScreen, JSON.stringify({ summary, cause, fix }));
    assert.ok(summary.top < cause.top && cause.top < fix.top && fix.top < ids.top, JSON.stringify({ summary, cause, fix, ids }));
    await ui.screenshot('01-hover-aadsts-in-log');
    await scrollHoverToEnd(page);
    await ui.screenshot('01b-hover-aadsts-scrolled');
    await ui.dismissHover();

    const loaded = await catalogLoadLine(ui);
    console.log(`catalog first load in the extension host (AuthLens log): ${loaded.slice(loaded.indexOf('error catalog'))}`);
    assert.match(loaded, /error catalog loaded in \d+(\.\d)? ms \(\d+ entries\)/);

    // invalid_grant in a pretty-printed body: the whole body's ids and its timestamp in local time.
    await ui.openFile('token-error.json');
    const bodyHover = await ui.hover('invalid_grant', /Correlation ID/);
    // The body shows Entra (error_codes, AADSTS70008): Entra's meaning, the expiry causes first.
    assert.match(bodyHover, /invalid_grant · Microsoft Entra ID/);
    assert.match(bodyHover, /Likely causes \(2 of 9\)\s+The refresh token expired/);
    assert.ok((await hoverPlace(page, 'li', 'The refresh token expired')).onFirstScreen, 'the cause that applies on the first screen');
    assert.match(bodyHover, /In this JSON error body/);
    assert.match(bodyHover, /Trace ID: 2c8a1f3e-7b6d-4e5a-9c0b-1d2e3f4a5b6c/);
    assert.match(bodyHover, /Correlation ID: 8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968/);
    assert.match(bodyHover, /Timestamp \(local\): 27 Nov 2026, \d\d:35:18 .* · UTC 2026-11-27T10:35:18Z/);
    await ui.screenshot('02-hover-invalid-grant-in-body');
    await scrollHoverToEnd(page);
    await ui.screenshot('02b-hover-invalid-grant-scrolled');
    await ui.dismissHover();

    // The Explain command from the palette, with the cursor on a log line.
    await ui.openFile('app.log');
    // Long lines run past the editor's edge: click a word that is on screen; the command reads the whole line.
    await ui.click('acquireTokenSilent');
    await ui.runCommand('AuthLens: Explain Auth Error');
    await page.locator('.tab[aria-label^="Explain: AADSTS50058"]').first().waitFor({ timeout: 60_000 });
    const view = ui.webview();
    await view.locator('main.explain h1').waitFor({ timeout: 60_000 });
    const content = await view.locator('body').innerText();
    assert.match(content, /AADSTS50058/);
    assert.match(content, /Exception\s+InteractionRequiredAuthError/);
    assert.match(content, /Trace ID\s+0b5bd2a1-8f3c-4c2e-9e7a-1c2d3e4f5a6b/);
    assert.match(content, /Timestamp \(local\)\s+27 Nov 2026/);
    assert.match(content, /UTC 2026-11-27T10:35:16Z/);
    assert.match(content, /Likely causes/);
    assert.match(content, /interaction_required/);
    assert.equal((await view.locator('a.copy').count()) >= 2, true, 'copy actions for the ids');
    await ui.screenshot('03-explain-view');
    await view.locator('h2', { hasText: 'interaction_required' }).first().scrollIntoViewIfNeeded();
    await ui.screenshot('03b-explain-view-second-code');

    // Nothing to explain: a message, no crash.
    await page.locator('.tab[aria-label^="app.log"]').first().click();
    await ui.click('version');
    await ui.runCommand('AuthLens: Explain Auth Error');
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'No auth error code found in line' }).first();
    await toast.waitFor({ timeout: 60_000 });
    await ui.screenshot('04-nothing-found');
  });
});
