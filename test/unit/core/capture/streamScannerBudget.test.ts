// The stream scanner under the finders' budget: live capture caps each scan and counts the capped ones
// (the Captured view says so); `maxHitsPerScan: Infinity` (what `authlens scan` sets) reports everything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createStreamScanner, denseOutputNote } from '../../../../src/core/capture/streamScanner';
import { DEFAULT_MAX_HITS, type ScanLimits } from '../../../../src/core/scan/limits';

const codes = (count: number) => 'AADSTS50058 '.repeat(count);

test('a line denser than the budget: the codes before the stop are reported and the scan counts as capped', () => {
  const scanner = createStreamScanner();
  const found = scanner.feed('s/stdout', `${codes(DEFAULT_MAX_HITS + 500)}\n`);
  assert.equal(found.length, DEFAULT_MAX_HITS);
  assert.equal(scanner.stats().cappedScans, 1);
  // An ordinary line afterwards is scanned whole, and counts nothing.
  assert.equal(scanner.feed('s/stdout', 'then AADSTS70008 again\n').length, 1);
  assert.equal(scanner.stats().cappedScans, 1);
});

test('maxHitsPerScan: Infinity reports every code of the dense line and caps nothing', () => {
  const scanner = createStreamScanner({ maxHitsPerScan: Infinity, context: false });
  const found = scanner.feed('s/stdout', `${codes(DEFAULT_MAX_HITS + 500)}\n`);
  assert.equal(found.length, DEFAULT_MAX_HITS + 500);
  assert.equal(scanner.stats().cappedScans, 0);
});

test('maxHitsPerScan reaches an injected finder as its limits', () => {
  const seen: (number | undefined)[] = [];
  const scanner = createStreamScanner({
    maxHitsPerScan: 7,
    scan: (_text, limits: ScanLimits) => {
      seen.push(limits.maxHits);
      limits.stoppedAt = 3;
      return [];
    },
  });
  scanner.feed('s/stdout', 'AADSTS50058\n');
  assert.deepEqual(seen, [7]);
  assert.equal(scanner.stats().cappedScans, 1);
});

test('the Captured view note: none until a scan was capped, then one plain sentence', () => {
  assert.equal(denseOutputNote(0), undefined);
  assert.equal(
    denseOutputNote(1, 10_000),
    'Some output was too dense to scan whole (once: after 10,000 possible tokens or codes in one stretch, the rest of it was skipped).',
  );
  assert.match(denseOutputNote(3)!, /^Some output was too dense to scan whole \(3 times: /);
});
