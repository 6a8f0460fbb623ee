import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeToken, decodeToken, type VerifyResult } from '../../../../src/core/tokens/index';
import {
  buildDecodedViewBody,
  decodedViewTitle,
  type DecodedViewModel,
  type SignatureState,
} from '../../../../src/extension/tokens/decodedViewHtml';
import { makeToken } from '../../../fixtures/tokens/makeToken';
import { RFC7516_A3_JWE } from '../../../fixtures/tokens/rfcExamples';
import { ENTRA_ACCESS, HOSTILE, NOW } from './_fixtures';

function model(token: string, signature: SignatureState = { state: 'unchecked' }): DecodedViewModel {
  const decoded = decodeToken(token);
  assert.ok(decoded.ok, decoded.ok ? '' : decoded.error.message);
  return { decoded: decoded.token, analysis: analyzeToken(decoded.token, { now: NOW, timeZone: 'UTC' }), signature };
}

function body(token: string, signature?: SignatureState): string {
  return buildDecodedViewBody(model(token, signature)).value;
}

/** Every tag name in the page: only the ones the builder writes itself. */
const OUR_TAGS = new Set([
  'main',
  'header',
  'h1',
  'h2',
  'p',
  'dl',
  'dt',
  'dd',
  'span',
  'section',
  'a',
  'ul',
  'li',
  'strong',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'code',
  'pre',
  'div',
  'br',
  'details',
  'summary',
]);

