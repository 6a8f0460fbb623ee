// What a newcomer types: the installer run from inside an npm script, and `npm start` in a real shell.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../harness/paths';
import { killGroup } from '../harness/processes';

test('the tool installer, run from inside an npm script, installs under Node 24 with a clean npm environment', { timeout: 180_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'al-probe-'));
  try {
    const fixture = join(repoRoot, 'test', 'fixtures', 'harness', 'node-version-probe');
    const tarball = join(
      dir,
      execFileSync('npm', ['pack', fixture, '--pack-destination', dir], { encoding: 'utf8' }).trim().split('\n').at(-1)!,
    );
    const target = join(dir, 'install');
    // `npm exec -c` runs the command with npm's own script environment, as `npm start` and `npm test` do.
    const result = spawnSync('npm', ['exec', '--offline', '-c', `node --import tsx test/harness/installProbe.ts ${tarball} ${target}`], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, `${result.stdout}\n${result.stderr}`);
    const seen = JSON.parse(readFileSync(join(target, 'probe.json'), 'utf8')) as { userAgentMajor: number; runtimeMajor: number };
    assert.deepEqual(seen, { userAgentMajor: 24, runtimeMajor: 24 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test(
  'npm start, typed in a shell, answers with VS Code and the identity provider on 127.0.0.1, without Chromium',
  { timeout: 420_000 },
  async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      AUTHLENS_PORT: '0',
      AUTHLENS_IDP_PORT: '0',
      AUTHLENS_CHROMIUM: '/nonexistent/chromium',
    };
    for (const key of Object.keys(env)) if (/^npm_/i.test(key)) delete env[key];
    const child = spawn('bash', ['-c', 'npm start'], { cwd: repoRoot, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    try {
      const urls = await new Promise<{ vscode: string; idp: string }>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`npm start did not report its URLs within 400 s:\n${output}`)), 400_000);
        const onData = (data: Buffer) => {
          output += data.toString();
          const vscode = /VS Code:\s+(http:\/\/127\.0\.0\.1:\d+)\/\?folder=/.exec(output)?.[1];
          const idp = /Identity provider:\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
          if (vscode && idp) {
            clearTimeout(timer);
            resolve({ vscode, idp });
          }
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.once('exit', (code) => {
          clearTimeout(timer);
          reject(new Error(`npm start exited with ${code}:\n${output}`));
        });
      });
      assert.equal((await fetch(`${urls.vscode}/healthz`)).status, 200);
      const discovery = (await (await fetch(`${urls.idp}/.well-known/openid-configuration`)).json()) as { issuer: string };
      assert.equal(discovery.issuer, urls.idp);
      assert.doesNotMatch(output, /chromium/i);
    } finally {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        killGroup(child, 'SIGINT');
        await exited;
      }
    }
  },
);
