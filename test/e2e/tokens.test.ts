import { test } from 'node:test';
import { generateKeyPairSync } from 'node:crypto';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { withVsCode, domCondition, waitForInputValue } from '../harness/ui';

// Needles must sit inside one rendered span: Monaco renders spaces as no-break spaces and cuts long
// tokens into chunks of about 50 characters. The first line holding 'IkwxS2Z' (the Entra kid) in
// requests.http is the Entra v2 token; hostile.json holds one token.
const ENTRA_TOKEN_START = 'IkwxS2Z';
const HOSTILE_TOKEN_START = 'eyJhbGciOiJSUzI1NiIs';

/** The `after` texts of inline decorations in the active editor (CSS ::after content), once one matches. */
async function waitForDecorations(page: Page, expect: RegExp): Promise<string[]> {
  return domCondition(
    page,
    ([source, flags]) => {
      const texts = Array.from(document.querySelectorAll('.editor-group-container.active .view-lines span'))
        .map((span) => getComputedStyle(span, '::after').content)
        .filter((content) => content && content !== 'none' && content !== 'normal')
        .map((content) => content.replace(/^"|"$/g, '').replace(/\\"/g, '"'));
      return texts.some((text) => new RegExp(source, flags).test(text)) ? texts : undefined;
    },
    [expect.source, expect.flags] as const,
    { timeout: 30_000, what: `a token decoration matching ${expect}` },
  );
}

test('token hover in .json and .http files, and the hostile token stays inert', { timeout: 300_000 }, async () => {
  await withVsCode('tokens-hover', async (ui) => {
    const { page } = ui;

    await ui.openFile('token-response.json');
    const jsonHover = await ui.hover('eyJhbGciOiJFUzI1NiIs', /access token/);
    assert.match(jsonHover, /OpenID provider \(127\.0\.0\.1:4400\) access token · ES256 · valid for/);
    assert.match(jsonHover, /Issuer/);
    assert.match(jsonHover, /Expiration time/);
    assert.match(jsonHover, /Open decoded view/);
    // Hovers use codicons, not the literal "$(…)" text.
    assert.ok(!jsonHover.includes('$('), jsonHover.slice(0, 300));
    await ui.screenshot('01-hover-json');
    await ui.dismissHover();

    await ui.openFile('requests.http');
    const httpHover = await ui.hover(ENTRA_TOKEN_START, /Entra/);
    assert.match(httpHover, /Microsoft Entra ID \(v2\.0 issuer\) access token · RS256 · expired/);
    assert.match(httpHover, /Tenant ID/);
    assert.match(httpHover, /Scopes/);
    // At a glance: the findings and the actions come before the claims.
    const at = (pattern: RegExp) => httpHover.search(pattern);
    assert.ok(
      at(/Findings/) !== -1 && at(/Findings/) < at(/Open decoded view/) && at(/Open decoded view/) < at(/Expiration time/),
      httpHover.slice(0, 600),
    );
    const links = await ui.hoverLinks();
    assert.ok(
      links.some((link) => link.includes('command:authlens.decodeToken')),
      links.join('\n'),
    );
    await ui.screenshot('02-hover-http');
    await ui.dismissHover();

    await ui.openFile('hostile.json');
    const hostile = await ui.hover(HOSTILE_TOKEN_START, /attacker/);
    // The injected markdown and HTML show as text…
    assert.ok(hostile.includes('[Click me](command:workbench.action.terminal.new)'), hostile);
    assert.ok(hostile.includes('<img src=x onerror=alert(1)>'), hostile);
    assert.ok(hostile.includes('<script>alert(document.cookie)</script>'), hostile);
    // …and nothing in the hover DOM is live: no foreign command or web link, no image, no heading.
    for (const link of await ui.hoverLinks()) assert.match(link, /^command:authlens\.(decodeToken|verifySignature|copyPayload)\?/, link);
    assert.equal(await page.locator('.monaco-hover:not(.hidden) img').count(), 0);
    assert.equal(await page.locator('.monaco-hover:not(.hidden) h1').count(), 0);
    assert.equal(await page.locator('.monaco-hover:not(.hidden) script').count(), 0);
    await ui.screenshot('03-hover-hostile');
  });
});

test('Decode Token from the palette with the cursor on a token opens the decoded view', { timeout: 300_000 }, async () => {
  await withVsCode(
    'tokens-decode',
    async (ui) => {
      const { page } = ui;
      await ui.openFile('requests.http');
      // With decorations on, each token is followed by its status.
      const decorations = await waitForDecorations(page, /access token · expired/);
      assert.ok(
        decorations.some((text) => text.startsWith('Microsoft Entra ID (v2.0 issuer) access token · expired')),
        decorations.join('\n'),
      );
      assert.ok(
        decorations.some((text) => text.startsWith('Keycloak access token · expired')),
        decorations.join('\n'),
      );
      await ui.click(ENTRA_TOKEN_START);
      await ui.runCommand('AuthLens: Decode Token');

      await page.locator('.tab[aria-label^="Token: Microsoft Entra ID"]').first().waitFor({ timeout: 20_000 });
      const view = ui.webview();
      await view.locator('h1').first().waitFor({ timeout: 20_000 });
      const text = await view.locator('body').innerText();
      assert.match(text, /Microsoft Entra ID \(v2\.0 issuer\) access token/);
      assert.match(text, /RS256 · expired/);
      assert.match(text, /Expiration time/);
      assert.match(text, /Tenant ID/);
      assert.match(text, /Not checked yet/);
      // Header and payload side by side as JSON, with meanings beside the members.
      const columns = view.locator('.side-by-side .json-column');
      assert.equal(await columns.count(), 2);
      const [headerBox, payloadBox] = await Promise.all([columns.nth(0).boundingBox(), columns.nth(1).boundingBox()]);
      assert.ok(headerBox && payloadBox);
      // Side by side when the view is wide enough (760 px and up), one above the other in a narrow split.
      const width = await view.locator('body').evaluate((body) => body.clientWidth);
      if (width >= 780) assert.ok(payloadBox.x >= headerBox.x + headerBox.width - 1, `side by side at ${width} px`);
      else assert.ok(payloadBox.y >= headerBox.y + headerBox.height - 1, `stacked at ${width} px`);
      assert.match(await columns.nth(1).innerText(), /"exp": \d+[\s\S]*Expiration time/);
      assert.equal(await view.locator('a', { hasText: 'Verify signature' }).count(), 1);
      await ui.screenshot('04-decoded-view');

      // Verify from the view: the quick pick says which choice uses the network; a pasted key that
      // did not sign the token gives "Invalid signature", shown in the view itself.
      await view.locator('a', { hasText: 'Verify signature' }).click();
      const picker = page.locator('.quick-input-widget');
      await picker.locator('.monaco-list-row', { hasText: 'Discover the issuer' }).first().waitFor({ timeout: 20_000 });
      assert.match(await picker.innerText(), /network/);
      await picker.locator('.monaco-list-row', { hasText: 'Paste a public key' }).first().click();
      const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      // The picker gives way to the key's input box (same widget, its own title).
      await picker.getByText('AuthLens: public key').first().waitFor({ timeout: 20_000 });
      const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString().replace(/\n/g, ' ');
      const input = picker.locator('input');
      await input.fill(pem);
      await waitForInputValue(input, pem);
      await page.keyboard.press('Enter');
      await view.locator('.signature', { hasText: 'Invalid signature.' }).first().waitFor({ timeout: 30_000 });
      await ui.screenshot('05-verified-invalid');

      // The hostile token's decoded view shows its HTML as text, and nothing in it runs or links away.
      // requests.http holds tokens with the same first characters, so start from a clean editor area.
      await ui.runCommand('View: Close All Editors');
      await page.locator('.tab').first().waitFor({ state: 'detached', timeout: 20_000 });
      await ui.openFile('hostile.json');
      await ui.click(HOSTILE_TOKEN_START);
      await ui.runCommand('AuthLens: Decode Token');
      await page.locator('.tab[aria-label^="Token: OpenID provider (evil.example)"]').first().waitFor({ timeout: 20_000 });
      const hostile = ui.webview();
      await hostile.locator('h1', { hasText: 'evil.example' }).first().waitFor({ timeout: 20_000 });
      const hostileText = await hostile.locator('body').innerText();
      assert.ok(hostileText.includes('<script>alert(document.cookie)</script>'), hostileText.slice(0, 500));
      assert.ok(hostileText.includes('<img src=x onerror=alert(1)>'));
      assert.equal(await hostile.locator('img, script, iframe').count(), 0);
      const hrefs = await hostile.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      for (const href of hrefs) assert.match(href, /^(command:authlens\.|https:\/\/(?!evil))/, href);
      await ui.screenshot('06-decoded-hostile');
    },
    { settings: { 'authlens.decorations.enabled': true } },
  );
});
