// `authlens flow` as a user runs it: the built CLI as a child process against the demo provider.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import {
  CONFIDENTIAL_CLIENT_ID,
  DEMO_API,
  DEMO_CLIENT_KEY_PATH,
  DEMO_CLIENT_SECRET,
  PRIVATE_KEY_JWT_CLIENT_ID,
  PUBLIC_CLIENT_ID,
  SECRET_JWT_CLIENT_ID,
  DEMO_JWT_SECRET,
  startIdp,
  type Idp,
} from '../../harness/idp';
import { ScriptedBrowser } from '../../harness/idpBrowser';
import { repoRoot } from '../../harness/paths';
import { exchangeCode, unwrapStep } from '../../../src/core/flow';
import { authorize, context, discoverServer } from '../_fixtures';

const CLI = join(repoRoot, 'dist', 'cli.js');
let idp: Idp;
let dir: string;
before(async () => {
  execFileSync(process.execPath, ['build.mjs'], { cwd: repoRoot, stdio: 'ignore' });
  idp = await startIdp();
  dir = mkdtempSync(join(tmpdir(), 'authlens-flow-cli-'));
});
after(async () => {
  await idp.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  lines: Record<string, unknown>[];
  result: Record<string, unknown>;
}

/** Runs the CLI; `onLine` sees each NDJSON line as it arrives (to drive the browser leg). */
function run(
  args: string[],
  env: Record<string, string> = {},
  onLine?: (line: Record<string, unknown>, stdin: (text: string) => void) => void,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'flow', ...args], {
      env: { PATH: process.env.PATH, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const write = (text: string) => void child.stdin.write(text);
    let stdout = '';
    let stderr = '';
    const lines: Record<string, unknown>[] = [];
    const reader = createInterface({ input: child.stdout });
    reader.on('line', (line) => {
      stdout += `${line}\n`;
      if (!args.includes('--json')) return;
      const parsed = JSON.parse(line) as Record<string, unknown>; // every line must be one JSON object
      lines.push(parsed);
      onLine?.(parsed, write);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`CLI timed out: ${stdout}\n${stderr}`));
    }, 60_000);
    child.on('error', reject);
    if (!onLine) child.stdin.end();
    child.on('close', (code) => {
      clearTimeout(timer);
      reader.close();
      child.stdin.destroy();
      resolve({ code: code ?? -1, stdout, stderr, lines, result: (lines.at(-1)?.result ?? {}) as Record<string, unknown> });
    });
  });
}

const base = (clientId: string, grant: string) => ['--issuer', idp.issuer, '--client-id', clientId, '--grant', grant, '--json'];

test('client_credentials with the secret from an env var: NDJSON steps, result, exit 0, no secret or token printed', async () => {
  const r = await run(
    [
      ...base(CONFIDENTIAL_CLIENT_ID, 'client_credentials'),
      '--client-secret-env',
      'DEMO_SECRET',
      '--scope',
      'api:read',
      '--resource',
      DEMO_API,
    ],
    { DEMO_SECRET: DEMO_CLIENT_SECRET },
  );
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.deepEqual(
    r.lines.map((l) => l.step ?? 'result'),
    ['discovery', 'client-credentials', 'result'],
  );
  assert.deepEqual(r.result, { ok: true, tokenType: 'Bearer', scope: 'api:read', expiresIn: 600 });
  assert.doesNotMatch(r.stdout, new RegExp(DEMO_CLIENT_SECRET));
  assert.doesNotMatch(r.stdout, /eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/, 'no whole JWT on stdout');
  assert.match(String(r.lines[1]?.duration), /^\d+(\.\d)? (ms|s)$/);
});

test('--show-tokens prints the access token; the human output names each step', async () => {
  const shown = await run(
    [...base(CONFIDENTIAL_CLIENT_ID, 'client_credentials'), '--client-secret-env', 'S', '--scope', 'api:read', '--show-tokens'],
    { S: DEMO_CLIENT_SECRET },
  );
  assert.match(String((shown.result.tokens as { access_token: string }).access_token), /^eyJ/);
  const human = await run(
    [
      '--issuer',
      idp.issuer,
      '--client-id',
      CONFIDENTIAL_CLIENT_ID,
      '--grant',
      'client_credentials',
      '--client-secret-env',
      'S',
      '--scope',
      'api:read',
    ],
    { S: DEMO_CLIENT_SECRET },
  );
  assert.equal(human.code, 0);
  assert.match(human.stdout, /✓ Discover the provider · \d/);
  assert.match(human.stdout, /→ POST http:\/\/127\.0\.0\.1:\d+\/token {2}← 200 OK/);
  assert.match(human.stdout, /OK · Bearer token · scope api:read · expires in 10 min/);
});

test('private_key_jwt from a key file, with DPoP: tokenType DPoP', async () => {
  const r = await run([
    ...base(PRIVATE_KEY_JWT_CLIENT_ID, 'client_credentials'),
    '--key',
    DEMO_CLIENT_KEY_PATH,
    '--dpop',
    '--scope',
    'api:read',
  ]);
  assert.equal(r.code, 0, r.stdout);
  assert.equal(r.result.tokenType, 'DPoP');
  const step = r.lines.find((l) => l.step === 'client-credentials')!;
  assert.match(JSON.stringify(step.notes), /use_dpop_nonce/);
  assert.match(JSON.stringify(step.exchanges), /client_assertion=eyJ/);
});

