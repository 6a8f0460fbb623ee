import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createOutputBatcher } from '../../../../src/core/capture/outputBatcher';
import { createStreamScanner } from '../../../../src/core/capture/streamScanner';
import { makeToken } from './_tokens';

test('queued pieces are scanned on drain, per stream, in order', () => {
  const token = makeToken();
  const batcher = createOutputBatcher(createStreamScanner());
  batcher.push('s/stdout', `first half ${token.slice(0, 100)}`);
  batcher.push('s/stderr', 'Error: invalid_grant\n');
  batcher.push('s/stdout', `${token.slice(100)} second half\n`);
  assert.equal(batcher.pendingChars > 0, true);
  const found = batcher.drain();
  assert.deepEqual(
    found.map((f) => [f.stream, f.finding.kind]),
    [
      ['s/stdout', 'token'],
      ['s/stderr', 'error'],
    ],
  );
  assert.equal(batcher.pendingChars, 0);
  assert.deepEqual(batcher.drain(), []);
});

test('the queue is bounded: push says when to drain', () => {
  const batcher = createOutputBatcher(createStreamScanner(), 1000);
  let full = false;
  for (let i = 0; i < 20 && !full; i++) full = batcher.push('s', 'x'.repeat(99) + '\n');
  assert.equal(full, true);
  assert.ok(batcher.pendingChars >= 1000 && batcher.pendingChars < 1100);
});

test("discard drops one session's queued output, or all of it", () => {
  const batcher = createOutputBatcher(createStreamScanner());
  batcher.push('a/stdout', 'Error: invalid_grant\n');
  batcher.push('b/stdout', 'Error: invalid_client\n');
  batcher.discard('a/');
  const found = batcher.drain();
  assert.deepEqual(
    found.map((f) => f.stream),
    ['b/stdout'],
  );
  batcher.push('b/stdout', 'Error: invalid_client\n');
  batcher.discard();
  assert.equal(batcher.pendingChars, 0);
  assert.deepEqual(batcher.drain(), []);
});

test('empty and non-text pieces are ignored', () => {
  const batcher = createOutputBatcher(createStreamScanner());
  batcher.push('s', '');
  batcher.push('s', undefined as unknown as string);
  assert.equal(batcher.pendingChars, 0);
});
