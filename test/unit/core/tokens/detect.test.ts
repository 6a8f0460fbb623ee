import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findTokenAt, findTokens, isCompactToken } from '../../../../src/core/tokens/detect';
import { MAX_TOKEN_LENGTH } from '../../../../src/core/tokens/limits';
import { makeToken, SAMPLE } from '../../../fixtures/tokens/makeToken';
import { RFC7515_A1_HS256, RFC7515_A3_ES256, RFC7516_A3_JWE, RFC7519_UNSECURED } from '../../../fixtures/tokens/rfcExamples';

const texts = (token: string): Record<string, string> => ({
  bare: token,
  'JSON string': `{"access_token":"${token}","token_type":"Bearer"}`,
  'Authorization header': `Authorization: Bearer ${token}\r\n`,
  'DPoP header': `DPoP ${token}`,
  'URL query': `https://app.example/cb?code=abc&id_token=${token}&state=xyz`,
  'URL fragment': `https://app.example/cb#id_token=${token}&access_token=${token}`,
  cookie: `Cookie: session=${token}; theme=dark`,
  '.env value': `API_TOKEN=${token}\nOTHER=1`,
  'single-quoted literal': `const t = '${token}';`,
  'template literal': 'fetch(url, { headers: { Authorization: `Bearer ' + token + '` } })',
  'curl line': `curl -H "Authorization: Bearer ${token}" https://api.example/orders`,
  'sentence with full stop': `The token was ${token}.`,
  'in parentheses': `(token ${token})`,
  'URL-encoded': `redirect?token%3D${token}%26x=1`,
  'escaped JSON newline': `"line1\\n${token}"`,
  'log line': `2026-11-28T10:00:00Z INFO auth: got token=${token}, expires_in=3600`,
});

for (const [label, token] of [
  ['JWS', SAMPLE],
  ['RFC 7515 A.1', RFC7515_A1_HS256],
  ['RFC 7515 A.3', RFC7515_A3_ES256],
  ['JWE', RFC7516_A3_JWE],
] as const) {
  for (const [shape, text] of Object.entries(texts(token))) {
    test(`finds a ${label} token ${shape}`, () => {
      const found = findTokens(text);
      assert.ok(found.length >= 1, `no token found in: ${text.slice(0, 80)}`);
      for (const match of found) {
        assert.equal(match.text, token);
        assert.equal(text.slice(match.start, match.end), token);
      }
    });
  }
}

test('reports the format: jws, jwe, unsecured', () => {
  assert.equal(findTokens(SAMPLE)[0]?.format, 'jws');
  assert.equal(findTokens(RFC7516_A3_JWE)[0]?.format, 'jwe');
  const unsecured = findTokens(`x=${RFC7519_UNSECURED} y`)[0];
  assert.equal(unsecured?.format, 'unsecured');
  assert.equal(unsecured?.text, RFC7519_UNSECURED, 'keeps the trailing dot of the empty signature');
});

test('an unsecured token at the end of a sentence keeps exactly one dot', () => {
  assert.equal(findTokens(`see ${RFC7519_UNSECURED}.`)[0]?.text, RFC7519_UNSECURED);
});

test('a JWE with an empty encrypted key (alg dir) is found', () => {
  const jwe = RFC7516_A3_JWE.split('.');
  const dir = [makeToken({ alg: 'dir', enc: 'A256GCM' }, {}).split('.')[0], '', jwe[2], jwe[3], jwe[4]].join('.');
  assert.deepEqual(
    findTokens(`"${dir}"`).map((m) => [m.format, m.text]),
    [['jwe', dir]],
  );
});

test('finds several tokens in order with correct offsets', () => {
  const text = `a ${SAMPLE} b ${RFC7516_A3_JWE} c ${RFC7519_UNSECURED} d`;
  const found = findTokens(text);
  assert.deepEqual(
    found.map((m) => m.format),
    ['jws', 'jwe', 'unsecured'],
  );
  for (const match of found) assert.equal(text.slice(match.start, match.end), match.text);
  assert.ok(found[0]!.end < found[1]!.start && found[1]!.end < found[2]!.start);
});

