import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { h, patch } from '../../../../src/webview/shared/patch';
import { FakeText, fakeRoot, type FakeElement } from '../../../fixtures/webview/fakeDom';

const keysOf = (parent: FakeElement) => parent.childNodes.map((n) => (n as FakeElement).getAttribute('data-k'));

test('patch builds elements, attributes and text; strings never become markup; invisible characters are shown', () => {
  const { root, dom } = fakeRoot();
  patch(dom, [
    h('p', { class: 'a', hidden: true, title: undefined, disabled: false }, 'x <b>y</b>', h('code', {}, 'c')),
    false,
    null,
    undefined,
    ['tail'],
  ]);
  assert.equal(root.childNodes.length, 2);
  const p = root.childNodes[0] as FakeElement;
  assert.equal(p.tagName, 'p');
  assert.deepEqual(
    [...p.attributes],
    [
      ['class', 'a'],
      ['hidden', ''],
    ],
  );
  assert.ok(p.childNodes[0] instanceof FakeText);
  assert.equal(p.textContent, 'x <b>y</b>c');
  assert.equal(root.childNodes[1]!.textContent, 'tail');
  patch(dom, ['evil \u202e text']);
  assert.equal(root.textContent, 'evil \\u202e text');
});

test('keyed children keep their nodes through inserts, removals and reorders', () => {
  const { root, dom } = fakeRoot();
  const list = (keys: string[]) => keys.map((k) => h('li', { key: k, 'data-k': k }, k));
  patch(dom, list(['a', 'b', 'c']));
  const [a, b, c] = root.childNodes;
  patch(dom, list(['c', 'a', 'b', 'd']));
  assert.deepEqual(keysOf(root), ['c', 'a', 'b', 'd']);
  assert.equal(root.childNodes[0], c);
  assert.equal(root.childNodes[1], a);
  assert.equal(root.childNodes[2], b);
  patch(dom, list(['b']));
  assert.deepEqual(keysOf(root), ['b']);
  assert.equal(root.childNodes[0], b);
});

test('any sequence of keyed lists ends in the requested order, reusing the node of every key that stays', () => {
  fc.assert(
    fc.property(
      fc.array(fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), { maxLength: 7 }), { minLength: 1, maxLength: 6 }),
      (renders) => {
        const { root, dom } = fakeRoot();
        let previous = new Map<string, unknown>();
        for (const keys of renders) {
          patch(dom, [h('h3', {}, 'title'), ...keys.map((k) => h('li', { key: k, 'data-k': k }, k)), 'end']);
          assert.deepEqual(
            root.childNodes.slice(1, -1).map((n) => (n as FakeElement).getAttribute('data-k')),
            keys,
          );
          assert.equal(root.childNodes.length, keys.length + 2);
          const now = new Map(root.childNodes.slice(1, -1).map((n) => [(n as FakeElement).getAttribute('data-k')!, n]));
          for (const [k, node] of now) if (previous.has(k)) assert.equal(node, previous.get(k), `the node of ${k} is reused`);
          previous = now;
        }
      },
    ),
    { numRuns: 300 },
  );
});

test('unkeyed children are reused by position and tag; another tag is a new node', () => {
  const { root, dom } = fakeRoot();
  patch(dom, [h('p', {}, 'one'), h('div', {}, 'two')]);
  const [p, div] = root.childNodes;
  patch(dom, [h('p', {}, 'one!'), h('section', {}, 'two')]);
  assert.equal(root.childNodes[0], p);
  assert.equal(root.childNodes[0]!.textContent, 'one!');
  assert.notEqual(root.childNodes[1], div);
  assert.equal((root.childNodes[1] as FakeElement).tagName, 'section');
});

test('what the user opened or typed stays unless the render changes it; the caret is not moved', () => {
  const { root, dom } = fakeRoot();
  const render = (value: string, open: boolean) =>
    patch(dom, [h('details', { key: 'x', open }, h('summary', {}, 'GET /')), h('input', { key: 'i', value })]);
  render('from host', false);
  const details = root.childNodes[0] as FakeElement;
  const input = root.childNodes[1] as FakeElement;
  assert.equal(input.value, 'from host');
  details.open = true; // the user clicks the summary
  input.type('from host, edited', 4); // and types, with the caret left at 4
  const writes = input.writes;
  render('from host', false); // a poll: the same description again
  assert.equal(details.open, true, 'the opened details stay open');
  assert.equal(input.value, 'from host, edited');
  assert.equal(input.selectionStart, 4);
  assert.equal(input.writes, writes, 'nothing was written to the input');
  render('from host, edited', false); // the render now knows the edit (from the page's state): still no write
  assert.equal(input.writes, writes);
  assert.equal(input.selectionStart, 4);
  render('new value', true); // a change the render asks for is applied
  assert.equal(input.value, 'new value');
  assert.equal(details.open, true);
  render('new value', false);
  assert.equal(details.open, false);
});

test('the focus stays on a node that stays, and comes back to one that had to move', () => {
  const { doc, root, dom } = fakeRoot();
  const list = (keys: string[]) => keys.map((k) => h('div', { key: k }, h('input', { 'data-k': k })));
  patch(dom, list(['a', 'b', 'c']));
  const inputB = root.find((e) => e.getAttribute('data-k') === 'b')!;
  inputB.focus();
  patch(dom, list(['b', 'c', 'd'])); // "a" goes: "b" must not be moved for it
  assert.equal(doc.activeElement, inputB);
  assert.equal(root.moves, 0, 'removing a node moves none of the others');
  patch(dom, list(['d', 'b', 'c'])); // "d" moves before "b": "b" stays where it is
  assert.equal(doc.activeElement, inputB);
  patch(dom, list(['b', 'c', 'd'])); // now "b" itself has to move
  assert.equal(doc.activeElement, inputB);
  assert.equal(inputB.isConnected, true);
  patch(dom, list(['d'])); // gone: the focus is gone with it
  assert.equal(doc.activeElement, doc.body);
});

test('listeners follow the latest render, one real listener per type, and stop when removed', () => {
  const { root, dom } = fakeRoot();
  const calls: string[] = [];
  patch(dom, [h('button', { onClick: () => calls.push('first') })]);
  const button = root.childNodes[0] as FakeElement;
  button.fire('click');
  patch(dom, [h('button', { onClick: () => calls.push('second') })]);
  button.fire('click');
  patch(dom, [h('button', {})]);
  button.fire('click');
  patch(dom, [h('button', { onClick: () => calls.push('third') })]);
  button.fire('click');
  assert.deepEqual(calls, ['first', 'second', 'third']);
  assert.equal(button.listenerCount('click'), 1);
});

test('attributes that are gone are removed; unchanged ones are not written again', () => {
  const { root, dom } = fakeRoot();
  patch(dom, [h('button', { class: 'a', disabled: true, title: 'why' }, 'go')]);
  const button = root.childNodes[0] as FakeElement;
  const writes = button.writes;
  patch(dom, [h('button', { class: 'a', disabled: true, title: 'why' }, 'go')]);
  assert.equal(button.writes, writes);
  patch(dom, [h('button', { class: 'b', disabled: false }, 'go')]);
  assert.deepEqual([...button.attributes], [['class', 'b']]);
});