test('client_secret_jwt with the secret from a file', async () => {
  const file = join(dir, 'secret.txt');
  writeFileSync(file, `${DEMO_JWT_SECRET}\n`);
  const r = await run([
    ...base(SECRET_JWT_CLIENT_ID, 'client_credentials'),
    '--auth',
    'client_secret_jwt',
    '--client-secret-file',
    file,
    '--scope',
    'api:read',
  ]);
  assert.equal(r.code, 0, r.stdout);
  assert.doesNotMatch(r.stdout, new RegExp(DEMO_JWT_SECRET));
});

test('authorization_code with --par --dpop --no-open: the printed URL is completed in a browser, exit 0', async () => {
  const browser = new ScriptedBrowser();
  let signIn: Promise<unknown> | undefined;
  const r = await run(
    [...base(PUBLIC_CLIENT_ID, 'authorization_code'), '--no-open', '--par', '--dpop', '--scope', 'openid profile', '--prompt', 'consent'],
    {},
    (line) => {
      if (line.step === 'authorization-request' && typeof line.url === 'string') signIn = browser.open(line.url);
    },
  );
  await signIn;
  assert.equal(r.code, 0, r.stdout);
  assert.deepEqual(
    r.lines.map((l) => l.step ?? 'result'),
    ['discovery', 'pushed-authorization-request', 'authorization-request', 'callback', 'code-exchange', 'id-token', 'result'],
  );
  assert.equal(r.result.tokenType, 'DPoP');
  const url = new URL(String(r.lines[2]?.url));
  assert.deepEqual([...url.searchParams.keys()].sort(), ['client_id', 'request_uri']);
});

test('authorization_code: a scope the provider does not advertise is a pre-flight warning, and the flow goes on', async () => {
  let signIn: Promise<unknown> | undefined;
  const r = await run([...base(PUBLIC_CLIENT_ID, 'authorization_code'), '--no-open', '--scope', 'openid profle'], {}, (line) => {
    if (line.step === 'authorization-request') signIn = new ScriptedBrowser().open(String(line.url));
  });
  await signIn;
  const warning = r.lines.find((l) => l.step === 'preflight' && l.id === 'scope-not-supported');
  assert.ok(warning, r.stdout);
  assert.match(String(warning.message), /"profle"/);
  assert.equal(r.code, 0, r.stdout);
});

test('device_code: the user code is printed, polls say authorization_pending, the ID token is validated', async () => {
  let approving: Promise<unknown> | undefined;
  const r = await run([...base(PUBLIC_CLIENT_ID, 'device_code'), '--no-open', '--scope', 'openid'], {}, (line) => {
    if (line.step === 'device-authorization') {
      approving = new ScriptedBrowser().open(String(line.verificationUriComplete), { userCode: String(line.userCode) });
    }
  });
  await approving;
  assert.equal(r.code, 0, r.stdout);
  const steps = r.lines.map((l) => l.step ?? 'result');
  assert.deepEqual(
    steps.filter((s) => s !== 'device-poll'),
    ['discovery', 'device-authorization', 'id-token', 'result'],
  );
  assert.ok(r.lines.some((l) => l.step === 'device-poll' && l.status === 'passed'));
  assert.match(String(r.lines.find((l) => l.step === 'device-authorization')!.userCode), /^[A-Z]{4}-[A-Z]{4}$/);
});

test('refresh_token from a file and token_exchange from an env var', async () => {
  const server = await discoverServer(idp.issuer);
  const ctx = context(server);
  const { pending, callback } = await authorize(ctx);
  const tokens = unwrapStep(await exchangeCode(ctx, pending, callback.result!));
  const file = join(dir, 'refresh.txt');
  writeFileSync(file, tokens.refresh_token!);
  const refreshed = await run([...base(PUBLIC_CLIENT_ID, 'refresh_token'), '--token-file', file]);
  assert.equal(refreshed.code, 0, refreshed.stdout);
  assert.deepEqual(
    refreshed.lines.map((l) => l.step ?? 'result'),
    ['discovery', 'refresh', 'id-token', 'result'],
    'the refreshed ID token is validated again',
  );
  assert.doesNotMatch(refreshed.stdout, new RegExp(tokens.refresh_token!));

  const exchanged = await run(
    [...base(CONFIDENTIAL_CLIENT_ID, 'token_exchange'), '--client-secret-env', 'S', '--token-env', 'SUBJECT', '--resource', DEMO_API],
    { S: DEMO_CLIENT_SECRET, SUBJECT: tokens.access_token },
  );
  assert.equal(exchanged.code, 0, exchanged.stdout);
  assert.equal(exchanged.lines.at(-2)!.step, 'token-exchange');
  // Reusing the spent refresh token: the provider refuses, exit 1, with its code.
  const reused = await run([...base(PUBLIC_CLIENT_ID, 'refresh_token'), '--token-file', file]);
  assert.equal(reused.code, 1);
  assert.equal((reused.result.error as { code: string }).code, 'invalid_grant');
});

