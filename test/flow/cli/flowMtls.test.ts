// `authlens flow --cert FILE --key FILE` as a user runs it: the built CLI as a child process against the demo
// provider over https with mutual TLS (RFC 8705). The provider's test CA is trusted through NODE_EXTRA_CA_CERTS,
// as a user would trust a private CA.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { MTLS_ALIAS_PREFIX, MTLS_CLIENT_ID, SELF_SIGNED_MTLS_CLIENT_ID, startIdp, type Idp } from '../../harness/idp';
import { ScriptedBrowser } from '../../harness/idpBrowser';
import { repoRoot } from '../../harness/paths';
import { fetchTrusting, makeTestCertificates, type TestCertificates } from '../../harness/testCerts';
import { at } from '../../harness/at';

const CLI = join(repoRoot, 'dist', 'cli.js');
let idp: Idp;
let certs: TestCertificates;
before(async () => {
  execFileSync(process.execPath, ['build.mjs'], { cwd: repoRoot, stdio: 'ignore' });
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

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  lines: Record<string, unknown>[];
  result: Record<string, unknown>;
}

function run(args: string[], onLine?: (line: Record<string, unknown>) => void): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'flow', ...args], {
      env: { PATH: process.env.PATH, NODE_EXTRA_CA_CERTS: certs.ca.certPath },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const lines: Record<string, unknown>[] = [];
    const reader = createInterface({ input: child.stdout });
    reader.on('line', (line) => {
      stdout += `${line}\n`;
      if (!args.includes('--json')) return;
      const parsed = JSON.parse(line) as Record<string, unknown>;
      lines.push(parsed);
      onLine?.(parsed);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`CLI timed out: ${stdout}\n${stderr}`));
    }, 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      reader.close();
      resolve({ code: code ?? -1, stdout, stderr, lines, result: (lines.at(-1)?.result ?? {}) as Record<string, unknown> });
    });
  });
}

const base = (clientId: string, grant: string) => ['--issuer', idp.issuer, '--client-id', clientId, '--grant', grant, '--json'];
const keyMaterial = (pem: string) => pem.split('\n').filter((l) => l && !l.startsWith('-----'));

