// The mTLS fetch and the certificate parsers offline: the one fetch policy still applies through the
// certificate's fetch (body cap, no redirect of a request with a body, timeout), the PEM parsers never
// throw anything but a clear error, and the report and curl say a certificate was presented, never the key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import {
  clientCredentials,
  certificateDer,
  defaultDeps,
  flowReportMarkdown,
  toCurl,
  FlowError,
  type ClientCertificate,
  type FlowContext,
} from '../../../src/core/flow';
import { splitPem, tlsFetch } from '../../../src/node/mtlsFetch';

async function serve(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const fakeCertificate = (): ClientCertificate => ({
  subject: 'CN=offline',
  issuer: 'CN=offline',
  selfSigned: true,
  thumbprint: 'x'.repeat(43),
  fetch: tlsFetch({}),
});

function ctxFor(url: string, requestTimeoutMs = 30_000): FlowContext {
  return {
    server: { source: 'manual', metadata: { issuer: url, token_endpoint: `${url}/token` } },
    client: { clientId: 'c', authMethod: 'self_signed_tls_client_auth', certificate: fakeCertificate() },
    deps: defaultDeps({ requestTimeoutMs }),
  };
}

test("through the certificate's fetch, a 2 MB answer is cut at the 1 MB cap", async () => {
  const { server, url } = await serve((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(`{"access_token":"${'a'.repeat(2 * 1024 * 1024)}","token_type":"Bearer"}`);
  });
  try {
    const step = await clientCredentials(ctxFor(url));
    assert.equal(step.status, 'failed');
    assert.match(step.error?.message ?? '', /more than 1 MB/);
  } finally {
    server.close();
  }
});

test("through the certificate's fetch, a redirect of the token request is refused, and a stalled provider times out", async () => {
  const { server, url } = await serve((req, res) => {
    if (req.url === '/token') {
      res.writeHead(307, { location: 'http://127.0.0.1:1/elsewhere' });
      res.end();
    }
    // /slow/token never answers
  });
  try {
    const redirected = await clientCredentials(ctxFor(url));
    assert.match(redirected.error?.message ?? '', /never sent on/);
    const base = ctxFor(url, 300);
    const slow: FlowContext = {
      ...base,
      server: { ...base.server, metadata: { ...base.server.metadata, token_endpoint: `${url}/slow/token` } },
    };
    const started = performance.now();
    const timedOut = await clientCredentials(slow);
    assert.equal(timedOut.error?.code, 'TIMEOUT', JSON.stringify(timedOut.error));
    assert.ok(performance.now() - started < 5000);
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

test('a plain-http exchange says no certificate was presented (there is no TLS handshake); the report and curl name a presented one', async () => {
  const { server, url } = await serve((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"access_token":"opaque","token_type":"Bearer","expires_in":60}');
  });
  try {
    const step = await clientCredentials(ctxFor(url));
    assert.equal(step.status, 'passed', JSON.stringify(step.error));
    assert.equal(step.exchanges[0]?.clientCertificate, undefined);
    const shown = {
      ...step,
      exchanges: step.exchanges.map((e) => ({ ...e, clientCertificate: { subject: 'CN=offline', thumbprint: 'x'.repeat(43) } })),
    };
    const report = flowReportMarkdown([shown], { issuer: url, clientId: 'c', grant: 'client_credentials', generatedAt: 0 });
    assert.match(report, /TLS client certificate presented: CN=offline, x5t#S256 `x{43}`/);
    assert.match(toCurl(shown.exchanges[0]!), /--cert 'CLIENT_CERT\.pem' --key 'CLIENT_KEY\.pem'/);
  } finally {
    server.close();
  }
});

test('the PEM parsers: any text gives a result or a clear BAD_INPUT error, never a crash', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string({ maxLength: 300 }),
        fc.string({ maxLength: 200 }).map((body) => `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----`),
      ),
      (text) => {
        const parts = splitPem(text);
        assert.ok(parts.cert === undefined || parts.cert.includes('BEGIN CERTIFICATE'));
        try {
          certificateDer(text);
        } catch (error) {
          assert.ok(error instanceof FlowError && error.code === 'BAD_INPUT', String(error));
        }
      },
    ),
    { numRuns: 300 },
  );
  assert.throws(() => certificateDer('x'.repeat(70 * 1024)), /larger than 64 KiB/);
});
