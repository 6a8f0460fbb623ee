// The first-run installer (test/harness/install.ts) takes a cached tool as ready only when its install
// finished: a run cut short during code-server's postinstall left its files without VS Code's own modules,
// and the next run then waited four minutes for a workbench that could not start.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureInstalled, installedFrom } from '../../harness/install';

test('a cached install counts only with the marker of a finished install of the same spec', () => {
  const dir = mkdtempSync(join(tmpdir(), 'authlens-install-'));
  try {
    mkdirSync(join(dir, 'node_modules', 'code-server', 'out', 'node'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', 'code-server', 'package.json'), '{"version":"4.0.0"}');
    assert.equal(installedFrom(dir, 'code-server@4.0.0'), false, 'files without the marker: cut short');
    writeFileSync(join(dir, 'installed.txt'), 'code-server@3.9.0\n');
    assert.equal(installedFrom(dir, 'code-server@4.0.0'), false, 'the marker of another version');
    writeFileSync(join(dir, 'installed.txt'), 'code-server@4.0.0\n');
    assert.equal(installedFrom(dir, 'code-server@4.0.0'), true);
    // Ready: nothing is removed or installed.
    ensureInstalled(dir, 'code-server@4.0.0');
    assert.ok(existsSync(join(dir, 'node_modules', 'code-server', 'package.json')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
