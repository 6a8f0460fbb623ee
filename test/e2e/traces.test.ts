import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withVsCode } from '../harness/ui';

test(
  'HAR trace view: opening sign-in.har shows the checks (failed first) and the legs; a leg opens to its tokens and errors; SAML hover',
  { timeout: 300_000 },
  async () => {
    await withVsCode('traces', async (ui) => {
      const { page } = ui;
      // withVsCode starts once AuthLens is active, so its editor is registered (a file opened earlier would get the text editor).
      // A .har opens in the trace view (a custom editor, not a text editor), so open it from the Explorer here.
      await page.keyboard.press('Escape');
      const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'sign-in.har' }).first();
      await row.waitFor({ state: 'visible', timeout: 90_000 });
      await row.dblclick();
      await page.locator('.tab[aria-label^="sign-in.har"]').first().waitFor({ timeout: 90_000 });
      const view = ui.webview(0);
      await view.locator('table.checks').waitFor({ timeout: 60_000 });
      const verdicts = await view.locator('table.checks td.verdict').allInnerTexts();
      assert.ok(verdicts.length >= 10, verdicts.join(','));
      const firstPass = verdicts.findIndex((v) => v.includes('ok'));
      assert.ok(
        firstPass > 0 &&
          verdicts.slice(0, firstPass).every((v) => v.includes('failed')) &&
          verdicts.slice(firstPass).every((v) => v.includes('ok')),
        `failed first: ${verdicts.join(',')}`,
      );
      const checks = await view.locator('table.checks').innerText();
      assert.match(checks, /form_post_cookies[\s\S]*app_state/);
      assert.match(checks, /saml_expired/);
      const timeline = await view.locator('.timeline').innerText();
      for (const role of ['discovery', 'authorize', 'login', 'callback', 'token', 'api', 'saml']) assert.match(timeline, new RegExp(role));
      assert.match(timeline, /POST\s+200\s+app\.example\.test\/callback/);
      await ui.screenshot('01-har-trace-checks-and-timeline');

      // The token leg opens to its decoded tokens; the refresh leg to its explained errors (AADSTS from a base64 body).
      await view.locator('#entry-7 > summary').click();
      const tokenLeg = await view.locator('#entry-7 .leg-body').innerText();
      assert.match(tokenLeg, /response\.body:id_token/);
      assert.match(tokenLeg, /nonce\s+nonce-7f3a/);
      assert.doesNotMatch(tokenLeg, /demo-refresh-0123456789/, 'the refresh token is masked');
      await view.locator('#entry-10 > summary').click();
      const errorLeg = await view.locator('#entry-10 .leg-body').innerText();
      assert.match(errorLeg, /AADSTS700082/);
      assert.match(errorLeg, /inactivity/);
      await view.locator('#entry-10 .raw > summary').click();
      assert.doesNotMatch(await view.locator('#entry-10 .raw').innerText(), /demo-refresh-0123456789/);
      await view.locator('#entry-10').scrollIntoViewIfNeeded();
      await ui.screenshot('02-har-trace-legs-open');

      // Secrets only when asked: the view's link re-renders the raw exchanges unmasked.
      await view.locator('a', { hasText: 'Show secrets in raw requests' }).click();
      await view.locator('#entry-10 .raw > summary', { hasText: 'secrets shown' }).waitFor({ state: 'attached', timeout: 30_000 });
      await view.locator('#entry-10 > summary').click();
      await view.locator('#entry-10 .raw > summary').click();
      assert.match(await view.locator('#entry-10 .raw').innerText(), /demo-refresh-0123456789/);

      // SAML hover in a plain text file.
      await ui.openFile('saml.txt');
      const hover = await ui.hover('PD94bWwgdmVyc2lvbj0i', /SAML Response/);
      assert.match(hover, /AuthLens · SAML Response/);
      assert.match(hover, /https:\/\/idp\.example\.test\/saml/);
      assert.match(hover, /expired/);
      assert.match(hover, /no signature at all/);
      await ui.screenshot('03-saml-hover');
      await ui.dismissHover();

      // Decode Token with the cursor on the SAML value opens the decoded SAML view.
      await ui.click('PD94bWwgdmVyc2lvbj0i');
      await ui.runCommand('AuthLens: Decode Token');
      await page.locator('.tab[aria-label^="SAML Response"]').first().waitFor({ timeout: 60_000 });
      const samlBody = ui.visibleWebview().locator('body', { hasText: 'SAML Response' });
      await samlBody.waitFor({ timeout: 60_000 });
      const samlView = await samlBody.innerText();
      assert.match(samlView, /SAML Response/);
      assert.match(samlView, /Findings[\s\S]*expired/);
      assert.match(samlView, /alice@example\.test/);
      await ui.screenshot('04-decode-token-saml');
    });
  },
);
