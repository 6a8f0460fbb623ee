// findErrors' work budget (`limits.maxHits`): a text denser than it is searched in part, says where it
// stopped, and what it returns is exactly what a whole search finds before that offset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { findErrors, NUMERIC_DEDUPE_WINDOW } from '../../../../src/core/errors/recognize';
import { DEFAULT_MAX_HITS, type ScanLimits } from '../../../../src/core/scan/limits';

const FOUR_MB = 4 * 1024 * 1024;
const fill = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length));

test('a 4 MB line of codes: the default budget stops the search, says where, and keeps the codes before it', () => {
  const text = fill('AADSTS50058 ', FOUR_MB);
  const limits: ScanLimits = {};
  const found = findErrors(text, limits);
  assert.equal(found.length, DEFAULT_MAX_HITS);
  assert.equal(limits.stoppedAt, DEFAULT_MAX_HITS * 12, 'the first code past the budget');
  assert.deepEqual(found.at(-1), {
    kind: 'error',
    code: 'AADSTS50058',
    family: 'entra',
    start: limits.stoppedAt! - 12,
    end: limits.stoppedAt! - 1,
  });
  // Without `limits` the same budget applies, silently.
  assert.equal(findErrors(text).length, DEFAULT_MAX_HITS);
});

test('maxHits: Infinity searches the whole dense text, as findErrors did before it had a budget', () => {
  for (const [unit, perUnit] of [
    ['AADSTS50058 ', 1],
    ['error=access_denied&', 1],
    ['E0000011 ', 1],
    ['invalid_grant: AADSTS50173 ', 2],
  ] as const) {
    const text = fill(unit, FOUR_MB);
    const limits: ScanLimits = { maxHits: Infinity };
    const found = findErrors(text, limits);
    assert.equal(found.length, (text.length / unit.length) * perUnit, unit);
    assert.equal(limits.stoppedAt, undefined, unit);
  }
});

test('a text under the budget: stoppedAt stays undefined, the result is the same with any larger budget', () => {
  const dir = join(__dirname, '../../../fixtures/errors/samples');
  for (const name of readdirSync(dir)) {
    const text = readFileSync(join(dir, name), 'utf8');
    const limits: ScanLimits = { stoppedAt: 7 };
    assert.deepEqual(findErrors(text, limits), findErrors(text, { maxHits: Infinity }), name);
    assert.equal(limits.stoppedAt, undefined, `${name}: a stale stoppedAt is cleared`);
  }
});

// Pieces the recogniser reacts to, including those whose meaning depends on another finding nearby:
// a bare Entra number beside its AADSTS form, a generic code beside an Entra code, a label before AADSTS,
// vendor evidence around a generic code; and filler to put those pairs on either side of a stop.
const piece = fc.constantFrom(
  'AADSTS50058',
  'AADSTS70008',
  ' AADSTS70008: expired',
  'invalid_grant: ',
  '"error_codes":[70008]',
  '"error_codes": [50058, 70008]',
  '"error":"invalid_grant"',
  'error=access_denied&',
  'error=invalid_client&error_description=x',
  'E0000011',
  '"errorLink":"E0000011"',
  'IDX10223',
  'urn:oasis:names:tc:SAML:2.0:status:Requester',
  'ServerError: invalid_grant: ',
  'NotAuthorizedException: ',
  'type=LOGIN_ERROR ',
  'salesforce ',
  'supabase ',
  'Error 400: redirect_uri_mismatch',
  'error',
  ' ',
  '\n',
  ', ',
  'x'.repeat(300),
  ' '.repeat(NUMERIC_DEDUPE_WINDOW - 100),
);
const text = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(''));

test('property: a capped search returns exactly the whole search’s findings that start before stoppedAt', () => {
  fc.assert(
    fc.property(text, fc.integer({ min: 1, max: 40 }), (input, maxHits) => {
      const whole = findErrors(input, { maxHits: Infinity });
      const limits: ScanLimits = { maxHits };
      const capped = findErrors(input, limits);
      if (limits.stoppedAt === undefined) {
        assert.deepEqual(capped, whole);
        return;
      }
      assert.ok(limits.stoppedAt > 0 && limits.stoppedAt < input.length);
      assert.deepEqual(
        capped,
        whole.filter((match) => match.start < limits.stoppedAt!),
      );
    }),
    { numRuns: 1500 },
  );
});

test('property: the budget only ever shortens the result (a larger one never reports less)', () => {
  fc.assert(
    fc.property(text, fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 30 }), (input, small, more) => {
      const a = findErrors(input, { maxHits: small });
      const b = findErrors(input, { maxHits: small + more });
      assert.deepEqual(b.slice(0, a.length), a);
    }),
    { numRuns: 500 },
  );
});

test('Keycloak event lines on a long line of codes: each code is Keycloak’s exactly when a sign is in its 400 characters before', () => {
  // The signs are looked for with a remembered indexOf (not a 400-character regex per code): the same answers.
  const code = 'error=access_denied, ';
  for (const sign of ['type=CODE_TO_TOKEN_ERROR, ', '[org.keycloak.events] ']) {
    const text = `${code.repeat(40)}${sign}${code.repeat(40)}`;
    const signStart = 40 * code.length;
    const signEnd = signStart + sign.length - 2; // the sign without its `, ` or `] `
    for (const match of findErrors(text, { maxHits: Infinity })) {
      const keyStart = match.start - 'error='.length;
      const inWindow = signStart >= keyStart - 400 && signEnd <= keyStart;
      assert.equal(match.family, inWindow ? 'keycloak' : 'oauth', `${sign} / code at ${match.start}`);
    }
  }
});
