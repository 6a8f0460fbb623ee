/** From the text the user pointed at to the Explain view's model, or a clear message. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainSource, sourceFromArgument } from '../../../../src/core/errors/explainModel';
import { catalog } from '../../extension/errors/_fixtures';

test('nothing recognised: a clear message naming the input, never a crash', () => {
  for (const [text, expected] of [
    ['hello world', 'No auth error code found in “hello world”.'],
    ['   ', 'No auth error code found in “”.'],
    [
      'x'.repeat(2_000_000),
      'No auth error code found in “xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…” (The text is 2000000 characters; an error response is at most 1048576. Scan it instead.).',
    ],
  ] as const) {
    const outcome = explainSource({ text, from: 'the text given' }, catalog);
    assert.equal(outcome.ok, false);
    assert.equal(outcome.ok ? '' : outcome.message, expected);
  }
  const outcome = explainSource({ text: 'just some prose', from: 'line 3 of notes.md' }, catalog);
  assert.deepEqual(outcome, { ok: false, message: 'No auth error code found in line 3 of notes.md.' });
});

test('the command argument counts only when it is text (menus pass a Uri)', () => {
  assert.deepEqual(sourceFromArgument('AADSTS50058'), { text: 'AADSTS50058', from: 'the text given' });
  for (const argument of [undefined, '', '  ', 42, { path: '/x' }, ['AADSTS50058']]) assert.equal(sourceFromArgument(argument), undefined);
});

test("the model's codes come from the one policy: provider codes first, the causes that apply first", () => {
  const outcome = explainSource(
    {
      text: '{"error":"invalid_grant","error_description":"AADSTS54005: OAuth2 Authorization code was already redeemed.","error_codes":[54005]}',
      from: 'the text given',
    },
    catalog,
  );
  assert.ok(outcome.ok);
  assert.deepEqual(
    outcome.model.codes.map((found) => found.code),
    ['AADSTS54005', 'invalid_grant'],
  );
  const grant = outcome.model.codes[1]!;
  assert.equal(grant.entry?.family, 'entra');
  assert.match(grant.entry?.causes[0] ?? '', /already redeemed/);
  const revoked = explainSource({ text: '{"error":"invalid_grant"}', from: 'the Flow Tester' }, catalog, {
    context: { step: 'refresh', facts: ['revoked'] },
  });
  assert.ok(revoked.ok);
  assert.match(revoked.model.codes[0]?.entry?.causes[0] ?? '', /revoked/);
});
