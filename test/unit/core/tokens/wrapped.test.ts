import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findWrappedTokenAt } from '../../../../src/core/tokens/wrapped';
import { findTokens } from '../../../../src/core/tokens/detect';
import { RFC_VECTORS } from '../../../fixtures/tokens/rfcVectors';

const ps384 = RFC_VECTORS.find((v) => v.name.startsWith('RFC 7520 §4.2'))!.token;

function wrap(token: string, width: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < token.length; i += width) lines.push(token.slice(i, i + width));
  return lines;
}

test('a token wrapped in an indented block (as RFC 7520 prints it) is found from any of its lines', () => {
  const doc = ['Example:', '', ...wrap(ps384, 60).map((line) => `     ${line}`), '', 'More text.'];
  // Scanning line by line finds nothing: no line holds the whole token.
  assert.deepEqual(
    doc.flatMap((line) => findTokens(line)),
    [],
  );
  for (const line of [2, 4, doc.length - 3]) {
    const found = findWrappedTokenAt((n) => doc[n]!, doc.length, line, 10);
    assert.ok(found, `line ${line}`);
    assert.equal(found.token, ps384);
    assert.deepEqual(found.start, { line: 2, character: 5 });
    assert.equal(found.end.line, doc.length - 3);
  }
  assert.equal(
    findWrappedTokenAt((n) => doc[n]!, doc.length, 0, 2),
    undefined,
  );
});

test('a token wrapped in a quoted, concatenated string, starting after other text', () => {
  const lines = wrap(ps384, 70);
  const doc = [`const token = "${lines[0]}" +`, ...lines.slice(1, -1).map((line) => `  "${line}" +`), `  "${lines[lines.length - 1]}";`];
  const found = findWrappedTokenAt((n) => doc[n]!, doc.length, 2, 6);
  assert.equal(found?.token, ps384);
  const fromFirst = findWrappedTokenAt((n) => doc[n]!, doc.length, 0, 20);
  assert.equal(fromFirst?.token, ps384);
  assert.deepEqual(fromFirst?.start, { line: 0, character: 15 });
});
