import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CaptureStore } from '../../../../src/core/capture/captureStore';
import type { ErrorFinding, TokenFinding } from '../../../../src/core/scan/findings';
import { makeToken } from './_tokens';

function tokenFinding(text: string): TokenFinding {
  return { kind: 'token', format: 'jws', start: 0, end: text.length, line: 1, text };
}

function errorFinding(code: string, family = 'entra'): ErrorFinding {
  return { kind: 'error', code, family, start: 0, end: code.length, line: 1 };
}

function clock(start = 1_000): () => number {
  let now = start;
  return () => now++;
}

test('the same token in the same session is one item with a count', () => {
  const store = new CaptureStore({ now: clock() });
  const token = makeToken();
  store.openSession('s1', 'demo');
  const first = store.add('s1', 'stdout', tokenFinding(token));
  const again = store.add('s1', 'stderr', tokenFinding(token));
  assert.equal(first.isNew, true);
  assert.equal(again.isNew, false);
  assert.equal(store.size, 1);
  assert.equal(again.item.count, 2);
  assert.ok(again.item.lastSeen > again.item.firstSeen);
});

test('the same token in another session is another item', () => {
  const store = new CaptureStore();
  const token = makeToken();
  store.add('s1', 'stdout', tokenFinding(token));
  store.add('s2', 'stdout', tokenFinding(token));
  assert.equal(store.size, 2);
});

test('a token and an error with the same text are different items', () => {
  const store = new CaptureStore();
  store.add('s1', 'stdout', errorFinding('invalid_grant', 'oauth'));
  store.add('s1', 'stdout', tokenFinding('invalid_grant'));
  assert.equal(store.size, 2);
});

test('the list is bounded: when full the oldest item goes first', () => {
  const store = new CaptureStore({ maxItems: 10 });
  for (let i = 0; i < 25; i++) store.add('s1', 'stdout', errorFinding(`AADSTS${50000 + i}`));
  assert.equal(store.size, 10);
  assert.deepEqual(
    store.items().map((item) => item.value),
    Array.from({ length: 10 }, (_, i) => `AADSTS${50015 + i}`),
  );
  // An evicted value seen again comes back as a new item.
  assert.equal(store.add('s1', 'stdout', errorFinding('AADSTS50000')).isNew, true);
});

test('lowering maxItems trims at once', () => {
  const store = new CaptureStore({ maxItems: 100 });
  for (let i = 0; i < 50; i++) store.add('s1', 'stdout', errorFinding(`E00000${10 + i}`, 'okta'));
  store.setMaxItems(20);
  assert.equal(store.size, 20);
  store.setMaxItems(Number.NaN);
  assert.equal(store.size, 20);
});

test('sessions newest first, items in a session newest first', () => {
  const store = new CaptureStore({ now: clock() });
  store.openSession('old', 'first run');
  store.add('old', 'stdout', errorFinding('AADSTS50058'));
  store.openSession('new', 'second run');
  store.add('new', 'stdout', errorFinding('AADSTS50076'));
  store.add('new', 'stderr', errorFinding('AADSTS700082'));
  store.openSession('empty', 'nothing printed');
  assert.deepEqual(
    store.sessions().map((s) => s.name),
    ['second run', 'first run'],
  );
  assert.deepEqual(
    store.itemsOf('new').map((item) => item.value),
    ['AADSTS700082', 'AADSTS50076'],
  );
});

test('clearSession forgets one session, clear forgets all', () => {
  const store = new CaptureStore();
  store.add('a', 'stdout', errorFinding('AADSTS50058'));
  store.add('b', 'stdout', errorFinding('AADSTS50058'));
  store.clearSession('a');
  assert.deepEqual(
    store.items().map((item) => item.session),
    ['b'],
  );
  assert.equal(store.add('a', 'stdout', errorFinding('AADSTS50058')).isNew, true);
  store.clear();
  assert.equal(store.size, 0);
  assert.deepEqual(store.sessions(), []);
});

test('ended sessions without items are not kept forever', () => {
  const store = new CaptureStore({ maxEmptySessions: 3 });
  for (let i = 0; i < 50; i++) {
    store.openSession(`s${i}`, `run ${i}`);
    store.endSession(`s${i}`);
  }
  // Internal map size is observed through a new item in an old session: it is renamed after its id.
  store.add('s0', 'stdout', errorFinding('AADSTS50058'));
  assert.equal(store.sessions()[0]!.name, 's0');
});

test('counts say how many, never what', () => {
  const store = new CaptureStore();
  store.add('s', 'stdout', tokenFinding(makeToken()));
  store.add('s', 'stdout', errorFinding('AADSTS50058'));
  const counts = store.counts();
  assert.deepEqual(counts, { sessions: 1, items: 2, tokens: 1, errors: 1 });
  assert.ok(!JSON.stringify(counts).includes('eyJ'));
});

test('errors keep their line as context', () => {
  const store = new CaptureStore();
  const { item } = store.add('s', 'stderr', errorFinding('AADSTS700082'), 'ServerError: invalid_grant: AADSTS700082: expired');
  assert.equal(item.context, 'ServerError: invalid_grant: AADSTS700082: expired');
  assert.equal(item.family, 'entra');
});

test('any sequence of adds keeps the size within maxItems and the value index consistent (property)', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 20 }),
      fc.array(fc.tuple(fc.constantFrom('s1', 's2', 's3'), fc.integer({ min: 0, max: 30 }), fc.boolean()), { maxLength: 200 }),
      (maxItems, adds) => {
        const store = new CaptureStore({ maxItems });
        for (const [session, n, clearIt] of adds) {
          store.add(session, 'stdout', errorFinding(`AADSTS${50000 + n}`));
          if (clearIt && n === 0) store.clearSession(session);
          assert.ok(store.size <= maxItems);
        }
        const keys = store.items().map((item) => `${item.session}/${item.value}`);
        assert.equal(new Set(keys).size, keys.length, 'no value twice in one session');
      },
    ),
    { numRuns: 200 },
  );
});
