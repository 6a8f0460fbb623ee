import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { explainSource, type ExplainSource } from '../../../../src/core/errors/explainModel';
import { buildExplainViewBody, explainViewTitle, type ExplainViewModel } from '../../../../src/extension/errors/explainViewHtml';
import { catalog, HOSTILE_BODY, NOW, sample } from './_fixtures';

const UTC = { now: NOW, timeZone: 'UTC' };

function model(source: ExplainSource): ExplainViewModel {
  const outcome = explainSource(source, catalog);
  assert.ok(outcome.ok, outcome.ok ? '' : outcome.message);
  return outcome.model;
}

const OUR_TAGS = new Set([
  'main',
  'header',
  'h1',
  'h2',
  'h3',
  'p',
  'dl',
  'dt',
  'dd',
  'span',
  'section',
  'a',
  'ul',
  'ol',
  'li',
  'code',
  'pre',
  'div',
  'details',
  'summary',
]);

/** Only the builder's own tags and attributes; links only to https pages and to authlens.copyValue. */
function assertInert(page: string): void {
  for (const [, name] of page.matchAll(/<\/?([a-zA-Z][\w-]*)/g)) assert.ok(OUR_TAGS.has(name!.toLowerCase()), `unexpected tag <${name}>`);
  for (const [tag] of page.matchAll(/<[a-zA-Z][^>]*>/g)) {
    assert.ok(!/\son\w+\s*=/i.test(tag), `event-handler attribute in ${tag}`);
    for (const [, attribute] of tag.matchAll(/\s([\w-]+)=/g))
      assert.ok(['class', 'href', 'title', 'data-key'].includes(attribute!), `attribute ${attribute} in ${tag}`);
  }
  for (const [, href] of page.matchAll(/href="([^"]*)"/g)) {
    assert.match(href!, /^(https:\/\/|command:authlens\.copyValue\?)/, href);
  }
}

test('a token-endpoint body: every part, the codes explained, ids with copy, timestamp local and UTC', () => {
  const view = model({ text: sample('token-error.json'), from: 'lines 1–11 of token-error.json' });
  assert.equal(explainViewTitle(view), 'Explain: AADSTS70008');
  assert.deepEqual(
    view.codes.map((found) => found.code),
    ['AADSTS70008', 'invalid_grant'],
    "the provider's code first",
  );
  const page = buildExplainViewBody(view, UTC).value;
  assert.match(page, /JSON error body from lines 1–11 of token-error\.json · 2 codes: AADSTS70008, invalid_grant/);
  assert.match(page, /<dt>Description<\/dt><dd data-key="error_description"><span>AADSTS70008: The provided authorization code/);
  assert.match(
    page,
    /<dt>Trace ID<\/dt><dd data-key="trace_id"><code>2c8a1f3e-7b6d-4e5a-9c0b-1d2e3f4a5b6c<\/code> <a class="copy" href="command:authlens\.copyValue\?%222c8a1f3e-7b6d-4e5a-9c0b-1d2e3f4a5b6c%22"/,
  );
  assert.match(
    page,
    /<dt>Correlation ID<\/dt><dd data-key="correlation_id"><code>8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968<\/code> <a class="copy"/,
  );
  assert.match(
    page,
    /<dt>Timestamp \(local\)<\/dt><dd data-key="timestamp"><span>27 Nov 2026, 10:35:18 UTC<\/span><div class="detail">UTC 2026-11-27T10:35:18Z · 25 h 24 min ago<\/div>/,
  );
  assert.match(page, /<a href="https:\/\/login\.microsoftonline\.com\/error\?code=70008">/);
  assert.match(page, /<h2><code>AADSTS70008<\/code> <span class="family">Microsoft Entra ID<\/span><\/h2>/);
  assert.match(page, /<h3>Likely causes<\/h3><ul><li>/);
  assert.match(page, /<h3>Fixes<\/h3><ol><li>/);
  assert.match(page, /<details class="others"><summary>The same code at /, "invalid_grant's other meanings");
  assertInert(page);
});

