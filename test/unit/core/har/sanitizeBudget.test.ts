// The sanitizer redacts every token of a value, even one denser than the finders' default budget: a shared
// HAR must not keep the tokens past where a capped search would stop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sanitizeHar } from '../../../../src/core/har/index';
import { DEFAULT_MAX_HITS } from '../../../../src/core/scan/limits';
import { makeToken } from '../../../fixtures/tokens/makeToken';

test('sanitizeHar: a body of more tokens than the default budget keeps none of them', () => {
  // Each token different: a value redacted once is replaced everywhere after, which would hide a miss.
  const tokens = Array.from({ length: DEFAULT_MAX_HITS + 100 }, (_, i) => makeToken({ alg: 'HS256' }, { sub: `user${i}` }));
  const body = tokens.join(' ');
  const har = JSON.stringify({
    log: {
      version: '1.2',
      entries: [
        {
          request: { method: 'GET', url: 'https://api.example/', headers: [], queryString: [] },
          response: { status: 200, headers: [], content: { mimeType: 'text/plain', text: body } },
        },
      ],
    },
  });
  const sanitized = sanitizeHar(har);
  assert.ok(!sanitized.includes('eyJ'), 'a token survived past the budget');
  assert.ok(sanitized.includes('[jwt:HS256'));
});

test('sanitizeHar: a body dense with SAML values is redacted in linear time', () => {
  const value = (i: number) =>
    `SAMLResponse=${Buffer.from(`<samlp:Response ID="_${i}" Version="2.0"><samlp:Status/></samlp:Response>`).toString('base64')}`;
  const harOf = (n: number) =>
    JSON.stringify({
      log: {
        version: '1.2',
        entries: [
          {
            request: { method: 'GET', url: 'https://sp.example/', headers: [], queryString: [] },
            response: {
              status: 200,
              headers: [],
              content: { mimeType: 'text/plain', text: Array.from({ length: n }, (_, i) => value(i)).join('&') },
            },
          },
        ],
      },
    });
  const timed = (n: number): number => {
    const har = harOf(n);
    const started = performance.now();
    const sanitized = sanitizeHar(har);
    const ms = performance.now() - started;
    assert.ok(!sanitized.includes('PHNhbWxw'), `a SAML value survived among ${n}`);
    return ms;
  };
  timed(200); // warm-up
  const small = Math.max(1, timed(400));
  const large = timed(8000);
  // 20 times the values: linear is about 20×, quadratic 400×.
  assert.ok(large / small < 80, `8,000 values took ${large.toFixed(0)} ms, 400 took ${small.toFixed(0)} ms`);
});
