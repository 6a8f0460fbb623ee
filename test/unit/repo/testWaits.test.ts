// Tests wait on conditions and events, never for a fixed time: the shared waitFor/nextEvent behave,
// and no test or harness file sleeps (Playwright's waitForTimeout, a bare setTimeout(resolve, N)).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { nextEvent, waitFor, WaitTimeoutError } from '../../harness/waitFor';

test('waitFor returns the first truthy value, checking at once and then on each poll', async () => {
  let calls = 0;
  assert.equal(await waitFor(() => 'now', { timeout: 1000, what: 'x' }), 'now');
  const value = await waitFor(() => (++calls >= 3 ? { calls } : undefined), { timeout: 5000, interval: 1, what: 'three calls' });
  assert.deepEqual(value, { calls: 3 });
  // Async conditions, and conditions that throw until they hold.
  let ready = false;
  setImmediate(() => {
    ready = true;
  });
  assert.equal(
    await waitFor(
      async () => {
        if (!ready) throw new Error('not yet');
        return 42;
      },
      { timeout: 5000, interval: 1, what: 'ready' },
    ),
    42,
  );
});

test('waitFor fails after its timeout with what it waited for and what it last saw', async () => {
  const started = Date.now();
  await assert.rejects(
    waitFor(
      () => {
        throw new Error('still closed');
      },
      { timeout: 60, interval: 5, what: 'the door to open' },
    ),
    (error: Error) => {
      assert.ok(error instanceof WaitTimeoutError);
      assert.match(error.message, /timed out after 60 ms waiting for the door to open \(last: Error: still closed\)/);
      return true;
    },
  );
  assert.ok(Date.now() - started >= 55, 'it waited its timeout');
  await assert.rejects(
    waitFor(() => 0, { timeout: 10, what: 'a count' }),
    /waiting for a count \(last: 0\)/,
  );
});

test('nextEvent resolves on the first accepted event, unsubscribes, and times out naming the event', async () => {
  const emitter = new EventEmitter();
  const subscribe = (listener: (value: number) => void) => {
    emitter.on('n', listener);
    return () => emitter.off('n', listener);
  };
  const even = nextEvent(subscribe, (n: number) => n % 2 === 0, { timeout: 5000, what: 'an even number' });
  emitter.emit('n', 1);
  emitter.emit('n', 4);
  assert.equal(await even, 4);
  assert.equal(emitter.listenerCount('n'), 0);
  // The `{ dispose }` form (vscode.Event) as well.
  const never = nextEvent(
    (listener: (value: number) => void) => {
      emitter.on('n', listener);
      return { dispose: () => emitter.off('n', listener) };
    },
    () => false,
    { timeout: 20, what: 'a number never sent' },
  );
  await assert.rejects(never, /timed out after 20 ms waiting for a number never sent/);
  assert.equal(emitter.listenerCount('n'), 0);
});

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|mts|mjs|js)$/.test(name) ? [path] : [];
  });
}

test('no test, helper or harness file sleeps for a fixed time', () => {
  // The one pause is waitFor's own polling interval; this file names the patterns it looks for.
  const allowed = new Set([join('test', 'harness', 'waitFor.ts'), join('test', 'unit', 'repo', 'testWaits.test.ts')]);
  const sleeps = [
    /\bwaitForTimeout\s*\(/,
    /setTimeout\(\s*(?:resolve|r|res|done|next)\s*,\s*[\d_]+\s*\)/,
    /new Promise\(\s*\(?\s*(\w+)\s*\)?\s*=>\s*setTimeout\(\s*\1\s*,/,
  ];
  const offenders = files('test')
    .filter((file) => !allowed.has(file))
    .flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => (sleeps.some((pattern) => pattern.test(line)) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
    );
  assert.deepEqual(offenders, []);
});
