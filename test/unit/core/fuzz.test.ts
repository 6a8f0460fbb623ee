// The unit tier's short seeded fuzz pass over every parser (`npm run fuzz` runs the long one).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatReport, fuzzAll, machineReferenceMs } from '../../fuzz/runner';
import { TARGETS } from '../../fuzz/targets';

const SEED = 16;

test('short seeded fuzz pass: no parser throws', () => {
  const reports = fuzzAll({ seed: SEED, inputs: 3000, secondsPerTarget: 0.4 });
  console.log(formatReport(reports, SEED).replace(/^/gm, '  '));
  assert.equal(reports.length, TARGETS.length);
  for (const report of reports) {
    assert.ok(report.inputs > 50, `${report.target} ran only ${report.inputs} inputs`);
    assert.equal(report.uncaught, 0, `${report.target}: ${report.failures.map((f) => `input ${f.index}: ${f.message}`).join('; ')}`);
  }
});

test('the machine reference printed beside a fuzz report is a time, measured: a positive number of milliseconds', () => {
  const ms = machineReferenceMs();
  console.log(`  machine reference: ${ms.toFixed(1)} ms`);
  assert.ok(Number.isFinite(ms) && ms > 0 && ms < 10_000, String(ms));
});
