// The core session's mTLS inputs without a provider: the certificate comes through FlowPlatform (a profile's
// files) or from the face (a loaded certificate), never from Node in the core.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FlowSession, type FlowPlatform } from '../../../../src/core/flow/flowSession';
import type { FlowSessionState } from '../../../../src/core/flow/sessionState';
import type { FlowConfig } from '../../../../src/core/flow/profiles';
import type { ClientCertificate } from '../../../../src/core/flow/mtls';

const ISSUER = 'https://idp.example.com';

function platform(overrides: Partial<FlowPlatform> = {}) {
  const notices: string[] = [];
  const requested: string[] = [];
  const certificates: ClientCertificate[] = [];
  const value: FlowPlatform = {
    startListener: async () => {
      throw new Error('no listener in this test');
    },
    openExternal: async () => true,
    copyText: async () => undefined,
    askRevealSecrets: async () => undefined,
    decodeToken: async () => undefined,
    notify: (_level, text) => void notices.push(text),
    log: () => undefined,
    callbackTimeoutMs: () => 1000,
    onClientCertificate: (cert) => void certificates.push(cert),
    deps: {
      fetch: (async (input: string | URL | Request) => {
        const url = String(input instanceof Request ? input.url : input);
        requested.push(url);
        if (url.endsWith('/.well-known/openid-configuration')) {
          return new Response(
            JSON.stringify({ issuer: ISSUER, token_endpoint: `${ISSUER}/token`, authorization_endpoint: `${ISSUER}/authorize` }),
            { status: 200, headers: { 'content-type': 'application/json' } },
          );
        }
        return new Response('{"error":"invalid_client"}', { status: 401, headers: { 'content-type': 'application/json' } });
      }) as typeof fetch,
    },
    ...overrides,
  };
  return { value, notices, requested, certificates };
}

const config: FlowConfig = {
  grant: 'client_credentials',
  issuer: ISSUER,
  clientId: 'c',
  authMethod: 'tls_client_auth',
  scope: 'api',
  redirectPort: 0,
  redirectHost: '127.0.0.1',
  extraParams: {},
  certFile: '/certs/client.pem',
  keyFile: '/certs/client.key',
};

test('a profile certificate on a platform that cannot read files: the discovery step fails with the reason, no token request', async () => {
  const p = platform();
  const states: FlowSessionState[] = [];
  await new FlowSession(p.value, (state) => states.push(state)).start(config);
  assert.equal(states.at(-1)?.phase, 'failed');
  assert.match(p.notices.join(' '), /The client certificate could not be used: Client certificates \(mTLS\) cannot be read here/);
  assert.ok(!p.requested.some((url) => url.endsWith('/token')), p.requested.join(' '));
});

test("the platform reads the profile's files (key file, or the pasted key first) and loads the certificate; it is noted and reported", async () => {
  const reads: unknown[] = [];
  const cert: ClientCertificate = {
    subject: 'CN=client',
    issuer: 'CN=ca',
    selfSigned: false,
    thumbprint: 'T'.repeat(43),
    notAfter: '2030-01-01T00:00:00.000Z',
    fetch: (async () =>
      new Response('{"error":"invalid_client"}', {
        status: 401,
        headers: { 'content-type': 'application/json' },
      })) as ClientCertificate['fetch'],
  };
  const p = platform({
    readClientCertificate: (certFile, key) => {
      reads.push([certFile, key]);
      return { cert: 'C', key: 'K' };
    },
    loadClientCertificate: async (pem) => {
      reads.push(pem);
      return cert;
    },
  });
  const states: FlowSessionState[] = [];
  await new FlowSession(p.value, (state) => states.push(state)).start(config, 'PASTED KEY');
  assert.deepEqual(reads, [['/certs/client.pem', { text: 'PASTED KEY' }], { cert: 'C', key: 'K' }]);
  assert.deepEqual(p.certificates, [cert]);
  assert.match(states.at(-1)!.steps[0]!.notes.join(' '), /Client certificate for mutual TLS \(RFC 8705\): CN=client/);
  reads.length = 0;
  await new FlowSession(p.value, () => undefined).start(config);
  assert.deepEqual(reads[0], ['/certs/client.pem', { path: '/certs/client.key' }]);
});