test('client_credentials with --auth self_signed_tls_client_auth --cert --key: the certificate shown, the token bound, no key printed', async () => {
  const r = await run([
    ...base(SELF_SIGNED_MTLS_CLIENT_ID, 'client_credentials'),
    '--auth',
    'self_signed_tls_client_auth',
    '--cert',
    certs.selfSigned.certPath,
    '--key',
    certs.selfSigned.keyPath,
    '--scope',
    'api:read',
  ]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.deepEqual(
    r.lines.map((l) => l.step ?? 'result'),
    ['discovery', 'client-certificate', 'client-credentials', 'result'],
  );
  const info = at(r.lines, 1, 'line');
  assert.equal(info.subject, 'CN=authlens-self-signed');
  assert.equal(info.selfSigned, true);
  const step = at(r.lines, 2, 'line') as {
    exchanges: { request: { url: string }; clientCertificate?: { thumbprint: string } }[];
    checks: { id: string; outcome: string }[];
  };
  const exchange = at(step.exchanges, 0, 'exchange');
  assert.equal(exchange.request.url, `${idp.issuer}${MTLS_ALIAS_PREFIX}/token`);
  assert.equal(exchange.clientCertificate?.thumbprint, info.thumbprint);
  assert.equal(step.checks.find((c) => c.id === 'mtls-cnf-x5t')?.outcome, 'passed');
  assert.deepEqual(r.result, { ok: true, tokenType: 'Bearer', scope: 'api:read', expiresIn: 600 });
  for (const line of keyMaterial(certs.selfSigned.key)) assert.ok(!r.stdout.includes(line), 'no line of the private key');
  assert.doesNotMatch(r.stdout + r.stderr, /PRIVATE KEY/);
});

test('authorization_code with tls_client_auth, the key in the certificate file, the human output names the certificate', async () => {
  const combined = join(certs.dir, 'client-combined.pem');
  writeFileSync(combined, `${certs.client.cert}${certs.client.key}`);
  const browser = new ScriptedBrowser(fetchTrusting(certs.ca.cert));
  let signIn: Promise<unknown> | undefined;
  const r = await run([...base(MTLS_CLIENT_ID, 'authorization_code'), '--cert', combined, '--no-open', '--scope', 'openid'], (line) => {
    if (line.step === 'authorization-request' && typeof line.url === 'string') signIn = browser.open(line.url);
  });
  await signIn;
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.equal(r.lines.find((l) => l.step === 'client-certificate')?.subject, 'CN=authlens-mtls-client');
  const exchange = r.lines.find((l) => l.step === 'code-exchange') as { exchanges: { clientCertificate?: { subject: string } }[] };
  assert.equal(exchange.exchanges.at(-1)?.clientCertificate?.subject, 'CN=authlens-mtls-client');
  assert.ok(
    !r.lines.some((l) => l.step === 'preflight' && l.id === 'auth-method-not-supported'),
    'the method was inferred as tls_client_auth, which the provider offers',
  );

  const human = await run([
    '--issuer',
    idp.issuer,
    '--client-id',
    SELF_SIGNED_MTLS_CLIENT_ID,
    '--grant',
    'client_credentials',
    '--cert',
    certs.selfSigned.certPath,
    '--key',
    certs.selfSigned.keyPath,
  ]);
  assert.equal(human.code, 0, human.stdout + human.stderr);
  assert.match(human.stdout, /Client certificate for mutual TLS: CN=authlens-self-signed \(self-signed\) · x5t#S256 [\w-]{43}/);
  assert.match(human.stdout, /TLS client certificate: CN=authlens-self-signed · x5t#S256 [\w-]{43}/);
  assert.match(human.stdout, /✓ cnf\.x5t#S256 matches the client certificate/);
});

test('an unregistered certificate: exit 1, invalid_client, and the hint names the certificate', async () => {
  const r = await run([
    ...base(SELF_SIGNED_MTLS_CLIENT_ID, 'client_credentials'),
    '--auth',
    'self_signed_tls_client_auth',
    '--cert',
    certs.stranger.certPath,
    '--key',
    certs.stranger.keyPath,
  ]);
  assert.equal(r.code, 1, r.stdout);
  assert.equal((r.result.error as { code: string }).code, 'invalid_client');
  const step = r.lines.find((l) => l.step === 'client-credentials') as { error: { hint: string } };
  assert.match(step.error.hint, /CN=authlens-unregistered \(self-signed\)/);
});

test("usage errors: tls_client_auth without --cert, a key that is not the certificate's, a key given twice", async () => {
  const missing = await run([...base(MTLS_CLIENT_ID, 'client_credentials'), '--auth', 'tls_client_auth']);
  assert.equal(missing.code, 2);
  assert.match(String((missing.result.error as { description: string }).description), /needs --cert FILE/);
  const wrong = await run([
    ...base(MTLS_CLIENT_ID, 'client_credentials'),
    '--cert',
    certs.client.certPath,
    '--key',
    certs.stranger.keyPath,
  ]);
  assert.equal(wrong.code, 2);
  assert.match(
    String((wrong.result.error as { description: string }).description),
    /does not belong to the certificate CN=authlens-mtls-client/,
  );
  const combined = join(certs.dir, 'self-combined.pem');
  writeFileSync(combined, `${certs.selfSigned.cert}${certs.selfSigned.key}`);
  const twice = await run([
    ...base(SELF_SIGNED_MTLS_CLIENT_ID, 'client_credentials'),
    '--cert',
    combined,
    '--key',
    certs.selfSigned.keyPath,
  ]);
  assert.equal(twice.code, 2);
  assert.match(String((twice.result.error as { description: string }).description), /holds the certificate's key already/);
});