test('never matches version numbers, host names, file names or dotted identifiers', () => {
  const negatives = [
    '1.2.3',
    'v10.20.30',
    'a.b.c',
    'api.example.com',
    'file.tar.gz',
    'foo.bar.baz',
    'com.example.app.MainActivity',
    'eyJ.eyJ.eyJ',
    'eyJhbGciOi.eyJzdWIi.sig', // base64 that is not a complete JSON header
    'eyJub3RKc29uIjp9.eyJhIjoxfQ.c2ln', // header decodes but is not valid JSON
    `${makeToken({ typ: 'JWT' }, { a: 1 })}`, // a JSON header without alg
    `${makeToken({ alg: 'RS256' }, { a: 1 }).split('.').slice(0, 2).join('.')}`, // two parts only
    'aGVsbG8.d29ybGQ.Zm9v', // base64url parts, but not a JOSE header
    'prefixeyJhbGciOiJIUzI1NiJ9.eyJhIjoxfQ.c2ln', // glued to a preceding word
  ];
  for (const text of negatives) assert.deepEqual(findTokens(`x ${text} y`), [], text);
});

test('a JWE-shaped header needs five parts', () => {
  const header = makeToken({ alg: 'RSA-OAEP', enc: 'A256GCM' }, {}).split('.')[0];
  assert.deepEqual(findTokens(`${header}.a.b`), []);
});

test('rejects runs longer than the maximum token length and keeps going', () => {
  const huge = makeToken({ alg: 'HS256' }, { pad: 'x'.repeat(MAX_TOKEN_LENGTH) });
  const found = findTokens(`${huge} then ${SAMPLE}`);
  assert.deepEqual(
    found.map((m) => m.text),
    [SAMPLE],
  );
});

test('isCompactToken accepts exactly one token', () => {
  assert.equal(isCompactToken(SAMPLE), true);
  assert.equal(isCompactToken(`${SAMPLE}.`), false);
  assert.equal(isCompactToken(` ${SAMPLE}`), false);
});

test('findTokenAt finds the token under the cursor anywhere inside it, and nothing outside', () => {
  const line = `Authorization: Bearer ${SAMPLE} trailing`;
  const start = line.indexOf(SAMPLE);
  for (const offset of [0, 1, 10, SAMPLE.indexOf('.'), SAMPLE.length - 1, SAMPLE.length]) {
    const match = findTokenAt(line, start + offset);
    assert.equal(match?.text, SAMPLE, `offset ${offset}`);
    assert.equal(match?.start, start);
  }
  assert.equal(findTokenAt(line, start - 2), undefined);
  assert.equal(findTokenAt(line, line.length - 2), undefined);
  assert.equal(findTokenAt(line, -1), undefined);
  assert.equal(findTokenAt(line, line.length + 5), undefined);
});

test('findTokenAt handles URL-encoded and escaped prefixes', () => {
  const line = `next=%22${SAMPLE}%22`;
  assert.equal(findTokenAt(line, line.indexOf(SAMPLE) + 5)?.text, SAMPLE);
  const json = `"msg":"got\\n${SAMPLE}"`;
  assert.equal(findTokenAt(json, json.indexOf(SAMPLE) + 5)?.text, SAMPLE);
});

test('findTokenAt picks the right one of two adjacent tokens', () => {
  const line = `${SAMPLE} ${RFC7515_A1_HS256}`;
  assert.equal(findTokenAt(line, 3)?.text, SAMPLE);
  assert.equal(findTokenAt(line, SAMPLE.length + 5)?.text, RFC7515_A1_HS256);
});

test('findTokenAt agrees with findTokens on every token of a line', () => {
  const line = Object.values(texts(SAMPLE)).join(' | ').replace(/\n/g, ' ');
  for (const match of findTokens(line)) {
    assert.deepEqual(findTokenAt(line, match.start + 7), match);
  }
});

