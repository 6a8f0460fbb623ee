import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { escapeHtml, escapeMarkdown } from '../../src/core/render/escape';

test('HTML special characters are escaped', () => {
  assert.equal(escapeHtml('<img src=x onerror="alert(1)">&\''), '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;');
});

test('markdown links, command links and code fences become inert text', () => {
  const hostile = '[click](command:workbench.action.terminal.new) ```js\n# heading <b>x</b>';
  const out = escapeMarkdown(hostile);
  assert.ok(!out.includes('[click]('));
  assert.ok(!out.includes('```'));
  assert.ok(!out.includes('\n'));
  assert.ok(!/(^|[^\\])</.test(out));
});

test('escapeMarkdown never leaves an unescaped markdown character', () => {
  fc.assert(fc.property(fc.string(), (s) => {
    const out = escapeMarkdown(s);
    // After removing escape pairs, no markdown punctuation may remain.
    return !/[`*_[\]()#<>!|]/.test(out.replace(/\\./g, ''));
  }));
});
