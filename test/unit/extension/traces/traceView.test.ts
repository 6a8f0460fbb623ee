import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeHar, readHar } from '../../../../src/core/har/index';
import { traceBody } from '../../../../src/extension/traces/traceHtml';
import { samlBody } from '../../../../src/extension/traces/samlHtml';
import { decodeSaml } from '../../../../src/core/saml/index';
import { postEncode, samlResponse } from '../../core/saml/_messages';
import { entry, har, jwt } from '../../core/har/_har';

test('trace view: checks first (failed before passed), legs with anchors, hostile values escaped, secrets masked', async () => {
  const evil = '<img src=x onerror=alert(1)>';
  const token = jwt({ sub: evil, exp: 1 });
  const text = har([
    entry({ url: `https://idp.example.test/authorize?client_id=c&response_type=code&state=${encodeURIComponent(evil)}`, status: 302 }),
    entry({
      url: 'https://api.example.test/x',
      status: 401,
      requestHeaders: { Authorization: `Bearer ${token}`, Cookie: 'sid=cookie-secret-123456' },
      responseHeaders: { 'WWW-Authenticate': `Bearer error="invalid_token", error_description="${evil}"` },
    }),
  ]);
  const file = readHar(text);
  const body = traceBody(`${evil}.har`, await analyzeHar(file), file.entries).value;
  assert.ok(!body.includes('<img'), 'no markup from the file survives');
  assert.ok(body.includes('&lt;img src=x onerror=alert(1)&gt;'));
  assert.ok(!body.includes(token), 'the token is masked');
  assert.ok(!body.includes('cookie-secret-123456'), 'the cookie is masked');
  assert.ok(body.indexOf('✗ failed') < body.indexOf('✓ ok') || !body.includes('✓ ok'));
  assert.match(body, /<details class="leg auth[^"]*" id="entry-0">/);
  assert.match(body, /id="entry-1"/);
  assert.ok(body.indexOf('<h2>Checks') < body.indexOf('<h2>Timeline'));
  // Asked to show secrets: the raw exchange has them, still escaped.
  const revealed = traceBody('x.har', await analyzeHar(file), file.entries, { reveal: true }).value;
  assert.ok(revealed.includes('cookie-secret-123456'));
  assert.ok(!revealed.includes('<img'));
});

test('SAML view: fields and findings, escaped', async () => {
  const result = await decodeSaml(postEncode(samlResponse({ nameId: '&lt;script&gt;x', audience: null })));
  assert.ok(result.ok);
  const body = samlBody(result.saml).value;
  assert.match(body, /<h1>SAML Response<\/h1>/);
  assert.match(body, /audience_missing|names no Audience/);
  assert.ok(!body.includes('<script>'));
  assert.match(body, /&lt;script&gt;x/);
});
