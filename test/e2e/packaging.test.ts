import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureTools } from '../harness/install';
import { repoRoot } from '../harness/paths';

test('npm run package makes a small VSIX that installs into code-server', { timeout: 180_000 }, () => {
  execFileSync('npm', ['run', 'package'], { cwd: repoRoot, stdio: 'pipe' });
  const vsix = join(repoRoot, 'authlens.vsix');
  const size = statSync(vsix).size;
  console.log(`  VSIX size: ${(size / 1024).toFixed(1)} KiB`);
  assert.ok(size < 2 * 1024 * 1024, `the VSIX is ${size} bytes: something that does not run was packaged`);

  const { node24, codeServerEntry } = ensureTools();
  const dir = mkdtempSync(join(tmpdir(), 'al-vsix-'));
  try {
    const out = execFileSync(node24, [codeServerEntry, '--user-data-dir', join(dir, 'ud'), '--extensions-dir', join(dir, 'ext'),
      '--install-extension', vsix], { env: { ...process.env, HOME: dir, EXTENSIONS_GALLERY: '{}' }, encoding: 'utf8' });
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
});
