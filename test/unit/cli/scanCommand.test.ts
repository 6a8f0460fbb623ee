// `authlens scan` reports everything, however dense the text: it runs the finders without their budget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli, runBuiltCli } from './_run';
import { DEFAULT_MAX_HITS, scanTextWithLimits } from '../../../src/core/scan/scan';
import type { Finding } from '../../../src/core/scan/findings';

test('authlens scan on one line denser than the finders’ default budget: every finding, as a whole scan gives them', async () => {
  buildCli();
  const unit = 'AADSTS50058 eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0. ';
  const text = `first line\n${unit.repeat(2 * DEFAULT_MAX_HITS)}\nlast AADSTS70008\n`;
  const whole = scanTextWithLimits(text, { maxHits: Infinity });
  assert.equal(whole.findings.length, 4 * DEFAULT_MAX_HITS + 1);
  assert.ok(scanTextWithLimits(text).stoppedAt !== undefined, 'the default budget would stop on this text');
  const dir = mkdtempSync(join(tmpdir(), 'al-dense-'));
  try {
    const file = join(dir, 'dense.log');
    writeFileSync(file, text);
    const run = await runBuiltCli(['scan', file, '--ndjson', '--show-tokens']);
    assert.equal(run.code, 0, run.stderr);
    const found = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Finding);
    assert.equal(found.length, whole.findings.length);
    assert.deepEqual(found, whole.findings);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