test('property: findTokens never throws and every match is a real token slice', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 400 }), fc.string({ maxLength: 40 }), (noise, glue) => {
      const text = `${noise}${glue}${SAMPLE}${glue}${noise}`;
      for (const match of findTokens(text)) {
        assert.equal(text.slice(match.start, match.end), match.text);
        assert.ok(match.text.startsWith('eyJ'));
      }
    }),
    { numRuns: 400 },
  );
});

test('property: random text and mutated tokens never throw from findTokens or findTokenAt', () => {
  const alphabet = fc.constantFrom(...'eyJ.-_ab01=%"\\ \n{}'.split(''));
  fc.assert(
    fc.property(
      fc.array(alphabet, { maxLength: 300 }).map((a) => a.join('')),
      fc.nat(400),
      (text, at) => {
        findTokens(text);
        findTokenAt(text, at % (text.length + 1));
      },
    ),
    { numRuns: 500 },
  );
  fc.assert(
    fc.property(fc.nat(SAMPLE.length - 1), fc.string({ minLength: 1, maxLength: 3 }), (index, insert) => {
      const mutated = SAMPLE.slice(0, index) + insert + SAMPLE.slice(index + 1);
      const found = findTokens(mutated);
      for (const match of found) assert.equal(mutated.slice(match.start, match.end), match.text);
      findTokenAt(mutated, index);
    }),
    { numRuns: 500 },
  );
});

test('runs in linear time on hostile input', () => {
  const hostile = [
    'eyJ'.repeat(300_000),
    `${'eyJhbGciOiJIUzI1NiJ9.'.repeat(50_000)}`,
    `${'%22eyJ'.repeat(150_000)}`,
    `${'a.'.repeat(400_000)}`,
  ];
  for (const text of hostile) {
    const started = performance.now();
    findTokens(text);
    const middle = Math.floor(text.length / 2);
    findTokenAt(text, middle);
    assert.ok(performance.now() - started < 1500, `took ${performance.now() - started} ms on ${text.slice(0, 20)}…`);
  }
});

test('findTokenAt cost does not depend on line length', () => {
  const short = `x ${SAMPLE} y`;
  const long = `${'z'.repeat(5_000_000)} ${SAMPLE} ${'z'.repeat(5_000_000)}`;
  const time = (line: string, at: number) => {
    const started = performance.now();
    for (let i = 0; i < 2000; i++) findTokenAt(line, at);
    return performance.now() - started;
  };
  time(short, 5);
  const shortTime = time(short, 5);
  const longTime = time(long, long.indexOf(SAMPLE) + 5);
  assert.ok(longTime < shortTime * 5 + 50, `short ${shortTime} ms, long ${longTime} ms`);
});

test('a token seen before is not reused when the text around it differs', () => {
  assert.equal(findTokens(`a ${SAMPLE} b`)[0]?.text, SAMPLE);
  const longer = `${SAMPLE}AbC`;
  assert.equal(findTokens(`a ${longer} b`)[0]?.text, longer, 'a longer signature is a different token');
  assert.equal(findTokens(`a ${SAMPLE}.json b`)[0]?.text, SAMPLE, 'a dot after it ends the token either way');
  const shorter = SAMPLE.slice(0, -4);
  assert.equal(findTokens(`a ${shorter} b`)[0]?.text, shorter);
  assert.equal(findTokens(`${SAMPLE}`)[0]?.end, SAMPLE.length, 'at the very end of the text');
});

test('property: detection with and without earlier sightings agrees', () => {
  fc.assert(
    fc.property(fc.nat(SAMPLE.length), fc.stringMatching(/^[A-Za-z0-9_.\- "]{0,6}$/), (cut, tail) => {
      const text = `x ${SAMPLE.slice(0, cut)}${tail} y`;
      const first = findTokens(text);
      findTokens(`warm ${SAMPLE} up`);
      assert.deepEqual(findTokens(text), first);
    }),
    { numRuns: 500 },
  );
});
