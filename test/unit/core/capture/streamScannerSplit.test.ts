// Issue 16, item 6: the same output gives the same findings however it is cut into pieces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createStreamScanner } from '../../../../src/core/capture/streamScanner';
import { CaptureStore } from '../../../../src/core/capture/captureStore';

const ENTRA_BODY =
  '{\n  "error": "invalid_grant",\n  "error_description": "AADSTS50058: A silent sign-in request was sent but no user is signed in.",\n  "error_codes": [\n    50058\n  ],\n  "timestamp": "2026-11-27 09:41:07Z"\n}\n';

function captured(pieces: string[]): string[] {
  const scanner = createStreamScanner();
  const store = new CaptureStore();
  for (const piece of pieces) for (const found of scanner.feed('s/stdout', piece)) store.add('s', 'stdout', found.finding, found.context);
  for (const found of scanner.end('s/stdout')) store.add('s', 'stdout', found.finding, found.context);
  return store.items().map((item) => `${item.value}×${item.count}`);
}

test('an Entra body printed line by line counts its code once, as when printed whole', () => {
  assert.deepEqual(captured([ENTRA_BODY]), ['invalid_grant×1', 'AADSTS50058×1']);
  assert.deepEqual(captured(ENTRA_BODY.split(/(?<=\n)/)), ['invalid_grant×1', 'AADSTS50058×1']);
  // The bare number first, the AADSTS form in a later piece: still one.
  assert.deepEqual(captured(['{"error_codes":[50058]}\n', 'AADSTS50058: no user\n']), ['AADSTS50058×1']);
  // The same error printed again far later is a second sighting.
  assert.deepEqual(captured([ENTRA_BODY, `${'.'.repeat(3000)}\n`, ENTRA_BODY]), ['invalid_grant×2', 'AADSTS50058×2']);
});

test('any cut of the output gives the same captured items and counts', () => {
  const inline =
    '{\n  "error": "invalid_grant",\n  "error_description": "AADSTS50058: no user is signed in.",\n  "error_codes": [50058]\n}\n';
  const output = `${inline}log line\n${ENTRA_BODY.replace(/50058/g, '70008')}${inline.replace(/50058/g, '50076')}`;
  const whole = captured([output]);
  fc.assert(
    fc.property(fc.uniqueArray(fc.integer({ min: 1, max: output.length - 1 }), { maxLength: 12 }), (cuts) => {
      const sorted = [...cuts].sort((a, b) => a - b);
      const pieces = [0, ...sorted].map((from, i) => output.slice(from, sorted[i] ?? output.length));
      assert.deepEqual(captured(pieces), whole);
    }),
    { numRuns: 300, seed: 16 },
  );
});

test('a line printed one character at a time costs linear time (it copied the growing line per character)', () => {
  const cpu = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const cost = (length: number) => {
    const scanner = createStreamScanner();
    const started = cpu();
    scanner.feed('s/stdout', 'AADSTS50058 ');
    for (let i = 0; i < length; i++) scanner.feed('s/stdout', 'x');
    scanner.end('s/stdout');
    return cpu() - started;
  };
  cost(5_000); // warm up
  const small = Math.max(cost(10_000), 2);
  const large = cost(80_000);
  assert.ok(
    large / small < 24,
    `10,000 → 80,000 characters: ${small.toFixed(1)} → ${large.toFixed(1)} ms CPU (×${(large / small).toFixed(1)}; linear is ×8)`,
  );
});

test("a long line full of codes, fed in one piece, costs linear time (each code's context searched the whole line)", () => {
  const cpu = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const cost = (length: number) => {
    const scanner = createStreamScanner({ keepChars: 2048 });
    const started = cpu();
    const found = scanner.feed('s/stdout', 'AADSTS50058 '.repeat(Math.ceil(length / 12)));
    assert.ok(found.length > 0 && found.every((f) => f.context !== undefined && f.context.length <= 2000));
    return cpu() - started;
  };
  cost(20_000); // warm up
  const small = Math.max(cost(100_000), 2);
  const large = cost(800_000);
  assert.ok(
    large / small < 24,
    `100,000 → 800,000 characters: ${small.toFixed(1)} → ${large.toFixed(1)} ms CPU (×${(large / small).toFixed(1)}; linear is ×8)`,
  );
});
