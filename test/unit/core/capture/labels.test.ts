import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorLabel, expiryPhrase, gistOf, tokenFacts, tokenLabel, wordsOf } from '../../../../src/core/capture/labels';
import { linksInLine, DECODE_TOOLTIP, EXPLAIN_TOOLTIP } from '../../../../src/core/capture/lineLinks';
import { makeEntraAccessToken, makeToken } from './_tokens';
import { RFC7516_A3_JWE } from '../../../fixtures/tokens/rfcExamples';

const exp = 1_800_000_000;

test('an Entra access token reads "access token · Entra · expires in 52 minutes"', () => {
  const facts = tokenFacts(makeEntraAccessToken(exp), 'jws', (exp - 3000) * 1000);
  assert.equal(facts.kind, 'access token');
  assert.equal(facts.provider, 'Entra');
  assert.equal(tokenLabel(facts, (exp - 52 * 60) * 1000), 'access token · Entra · expires in 52 minutes');
  assert.equal(tokenLabel(facts, (exp + 3 * 3600) * 1000), 'access token · Entra · expired 3 h ago');
});

test('the expiry words follow the clock, the decoding is done once', () => {
  const facts = tokenFacts(makeEntraAccessToken(exp), 'jws', 0);
  assert.match(tokenLabel(facts, (exp - 10) * 1000), /expires in 10 seconds$/);
  assert.match(tokenLabel(facts, (exp + 120) * 1000), /expired 2 minutes ago$/);
});

test('a token without exp or provider still gets a label', () => {
  const facts = tokenFacts(makeToken({ claims: { exp: undefined, iss: undefined } }));
  assert.equal(facts.exp, undefined);
  assert.equal(facts.provider, undefined);
  assert.equal(tokenLabel(facts), 'token');
  assert.equal(tokenLabel(tokenFacts(RFC7516_A3_JWE, 'jwe')), 'encrypted token');
  assert.equal(expiryPhrase(undefined), undefined);
});

test('a token that does not decode degrades to its format', () => {
  const broken = 'eyJhbGciOiJIUzI1NiJ9.!!!.x';
  const facts = tokenFacts(broken, 'jws');
  assert.equal(facts.kind, 'token (JWS)');
  assert.ok(facts.problem);
  assert.equal(tokenLabel(tokenFacts('', 'jwe')), 'token (encrypted)');
});

test('error labels: code and the gist of the explanation', () => {
  assert.equal(
    errorLabel('AADSTS700082', {
      name: 'ExpiredOrRevokedGrantInactiveToken',
      summary: 'The refresh token has expired because it was not used for too long.',
    }),
    'AADSTS700082 · refresh token has expired',
  );
  assert.equal(errorLabel('AADSTS50058', { name: 'UserInformationNotProvided' }), 'AADSTS50058 · user information not provided');
  assert.equal(errorLabel('invalid_grant', { name: 'invalid_grant' }), 'invalid_grant');
  assert.equal(errorLabel('E0000011', undefined), 'E0000011');
});

test('gistOf keeps the first clause, short', () => {
  assert.equal(gistOf('The user cancelled; nothing to do.'), 'user cancelled');
  assert.equal(gistOf('OAuth client is disabled (admin action).'), 'OAuth client is disabled');
  assert.ok(gistOf('word '.repeat(40)).length <= 60);
  assert.equal(wordsOf('invalid_client'), 'invalid client');
});

test('terminal lines: tokens link to decode, codes to explain', () => {
  const token = makeToken();
  const line = `got ${token} then AADSTS50058 and {"error":"invalid_grant"}`;
  const links = linksInLine(line);
  assert.deepEqual(
    links.map((l) => [l.kind, l.value === token ? 'the token' : l.value, l.tooltip]),
    [
      ['token', 'the token', DECODE_TOOLTIP],
      ['error', 'AADSTS50058', EXPLAIN_TOOLTIP],
      ['error', 'invalid_grant', EXPLAIN_TOOLTIP],
    ],
  );
  for (const link of links) assert.equal(line.slice(link.start, link.start + link.length), link.value);
});

test('terminal lines without anything, or absurdly long, cost little and give nothing wrong', () => {
  assert.deepEqual(linksInLine(''), []);
  assert.deepEqual(linksInLine('npm run build'), []);
  assert.deepEqual(linksInLine(undefined as unknown as string), []);
  const started = performance.now();
  const links = linksInLine(`${'Error '.repeat(200_000)} AADSTS50058`);
  assert.ok(performance.now() - started < 2000);
  assert.ok(links.length <= 50);
});
