// The Flow Tester's "mTLS (certificate)" client authentication (RFC 8705): the profile form, the messages from
// the page, and the session against the demo provider over https, with certificates made for the run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MTLS_ALIAS_PREFIX, MTLS_CLIENT_ID, SELF_SIGNED_MTLS_CLIENT_ID, startIdp, type Idp } from '../../../harness/idp';
import { ScriptedBrowser } from '../../../harness/idpBrowser';
import { fetchTrusting, makeTestCertificates, type TestCertificates } from '../../../harness/testCerts';
import { FlowSession, type FlowPlatform } from '../../../../src/core/flow/flowSession';
import { emptyForm, formToSaved, parseForm, readSavedProfiles, type FlowConfig } from '../../../../src/core/flow/profiles';
import { FROM_WEBVIEW } from '../../../../src/webview/flowTester/messages';
import { checkMessage } from '../../../../src/webview/shared/messageTable';
import { flowViewState } from '../../../../src/extension/flow/viewModel';
import { summarizeToken } from '../../../../src/core/flow/tokenSummary';
import { startLoopbackListener } from '../../../../src/node/loopback';
import { loadClientCertificate, readClientCertificateFiles, tlsFetch } from '../../../../src/node/mtlsFetch';
import type { ViewState } from '../../../../src/webview/flowTester/protocol';
import { at } from '../../../harness/at';

let idp: Idp;
let certs: TestCertificates;
before(async () => {
  certs = makeTestCertificates();
  idp = await startIdp({
    mtls: {
      server: certs.server,
      ca: certs.ca.cert,
      selfSignedCert: certs.selfSigned.cert,
      clientSubjectDn: `CN=${certs.clientSubjectCn}`,
    },
  });
});
after(async () => {
  await idp?.close();
  certs?.cleanup();
});

class Platform implements FlowPlatform {
  notices: string[] = [];
  browser?: Promise<unknown>;
  readonly shared = new ScriptedBrowser(fetchTrusting(certs.ca.cert));
  deps = { fetch: tlsFetch({ ca: certs.ca.cert }) as unknown as typeof fetch };
  startListener = startLoopbackListener;
  readClientCertificate = readClientCertificateFiles;
  loadClientCertificate = (pem: { cert: string; key: string }) => loadClientCertificate(pem, { ca: certs.ca.cert });
  openExternal = async (url: string) => {
    this.browser = this.shared.open(url);
    return true;
  };
  copyText = async () => undefined;
  askRevealSecrets = async () => 'redacted' as const;
  decodeToken = async () => undefined;
  notify = (_level: 'info' | 'error', text: string) => void this.notices.push(text);
  log = () => undefined;
  callbackTimeoutMs = () => 10_000;
}

const config = (overrides: Partial<FlowConfig> = {}): FlowConfig => ({
  grant: 'client_credentials',
  issuer: idp.issuer,
  clientId: SELF_SIGNED_MTLS_CLIENT_ID,
  authMethod: 'self_signed_tls_client_auth',
  scope: 'api:read',
  redirectPort: 0,
  redirectHost: '127.0.0.1',
  extraParams: {},
  certFile: certs.selfSigned.certPath,
  keyFile: certs.selfSigned.keyPath,
  ...overrides,
});

function session(platform: FlowPlatform) {
  const states: ViewState[] = [];
  const s = new FlowSession(platform, (state) => states.push(flowViewState(state)));
  return { s, last: () => states.at(-1)! };
}

test('the form: an mTLS method needs a certificate file; the paths are saved, the key never', () => {
  const form = { ...emptyForm(), name: 'mtls', issuer: 'https://idp.example.com', clientId: 'c', authMethod: 'tls_client_auth' as const };
  const missing = parseForm(form);
  assert.equal(missing.ok, false);
  assert.match(missing.ok ? '' : missing.error, /pick the client certificate file/);
  const parsed = parseForm({ ...form, certFile: ' /certs/client.pem ', keyFile: '/certs/client.key' });
  assert.ok(parsed.ok);
  assert.equal(parsed.value.certFile, '/certs/client.pem');
  const saved = formToSaved({ ...form, certFile: '/certs/client.pem', keyFile: '/certs/client.key' });
  assert.ok(saved.ok);
  assert.deepEqual([saved.value.certFile, saved.value.keyFile], ['/certs/client.pem', '/certs/client.key']);
  assert.deepEqual(readSavedProfiles([saved.value]).profiles[0], saved.value, 'the setting reads back the same profile');
  // Another method does not carry certificate paths along.
  const secret = parseForm({ ...form, authMethod: 'client_secret_basic', certFile: '/certs/client.pem' });
  assert.ok(secret.ok && secret.value.certFile === undefined);
});

const parseWebviewMessage = (raw: unknown) => {
  const result = checkMessage(FROM_WEBVIEW, raw);
  return result.ok ? result.message : undefined;
};

