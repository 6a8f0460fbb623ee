// Each class stands for a regex class (issue 16): checked against that class on every UTF-16 code unit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAsciiLetter, isDigit, isLineTerminator, isSpace } from '../../../../src/core/text/chars';

const CLASSES: [string, (c: number) => boolean, RegExp][] = [
  ['isSpace', isSpace, /\s/],
  ['isLineTerminator', isLineTerminator, /[\n\r\u2028\u2029]/],
  ['isDigit', isDigit, /\d/],
  ['isAsciiLetter', isAsciiLetter, /[A-Za-z]/],
];

test('every character class says what its regex class says, on all 65,536 code units', () => {
  for (const [name, isIn, pattern] of CLASSES) {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isIn(c) !== pattern.test(String.fromCharCode(c))) wrong.push(c.toString(16));
    assert.deepEqual(wrong, [], name);
  }
  assert.equal(isSpace(NaN), false);
});
