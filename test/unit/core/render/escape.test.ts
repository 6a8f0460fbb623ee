import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { escapeHtml, escapeMarkdown } from '../../../../src/core/render/escape';

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
  fc.assert(
    fc.property(fc.string(), (s) => {
      const out = escapeMarkdown(s);
      // After removing escape pairs, no markdown punctuation may remain.
      return !/[`*_[\]()#<>!|]/.test(out.replace(/\\./g, ''));
    }),
  );
});

test('bidi controls and zero-width characters are shown as escapes in markdown, HTML and terminal text', async () => {
  const { escapeHtml, escapeMarkdown, terminalSafe, jsonTerminalSafe } = await import('../../../../src/core/render/escape');
  const sub = '\u202Eevil\u2066x\u2069\u200B\u200E\u061C\uFEFF';
  const invisible = /[\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
  for (const escape of [escapeHtml, escapeMarkdown, terminalSafe]) {
    const out = escape(sub);
    assert.doesNotMatch(out, invisible, escape.name);
    assert.ok(out.includes('\\u202eevil'), `${escape.name}: ${out}`);
  }
  assert.equal(terminalSafe('a\u001b]0;t\u0007\r\u009bb\n\tc'), 'a\\u001b]0;t\\u0007\\u000d\\u009bb\n\tc');
  const json = JSON.stringify({ sub });
  assert.equal(JSON.parse(jsonTerminalSafe(json)).sub, sub);
  assert.doesNotMatch(jsonTerminalSafe(json), invisible);
});
