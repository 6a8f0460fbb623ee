import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { linesOf, responseWindow } from '../../../../src/core/errors/responseWindow';
import { sample } from '../../extension/errors/_fixtures';

function lineOf(text: string, needle: string): { line: number; character: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, needle);
  return { line, character: lines[line]!.indexOf(needle) + 2 };
}

test('inside a pretty-printed JSON body the window is the whole body', () => {
  const text = sample('token-error.json');
  for (const needle of ['invalid_grant', 'AADSTS70008', '70008\n', 'correlation_id', '{']) {
    const at = lineOf(text, needle.trimEnd());
    const window = responseWindow(linesOf(text), at.line, at.character);
    assert.equal(window.multiLine, true, needle);
    assert.equal(window.text, text.trim(), needle);
    assert.deepEqual([window.firstLine, window.lastLine], [0, text.trim().split('\n').length - 1]);
  }
});

test('a log line is read alone, even one holding a one-line JSON body', () => {
  const text = sample('app.log');
  for (const needle of ['AADSTS700082', 'E0000011', 'redirect_uri_mismatch']) {
    const at = lineOf(text, needle);
    const window = responseWindow(linesOf(text), at.line, at.character);
    assert.equal(window.multiLine, false);
    assert.equal(window.text, text.split('\n')[at.line]);
  }
});

test('a body embedded in a log, between other lines with stray brackets', () => {
  const text = [
    'INFO starting {unbalanced',
    'ERROR token call failed:',
    '{',
    '  "error": "invalid_client",',
    '  "error_description": "AADSTS7000215: Invalid client secret provided. ] }",',
    '  "nested": { "a": [1, 2] }',
    '}',
    'INFO done ]',
  ].join('\n');
  const window = responseWindow(linesOf(text), 4, 30);
  assert.equal(window.multiLine, true);
  assert.deepEqual([window.firstLine, window.lastLine], [2, 6]);
  assert.ok(window.text.startsWith('{') && window.text.endsWith('}'));
  assert.doesNotThrow(() => JSON.parse(window.text));
});

test('a body larger than the window is not guessed at: the line alone', () => {
  const inner = Array.from({ length: 80 }, (_, i) => `  "k${i}": ${i},`);
  const text = ['{', ...inner, '  "error": "invalid_grant"', '}'].join('\n');
  const window = responseWindow(linesOf(text), 81, 14);
  assert.equal(window.multiLine, false);
  assert.equal(window.text, '  "error": "invalid_grant"');
});

test('a huge single line is sliced around the cursor, within the character limit', () => {
  const line = `${'x'.repeat(100_000)} AADSTS50058 ${'y'.repeat(100_000)}`;
  const window = responseWindow(linesOf(line), 0, 100_003, { maxLines: 30, maxChars: 16_384 });
  assert.ok(window.text.length <= 16_384);
  assert.ok(window.text.includes('AADSTS50058'));
});

test('property: never throws, never reads past its limits, and the window contains the line or encloses it', () => {
  const lineArb = fc.oneof(fc.constantFrom('{', '}', '[', ']', '"error": "x",', '"a\\"{": 1', ''), fc.string({ maxLength: 60 }));
  fc.assert(
    fc.property(fc.array(lineArb, { minLength: 1, maxLength: 120 }), fc.nat(), fc.nat(80), (lines, pick, character) => {
      const line = pick % lines.length;
      let reads = 0;
      const source = { lineCount: lines.length, lineAt: (n: number) => (reads++, lines[n]!) };
      const window = responseWindow(source, line, character, { maxLines: 10, maxChars: 2000 });
      assert.ok(reads <= 21, `read ${reads} lines`);
      assert.ok(window.text.length <= 2000 + 20);
      assert.ok(window.firstLine <= line && line <= window.lastLine);
      if (!window.multiLine) assert.equal(window.text, lines[line]);
    }),
  );
});