test('the provider refuses a wrong secret: exit 1 with its error code', async () => {
  const r = await run([...base(CONFIDENTIAL_CLIENT_ID, 'client_credentials'), '--client-secret-env', 'S'], { S: 'wrong' });
  assert.equal(r.code, 1);
  assert.equal(r.result.ok, false);
  assert.equal((r.result.error as { code: string }).code, 'invalid_client');
});

test('usage errors: exit 2, secrets refused as arguments, missing env vars and key files named', async () => {
  const cases: [string[], RegExp][] = [
    [['--issuer', idp.issuer, '--client-id', 'x', '--json'], /--grant must be one of/],
    [[...base('x', 'client_credentials'), '--client-secret', 'hunter2'], /not accepted/],
    [[...base('x', 'client_credentials'), '--client-secret-env', 'NOPE'], /NOPE .* not set/],
    [[...base('x', 'client_credentials'), '--key', join(dir, 'missing.json')], /ENOENT/],
    [[...base('x', 'client_credentials'), '--frobnicate'], /Unknown option/],
    [[...base('x', 'refresh_token')], /needs --token-env/],
    [[...base('x', 'client_credentials'), '--port', '99999'], /--port/],
  ];
  for (const [args, message] of cases) {
    const r = await run(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.equal((r.result.error as { code: string }).code, 'usage');
    assert.match(String((r.result.error as { description: string }).description), message);
    assert.doesNotMatch(r.stdout, /hunter2/);
  }
  const human = await run(['--grant', 'nope']);
  assert.equal(human.code, 2);
  assert.match(human.stderr, /^authlens: /);
});

test('an http issuer that is not loopback: a pre-flight warning with the fix, then exit 2', async () => {
  const r = await run([...base('x', 'client_credentials'), '--issuer', 'http://idp.example.com']);
  assert.equal(r.code, 2, r.stdout);
  const warning = r.lines.find((l) => l.id === 'insecure-issuer');
  assert.match(String(warning?.fix), /https:\/\/idp\.example\.com/);
});

test('authorization_code: error text pasted while waiting is explained; the flow still completes when the browser comes back', async () => {
  let signIn: Promise<unknown> | undefined;
  let url = '';
  const r = await run([...base(PUBLIC_CLIENT_ID, 'authorization_code'), '--no-open', '--scope', 'openid'], {}, (line, stdin) => {
    if (line.step === 'authorization-request') {
      url = String(line.url);
      stdin("oops: invalid_redirect_uri (redirect_uri did not match any of the client's registered redirect_uris)\n");
    }
    // Once the pasted text is explained, the user signs in after all.
    if (line.step === 'landing') signIn = new ScriptedBrowser().open(url);
  });
  await signIn;
  assert.equal(r.code, 0, r.stdout);
  const landing = r.lines.find((l) => l.step === 'landing')!;
  assert.equal(landing.kind, 'error-text');
  assert.match(String(landing.summary), /invalid_redirect_uri[\s\S]*AuthLens listens on http:\/\/127\.0\.0\.1:\d+\/callback/);
});

test('property: any argument list gets exit 0/1/2 and at most one result line, never a crash or an echoed secret', async () => {
  const fc = (await import('fast-check')).default;
  const { flowCommand } = await import('../../../src/cli/flowCommand');
  const flags = [
    '--issuer',
    '--client-id',
    '--grant',
    '--auth',
    '--client-secret-env',
    '--key',
    '--token-env',
    '--scope',
    '--resource',
    '--dpop',
    '--par',
    '--no-open',
    '--port',
    '--timeout',
    '--json',
    '--show-tokens',
    '--authorization-details',
    '--client-secret',
    'x',
  ];
  const values = [
    'not a url',
    'ftp://x',
    'client_credentials',
    'token_exchange',
    'private_key_jwt',
    'none',
    '99999',
    '{',
    '[]',
    'SECRET_ENV',
    's3cr3t-value',
  ];
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.oneof(fc.constantFrom(...flags), fc.constantFrom(...values), fc.string({ maxLength: 12 })), { maxLength: 12 }),
      async (argv) => {
        let out = '';
        const result = await flowCommand([...argv, '--json'], {
          out: (t) => {
            out += t;
          },
          err: () => undefined,
          env: { SECRET_ENV: 's3cr3t-value' },
          readFile: () => {
            throw Object.assign(new Error('no files here'), { code: 'ENOENT' });
          },
          openBrowser: async () => undefined,
        });
        assert.ok([0, 1, 2].includes(result.exitCode), String(result.exitCode));
        const lines = out
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as Record<string, unknown>);
        assert.equal(lines.filter((l) => 'result' in l).length, result.stdout ? 0 : 1);
        // The secret from the environment is never printed (unless the user typed the same text as an argument).
        if (!argv.some((a) => a.includes('s3cr3t'))) assert.ok(!out.includes('s3cr3t-value'), out);
      },
    ),
    { numRuns: 150 },
  );
});
