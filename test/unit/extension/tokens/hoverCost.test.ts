import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTokenAt } from '../../../../src/core/tokens/index';
import { inspectToken } from '../../../../src/core/tokens/inspectToken';
import { buildTokenHover } from '../../../../src/extension/tokens/tokenHoverMarkdown';
import { bigToken, ENTRA_ACCESS, NOW } from './_fixtures';

/** Median time of `fn` over `runs` runs, in milliseconds. */
function median(fn: () => void, runs = 30): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** What the hover provider does for one hovered line: find, decode, analyse, render. */
function hoverFor(line: string, character: number): string | undefined {
  const match = findTokenAt(line, character);
  if (!match) return undefined;
  const inspection = inspectToken(match.text, { clockSkewSeconds: 300, now: NOW });
  return inspection.ok ? buildTokenHover(inspection.analysis, { token: inspection.decoded.raw }) : undefined;
}

test('hover cost: typical token, 500-claim token near the size cap, and a 1 MB line (figures printed)', () => {
  const typical = `Authorization: Bearer ${ENTRA_ACCESS}`;
  const big = bigToken(500, 80);
  assert.ok(big.length > 50_000 && big.length < 65_536, `big token is ${big.length} characters`);
  const hugeLine = `${'x'.repeat(500_000)} ${ENTRA_ACCESS} ${'y'.repeat(500_000)}`;
  // Baseline in the same run: JSON.parse of the same payload, the least any decoder must do.
  const payloadJson = Buffer.from(ENTRA_ACCESS.split('.')[1]!, 'base64url').toString();
  const baseline = median(() => JSON.parse(payloadJson), 200);

  const typicalMs = median(() => assert.ok(hoverFor(typical, 40)));
  const bigMs = median(() => assert.ok(hoverFor(big, 10)), 10);
  const hugeLineMs = median(() => assert.ok(hoverFor(hugeLine, 500_010)));
  const missMs = median(() => assert.equal(hoverFor(hugeLine, 10), undefined));
  console.log(
    `  hover: typical ${typicalMs.toFixed(3)} ms (JSON.parse baseline ${baseline.toFixed(4)} ms); ` +
      `500 claims / ${(big.length / 1024).toFixed(0)} KB token ${bigMs.toFixed(2)} ms; token in a 1 MB line ${hugeLineMs.toFixed(3)} ms; ` +
      `no token under the cursor on that line ${missMs.toFixed(3)} ms`,
  );
  // Generous bounds: a hover must never be the slow part of an editor, even on a loaded machine.
  assert.ok(typicalMs < 20, `typical hover took ${typicalMs} ms`);
  assert.ok(bigMs < 200, `big hover took ${bigMs} ms`);
  assert.ok(hugeLineMs < 20 && missMs < 20, `1 MB line: ${hugeLineMs} / ${missMs} ms`);
});
