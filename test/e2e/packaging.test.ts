import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCodeServerTools } from '../harness/install';
import { repoRoot } from '../harness/paths';

/** Runs a command line in a pseudo-terminal (util-linux `script`), as a user types it: vsce asks questions only there. */
function inTerminal(commandLine: string): { status: number | null; output: string } {
  const result = spawnSync('script', ['-qec', commandLine, '/dev/null'], { cwd: repoRoot, encoding: 'utf8', timeout: 170_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

test(
  'npm run package, typed in a terminal, makes a small VSIX without a question or warning, and it installs into code-server',
  { timeout: 180_000 },
  () => {
    const { status, output } = inTerminal('npm run package');
    assert.equal(status, 0, output);
    assert.doesNotMatch(output, /\[y\/N\]|Do you want|WARNING|Aborted/i, output);
    const vsix = join(repoRoot, 'authlens.vsix');
    const size = statSync(vsix).size;
    console.log(`  VSIX size: ${(size / 1024).toFixed(1)} KiB`);
    assert.ok(size < 2 * 1024 * 1024, `the VSIX is ${size} bytes: something that does not run was packaged`);

    const { node24, codeServerEntry } = ensureCodeServerTools();
    const dir = mkdtempSync(join(tmpdir(), 'al-vsix-'));
    try {
      const out = execFileSync(
        node24,
        [codeServerEntry, '--user-data-dir', join(dir, 'ud'), '--extensions-dir', join(dir, 'ext'), '--install-extension', vsix],
        { env: { ...process.env, HOME: dir, EXTENSIONS_GALLERY: '{}' }, encoding: 'utf8' },
      );
      assert.match(out, /successfully installed/i);
      const installed = readdirSync(join(dir, 'ext')).find((name) => name.startsWith('authlens.authlens-'));
      assert.ok(installed, 'the extension folder was not created');
      assert.ok(existsSync(join(dir, 'ext', installed, 'dist', 'extension.js')));
      // The web extension (package.json `browser`) ships beside it.
      assert.ok(existsSync(join(dir, 'ext', installed, 'dist', 'web', 'extension.js')));
      // The allow-list keeps sources, tests and samples out.
      assert.ok(!existsSync(join(dir, 'ext', installed, 'src')));
      assert.ok(!existsSync(join(dir, 'ext', installed, 'samples')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);

test('npm pack gives a package whose authlens command installs globally and works offline', { timeout: 180_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'al-pack-'));
  try {
    const packed = execFileSync('npm', ['pack', '--pack-destination', dir], { cwd: repoRoot, encoding: 'utf8' }).trim().split('\n').at(-1)!;
    const tarball = join(dir, packed);
    assert.ok(statSync(tarball).size < 1024 * 1024, 'the npm package carries more than the CLI');
    const prefix = join(dir, 'global');
    execFileSync('npm', ['install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', tarball], {
      encoding: 'utf8',
    });
    const authlens = join(prefix, 'bin', 'authlens');
    assert.ok(existsSync(authlens), 'no authlens command after a global install');
    // No network: an unreachable proxy would make any request fail.
    const env = { ...process.env, HTTPS_PROXY: 'http://127.0.0.1:9', HTTP_PROXY: 'http://127.0.0.1:9' };
    const explained = execFileSync(authlens, ['explain', 'AADSTS50058'], { encoding: 'utf8', env });
    assert.match(explained, /AADSTS50058/);
    assert.match(explained, /sign/i);
    // The MCP server ships in the package too: it answers an initialize request on stdio.
    const initialize = JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'packaging-test', version: '1' } },
    });
    const mcp = spawnSync(authlens, ['mcp'], { input: `${initialize}\n`, encoding: 'utf8', env, timeout: 30_000 });
    assert.match(mcp.stdout, /"serverInfo"/, `${mcp.stdout}\n${mcp.stderr}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