function assertInert(page: string): void {
  for (const [, name] of page.matchAll(/<\/?([a-zA-Z][\w-]*)/g)) assert.ok(OUR_TAGS.has(name!.toLowerCase()), `unexpected tag <${name}>`);
  for (const [, href] of page.matchAll(/href="([^"]*)"/g)) {
    assert.match(
      href!,
      /^(command:authlens\.(verifySignature|copyPayload|copyValue)\?|https:\/\/(www\.rfc-editor\.org|openid\.net|datatracker\.ietf\.org|learn\.microsoft\.com|developers\.google\.com|developer\.okta\.com|auth0\.com|www\.keycloak\.org|docs\.aws\.amazon\.com|www\.iana\.org)\/|#$)/,
      href,
    );
  }
  for (const [tag] of page.matchAll(/<[a-zA-Z][^>]*>/g)) {
    assert.ok(!/\son\w+\s*=/i.test(tag), `event-handler attribute in ${tag}`);
    assert.match(tag, /^<[a-z0-9]+(\s(class|href|aria-label)="[^"<]*")*>$/, tag);
  }
}

test('decoded view: title, summary, provider, kind, claims with meaning and time', () => {
  const page = body(ENTRA_ACCESS);
  assert.match(page, /<h1>Microsoft Entra ID \(v2\.0 issuer\) access token<\/h1>/);
  assert.match(page, /RS256 · expired 3 h 12 min ago/);
  assert.match(
    page,
    /<dt>Provider<\/dt><dd>Microsoft Entra ID \(v2\.0 issuer\) <span class="muted">\(72f988bf-86f1-41af-91ab-2d7cd011db47\)<\/span>/,
  );
  assert.match(page, /<dt>Kind<\/dt><dd>access token \(user\)/);
  assert.match(
    page,
    /<code>exp<\/code>[\s\S]*?2026-11-28T08:48:00Z<\/span> · <span>28 Nov 2026, 08:48:00 UTC<\/span><br><strong>expired 3 h 12 min ago<\/strong>/,
  );
  assert.match(page, /<strong>Issuer \(Entra\)<\/strong>/);
  assert.match(page, /class="severity-error"><span class="severity">error<\/span> Expired 3 h 12 min ago/);
  assertInert(page);
  assert.equal(
    decodedViewTitle(model(ENTRA_ACCESS).analysis),
    'Token: Microsoft Entra ID (v2.0 issuer) access token (api://4a2b1c9e-5f8d-4e7…)',
  );
});

test('decoded view: verify, copy payload and copy token act on this token', () => {
  const page = body(ENTRA_ACCESS);
  const args = encodeURIComponent(JSON.stringify([ENTRA_ACCESS]));
  assert.ok(page.includes(`href="command:authlens.verifySignature?${args}">Verify signature</a>`));
  assert.ok(page.includes(`href="command:authlens.copyPayload?${args}">Copy payload</a>`));
  assert.ok(page.includes(`href="command:authlens.copyValue?${args}">Copy token</a>`));
  assert.match(page, /Not checked yet/);
});

test('decoded view: signature states', () => {
  assert.match(body(ENTRA_ACCESS, { state: 'checking' }), /Checking the signature…/);
  const result: VerifyResult = {
    verdict: 'no_matching_key',
    message: 'No key with kid "<b>x</b>".',
    kid: '<b>x</b>',
    notes: ['keys <rotate>'],
  };
  const page = body(ENTRA_ACCESS, { state: 'checked', result });
  assert.match(
    page,
    /class="signature verdict-warning"><strong>No key with this kid\.<\/strong> No key with kid &quot;&lt;b&gt;x&lt;\/b&gt;&quot;\./,
  );
  assert.match(page, /<li>keys &lt;rotate&gt;<\/li>/);
  assert.match(
    body(ENTRA_ACCESS, { state: 'checked', result: { verdict: 'valid', message: 'Signature valid (RS256).', notes: [] } }),
    /verdict-success"><strong>Signature valid\.<\/strong>/,
  );
});

test('decoded view: the hostile sample shows its HTML and links as text', () => {
  const page = body(HOSTILE);
  assertInert(page);
  assert.ok(!page.includes('<img'));
  assert.ok(!page.includes('<script'));
  assert.ok(!page.includes('<b>kid'));
  assert.ok(page.includes('&lt;script&gt;alert(document.cookie)&lt;/script&gt;'));
  assert.ok(page.includes('[Click me](command:workbench.action.terminal.new) &lt;img src=x onerror=alert(1)&gt;'));
  assert.ok(!page.includes('href="command:workbench'));
  assert.ok(!page.includes('href="https://evil'));
});

test('decoded view: any claim stays inert (property)', () => {
  const nasty = fc.oneof(
    fc.string(),
    fc.constantFrom(
      '<img src=x onerror=1>',
      '"><script>x</script>',
      "' onmouseover='x",
      '</td></tr></table><iframe>',
      '<a href="command:workbench.action.terminal.new">x</a>',
    ),
  );
  fc.assert(
    fc.property(
      fc.dictionary(nasty, fc.oneof(nasty, fc.array(nasty, { maxLength: 3 }), fc.dictionary(nasty, nasty, { maxKeys: 2 }))),
      nasty,
      (claims, kid) => {
        const decoded = decodeToken(makeToken({ alg: 'RS256', kid }, { ...claims, iss: 'https://issuer.example' }));
        if (!decoded.ok) return;
        assertInert(
          buildDecodedViewBody({
            decoded: decoded.token,
            analysis: analyzeToken(decoded.token, { now: NOW }),
            signature: { state: 'unchecked' },
          }).value,
        );
      },
    ),
    { numRuns: 300 },
  );
});

test('decoded view: an encrypted token shows its header and says the payload is encrypted', () => {
  const page = body(RFC7516_A3_JWE);
  assert.match(page, /<h1>encrypted token<\/h1>/);
  assert.match(page, /JWE \(encrypted\)/);
  assert.match(page, /The payload is encrypted \(JWE\)/);
  assert.match(
    page,
    /Encrypted: only the recipient&#39;s key can read the payload\.|Encrypted: only the recipient&#x27;s key can read the payload\./,
  );
});

test('decoded view: header and payload side by side as JSON, each member with its meaning and time beside it', () => {
  const page = body(ENTRA_ACCESS);
  const side = page.slice(
    page.indexOf('<section class="side-by-side"'),
    page.indexOf('</section>', page.indexOf('<section class="side-by-side"')),
  );
  assert.ok(side.length > 0, 'the side-by-side section is there');
  assert.ok(side.indexOf('aria-label="Header JSON"') < side.indexOf('aria-label="Payload JSON"'));
  assert.match(side, /<code class="json-code"> {2}&quot;alg&quot;: &quot;RS256&quot;,<\/code><span class="json-meaning">Algorithm/);
  assert.match(
    side,
    /<code class="json-code"> {2}&quot;exp&quot;: \d+,?<\/code><span class="json-meaning">Expiration time<br><span class="muted">2026-11-28T08:48:00Z · expired 3 h 12 min ago<\/span>/,
  );
  assert.match(side, /&quot;name&quot;: &quot;Ada Lovelace&quot;,?<\/code><span class="json-meaning">Name \(Entra\) \(personal data\)/);
  // Read back, the code column is the token's own JSON.
  const payloadColumn = side.slice(side.indexOf('aria-label="Payload JSON"'));
  const json = [...payloadColumn.matchAll(/<code class="json-code">([^<]*)<\/code>/g)]
    .map(([, code]) =>
      code!
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&#39;|&#x27;/g, "'"),
    )
    .join('\n');
  assert.deepEqual(
    JSON.parse(json),
    decodeToken(ENTRA_ACCESS).ok && (decodeToken(ENTRA_ACCESS) as { token: { payload: unknown } }).token.payload,
  );
});

test('decoded view: two tokens of the same kind and subject never share a title', () => {
  const a = makeToken({ alg: 'RS256' }, { iss: 'https://issuer.example', sub: 'alice', exp: 2_000_000_000 });
  const b = makeToken({ alg: 'RS256' }, { iss: 'https://issuer.example', sub: 'alice', exp: 2_000_003_600 });
  const titleA = decodedViewTitle(model(a).analysis, a);
  const titleB = decodedViewTitle(model(b).analysis, b);
  assert.notEqual(titleA, titleB);
  assert.match(titleA, /^Token: .*token \(alice\) #[0-9a-f]{6}$/);
  assert.notEqual(body(a).match(/#[0-9a-f]{6}/)![0], body(b).match(/#[0-9a-f]{6}/)![0]);
});