test("the page's messages: file fields pass through checked, the file picker request names a known field only", () => {
  const form = { ...emptyForm(), certFile: '/a.pem', keyFile: '/a.key' };
  assert.deepEqual(parseWebviewMessage({ type: 'start', form }), { type: 'start', form });
  assert.equal(parseWebviewMessage({ type: 'start', form: { ...emptyForm(), certFile: 42 } }), undefined);
  assert.deepEqual(parseWebviewMessage({ type: 'pickFile', field: 'certFile' }), { type: 'pickFile', field: 'certFile' });
  assert.equal(parseWebviewMessage({ type: 'pickFile', field: 'extraParams' }), undefined);
});

test('client credentials with the self-signed certificate: the certificate noted, shown on the exchange, the token bound and summarised', async () => {
  const platform = new Platform();
  const { s, last } = session(platform);
  await s.start(config());
  assert.equal(
    last().phase,
    'done',
    `${last().status} ${platform.notices.join(' ')} ${JSON.stringify(last().steps.map((st) => st.error))}`,
  );
  assert.match(
    at(last().steps, 0, 'step').notes.join(' '),
    /Client certificate for mutual TLS \(RFC 8705\): CN=authlens-self-signed \(self-signed\) · x5t#S256 [\w-]{43}/,
  );
  const step = last().steps.at(-1)!;
  assert.match(step.exchanges.at(-1)!.request, new RegExp(`POST ${idp.issuer}${MTLS_ALIAS_PREFIX}/token`));
  assert.match(step.exchanges.at(-1)!.clientCertificate ?? '', /^CN=authlens-self-signed · x5t#S256 [\w-]{43}$/);
  assert.ok(step.checks.some((c) => c.label === 'cnf.x5t#S256 matches the client certificate' && c.outcome === 'passed'));
  const access = last().tokens.find((t) => t.label === 'Access token')!;
  assert.match(access.verification ?? '', /Certificate-bound to this session's client certificate \(x5t#S256 [\w-]{43}\)/);
  assert.ok(
    access.summary.some((line) => /^bound to a client certificate: cnf\.x5t#S256 [\w-]{43}$/.test(line)),
    access.summary.join(' | '),
  );
  assert.doesNotMatch(JSON.stringify(last()), /PRIVATE KEY/);
});

test('the key pasted (kept in secret storage) instead of a key file; auth code with tls_client_auth', async () => {
  const platform = new Platform();
  const { s, last } = session(platform);
  await s.start(
    config({
      grant: 'authorization_code',
      clientId: MTLS_CLIENT_ID,
      authMethod: 'tls_client_auth',
      scope: 'openid',
      certFile: certs.client.certPath,
      keyFile: undefined,
    }),
    certs.client.key,
  );
  const draft = last().draft!;
  assert.deepEqual(last().warnings ?? [], []);
  await s.openBrowser(
    draft.revision,
    draft.params.filter((p) => !p.locked).map(({ name, value }) => ({ name, value })),
    'open',
  );
  await platform.browser;
  assert.equal(last().phase, 'done', last().status);
  const exchange = last().steps.find((st) => st.kind === 'code-exchange')!;
  assert.match(exchange.exchanges.at(-1)!.clientCertificate ?? '', /^CN=authlens-mtls-client · /);
});

test('a key file of another certificate: the discovery step fails with what to fix, nothing is sent to the token endpoint', async () => {
  const platform = new Platform();
  const { s, last } = session(platform);
  await s.start(config({ keyFile: certs.stranger.keyPath }));
  assert.equal(last().phase, 'failed');
  assert.match(platform.notices.join(' '), /does not belong to the certificate CN=authlens-self-signed/);
  assert.equal(last().steps.length, 1);
});

test('the token summary names a DPoP or certificate binding of any JWT', () => {
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const jwt = (cnf: unknown) => `${b64({ alg: 'ES256' })}.${b64({ sub: 'x', cnf })}.c2ln`;
  assert.ok(summarizeToken(jwt({ jkt: 'abc' })).summary.includes('bound to a DPoP key: cnf.jkt abc'));
  assert.ok(summarizeToken(jwt({ 'x5t#S256': 'def' })).summary.includes('bound to a client certificate: cnf.x5t#S256 def'));
  assert.ok(!summarizeToken(jwt(undefined)).summary.some((l) => l.startsWith('bound')));
});

test('one PEM file holding the certificate and its key needs no key file', async () => {
  const combined = join(certs.dir, 'session-combined.pem');
  writeFileSync(combined, `${certs.selfSigned.cert}${certs.selfSigned.key}`);
  const platform = new Platform();
  const { s, last } = session(platform);
  await s.start(config({ certFile: combined, keyFile: undefined }));
  assert.equal(last().phase, 'done', `${last().status} ${platform.notices.join(' ')}`);
});
