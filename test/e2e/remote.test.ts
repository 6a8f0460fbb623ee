import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startIdp, PUBLIC_CLIENT_ID } from '../harness/idp';
import { withVsCode } from '../harness/ui';

// code-server with its port proxy is a remote window: the browser reaches the extension host's loopback
// listener only through `/proxy/<port>/`. The Flow Tester must send that address and say to register it.
test(
  'in a remote window the Flow Tester sends the forwarded redirect URI and says which one to register',
  { timeout: 300_000 },
  async () => {
    const idp = await startIdp();
    try {
      await withVsCode(
        'remote',
        async (ui) => {
          await ui.openAuthLens();
          const view = ui.webview();
          const picker = view.locator('#profile-select');
          await view.locator('#profile-select option', { hasText: 'Remote (test)' }).waitFor({ state: 'attached', timeout: 60_000 });
          await picker.selectOption({ label: 'Remote (test)' });
          await view.locator('#start').click();
          await view.locator('#open-browser').waitFor({ timeout: 30_000 });
          const note = view.locator('.draft .redirect.remote');
          await note.waitFor({ timeout: 10_000 });
          const text = await note.innerText();
          assert.match(text, /Redirect URI to register with the provider: http:\/\/127\.0\.0\.1:\d+\/proxy\/\d+\/callback/);
          assert.match(text, /remote host/);
          assert.match(text, /http:\/\/127\.0\.0\.1:\d+\/callback/);
          const sent = await view
            .locator('.draft input.param-value')
            .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
          assert.ok(
            sent.some((value) => /\/proxy\/\d+\/callback$/.test(value)),
            `redirect_uri sent: ${sent.join(' | ')}`,
          );
          await note.evaluate((element) => element.scrollIntoView({ block: 'start' }));
          await ui.screenshot('01-remote-redirect');
        },
        {
          portProxy: true,
          settings: {
            'authlens.flow.profiles': [{ name: 'Remote (test)', issuer: idp.issuer, clientId: PUBLIC_CLIENT_ID, scopes: 'openid' }],
          },
        },
      );
    } finally {
      await idp.close();
    }
  },
);
