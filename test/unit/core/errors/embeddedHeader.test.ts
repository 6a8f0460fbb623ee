import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { embeddedChallenge } from '../../../../src/core/errors/embeddedHeader';

test('a header after a log prefix is cut out; one at the start is left to the parser', () => {
  assert.equal(
    embeddedChallenge('ERROR api 401 WWW-Authenticate: Bearer error="invalid_token"'),
    'WWW-Authenticate: Bearer error="invalid_token"',
  );
  assert.equal(embeddedChallenge('WWW-Authenticate: Bearer error="invalid_token"'), undefined);
  assert.equal(embeddedChallenge('  www-authenticate: Bearer'), undefined);
  assert.equal(embeddedChallenge('no header here'), undefined);
  assert.equal(embeddedChallenge('x WWW-Authenticate:'), undefined, 'a header name with no value');
  assert.equal(embeddedChallenge('line one\nERROR WWW-Authenticate: Bearer'), undefined, 'multi-line text goes to the parser whole');
});

test('property: never throws, and what it returns is a tail of the input', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 80 }), (prefix, value) => {
      const text = `${prefix} WWW-Authenticate: ${value}`;
      const tail = embeddedChallenge(text);
      if (tail !== undefined) assert.ok(text.endsWith(tail) && tail.startsWith('WWW-Authenticate:'));
    }),
  );
});
