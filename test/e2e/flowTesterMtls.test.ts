import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SELF_SIGNED_MTLS_CLIENT_ID, startIdp } from '../harness/idp';
import { withVsCode } from '../harness/ui';
import { makeTestCertificates } from '../harness/testCerts';

/**
 * The Flow Tester's mTLS client authentication (RFC 8705) in a real VS Code: a saved profile with a
 * certificate and key file, the file fields shown for that method only, client credentials against the
 * provider over https, the presented certificate on the raw exchange and the bound token in the list.
 * The extension host trusts the provider's test CA through NODE_EXTRA_CA_CERTS, as a user would for a private CA.
 * Screenshots land in test-output/flowTester-mtls/.
 */
const SUITE = 'flowTester-mtls';
const PROFILE = 'Local IdP (mTLS, self-signed)';

test(
  'Flow Tester with an mTLS certificate: file fields, the certificate on the exchange, a certificate-bound token',
  { timeout: 300_000 },
  async () => {
    const certs = makeTestCertificates();
    const idp = await startIdp({
      mtls: {
        server: certs.server,
        ca: certs.ca.cert,
        selfSignedCert: certs.selfSigned.cert,
        clientSubjectDn: `CN=${certs.clientSubjectCn}`,
      },
    });
    // code-server and its extension host inherit the environment; Node reads this variable when each starts.
    const previous = process.env.NODE_EXTRA_CA_CERTS;
    process.env.NODE_EXTRA_CA_CERTS = certs.ca.certPath;
    try {
      await withVsCode(
        SUITE,
        async (ui) => {
          await ui.openAuthLens();
          const view = ui.webview();
          await view.locator('#profile-select option', { hasText: PROFILE }).waitFor({ state: 'attached', timeout: 30_000 });
          await view.locator('#profile-select').selectOption({ label: PROFILE });
          await view.locator('#field-certFile').waitFor({ state: 'visible', timeout: 20_000 });
          assert.equal(await view.locator('#field-certFile').inputValue(), certs.selfSigned.certPath);
          assert.equal(await view.locator('#field-keyFile').inputValue(), certs.selfSigned.keyPath);
          assert.equal(await view.locator('#secret-label').innerText(), 'Certificate key (PEM, optional)');
          await view.locator('#field-keyFile').scrollIntoViewIfNeeded();
          await ui.screenshot('01-mtls-profile');
          // Another method hides the certificate fields.
          await view.locator('#field-authMethod').selectOption('client_secret_basic');
          await view.locator('#mtls-files').waitFor({ state: 'hidden', timeout: 10_000 });
          await view.locator('#field-authMethod').selectOption('self_signed_tls_client_auth');
          await view.locator('#mtls-files').waitFor({ state: 'visible', timeout: 10_000 });

          await view.locator('#start').click();
          const finished = view.locator('li.step.state-failed, li.step[data-kind="client-credentials"].state-done, #notice.notice-error');
          await finished.first().waitFor({ timeout: 30_000 });
          if (!(await view.locator('li.step[data-kind="client-credentials"].state-done').isVisible())) {
            await ui.screenshot('02-failed');
            assert.fail(
              `the flow did not finish: ${await view.locator('#status').innerText()} ${await view.locator('#notice').innerText()} ${await view.locator('#flow').innerText()}`,
            );
          }
          const step = view.locator('li.step[data-kind="client-credentials"]');
          const header = step.locator('.step-header');
          if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
          await step.locator('.step-header[aria-expanded="true"]').waitFor({ timeout: 10_000 });
          await step.locator('details.exchange > summary').first().click();
          await step.locator('.client-cert').first().waitFor({ timeout: 10_000 });
          assert.match(
            await step.locator('.client-cert').first().innerText(),
            /TLS client certificate presented: CN=authlens-self-signed · x5t#S256 [\w-]{43}/,
          );
          const tokens = await view.locator('#tokens').innerText();
          assert.match(tokens, /Certificate-bound to this session's client certificate/);
          assert.match(tokens, /bound to a client certificate: cnf\.x5t#S256/);
          assert.doesNotMatch(await view.locator('body').innerText(), /PRIVATE KEY/);
          await step.locator('.client-cert').first().scrollIntoViewIfNeeded();
          await ui.screenshot('02-mtls-exchange-and-token');
        },
        {
          settings: {
            // VS Code's own fetch support (proxy, system certificates) would replace Node's CA list, extra CAs included.
            'http.fetchAdditionalSupport': false,
            'authlens.flow.profiles': [
              {
                name: PROFILE,
                issuer: idp.issuer,
                clientId: SELF_SIGNED_MTLS_CLIENT_ID,
                grant: 'client_credentials',
                authMethod: 'self_signed_tls_client_auth',
                scopes: 'api:read',
                certFile: certs.selfSigned.certPath,
                keyFile: certs.selfSigned.keyPath,
              },
            ],
          },
        },
      );
    } finally {
      if (previous === undefined) delete process.env.NODE_EXTRA_CA_CERTS;
      else process.env.NODE_EXTRA_CA_CERTS = previous;
      await idp.close();
      certs.cleanup();
    }
  },
);