test('a log line with an exception: exception, codes and ids', () => {
  const line = sample('app.log')
    .split('\n')
    .find((l) => l.includes('AADSTS50058'))!;
  const page = buildExplainViewBody(model({ text: line, from: 'line 4 of app.log' }), UTC).value;
  assert.match(page, /<dt>Exception<\/dt><dd data-key="exception"><code>InteractionRequiredAuthError<\/code>/);
  assert.match(page, /<code>interaction_required<\/code>/);
  assert.match(page, /<code>AADSTS50058<\/code>/);
  assertInert(page);
});

test('a WWW-Authenticate challenge with a claims challenge: the claims decoded, and what was sent', () => {
  const claims = Buffer.from(JSON.stringify({ access_token: { nbf: { essential: true, value: '1795771800' } } })).toString('base64');
  const header = `WWW-Authenticate: Bearer realm="", error="insufficient_claims", error_description="A claims challenge is required", claims="${claims}"`;
  const view = model({ text: header, from: 'the text given' });
  const page = buildExplainViewBody(view, UTC).value;
  assert.match(page, /<dt>Claims challenge \(decoded\)<\/dt><dd data-key="claims"><pre>\{\n {2}&quot;access_token&quot;/);
  assert.ok(page.includes(`As sent: ${claims}`));
  assert.match(page, /<code>insufficient_claims<\/code>/);
  assertInert(page);
});

test('a bare code explains itself', () => {
  const view = model({ text: 'AADSTS50058', from: 'the text given' });
  assert.equal(explainViewTitle(view), 'Explain: AADSTS50058');
  assert.match(buildExplainViewBody(view, UTC).value, /UserInformationNotProvided/);
});

test('hostile description, ids, error_uri and claims stay inert in the view', () => {
  const page = buildExplainViewBody(model({ text: HOSTILE_BODY, from: 'the selection in <b>x</b>.json' }), UTC).value;
  assertInert(page);
  assert.ok(page.includes('&lt;script&gt;alert(document.cookie)&lt;/script&gt;'));
  assert.ok(page.includes('<code>javascript:alert(1)</code>'), 'a javascript: error_uri is text, not a link');
  assert.ok(page.includes('the selection in &lt;b&gt;x&lt;/b&gt;.json'));
});

test('property: any error body renders inert', () => {
  const text = fc.string({ maxLength: 60 });
  fc.assert(
    fc.property(text, text, text, text, (error, description, trace, uri) => {
      const body = JSON.stringify({
        error: `e_${error}`,
        error_description: description,
        trace_id: trace,
        error_uri: uri,
        claims: description,
      });
      const outcome = explainSource({ text: body, from: description }, catalog);
      if (outcome.ok) assertInert(buildExplainViewBody(outcome.model, UTC).value);
    }),
    { numRuns: 300 },
  );
});

test("a log line with a WWW-Authenticate header in it: the challenge's parts", () => {
  const line = sample('app.log')
    .split('\n')
    .find((l) => l.includes('WWW-Authenticate'))!;
  const page = buildExplainViewBody(model({ text: line, from: 'line 10 of app.log' }), UTC).value;
  assert.match(page, /WWW-Authenticate challenge from line 10 of app\.log/);
  assert.match(page, /<dt>Scheme<\/dt><dd data-key="scheme"><code>Bearer<\/code>/);
  assert.match(page, /<dt>Realm<\/dt><dd data-key="realm"><code>orders<\/code>/);
  assertInert(page);
});

test("the hover's order: each code's summary, causes and fixes (those that fit first, marked), then the response's ids", () => {
  const page = buildExplainViewBody(model({ text: sample('token-error.json'), from: 'token-error.json' }), UTC).value;
  const at = (needle: string | RegExp): number => {
    const index = typeof needle === 'string' ? page.indexOf(needle) : page.search(needle);
    assert.ok(index >= 0, String(needle));
    return index;
  };
  assert.ok(at('<h3>Likely causes</h3>') < at('<h2>The response</h2>'));
  assert.ok(at('<h3>Fixes</h3>') < at('data-key="trace_id"'));
  // invalid_grant (Entra's meaning) with AADSTS70008 beside it: the expiry causes first, and said to fit.
  assert.match(page, /<li class="applies">The refresh token expired[^<]*<span class="applies-note">fits this response<\/span><\/li>/);
  assert.equal((page.match(/class="applies"/g) ?? []).length >= 2, true);
  assertInert(page);
});
