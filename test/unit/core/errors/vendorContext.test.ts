import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lookupAll, lookupError } from '../../../../src/core/errors/catalog/index';
import { explainText } from '../../../../src/core/errors/explain';
import { explainResponse } from '../../../../src/core/errors/explainPolicy';
import { findErrors } from '../../../../src/core/errors/recognize';
import { allEvidence, EVIDENCE_WINDOW, mayShowVendor, vendorEvidence, vendorsWithCode } from '../../../../src/core/errors/vendorContext';

const catalog = { explainText, lookupError, lookupAll };
const scanned = (text: string): string[] => findErrors(text).map((m) => `${m.family}:${m.code}`);
/** The first explained code's family and entry, as the hover, the Explain view and `authlens explain -` get it. */
function firstExplained(text: string): { family: string; summary: string; causes: string } {
  const result = explainResponse(text, catalog);
  assert.ok(result.ok, `explained: ${text}`);
  const first = result.codes[0]!;
  assert.ok(first.entry, `an entry for ${first.code}`);
  return { family: first.entry.family, summary: first.entry.summary, causes: first.entry.causes.join(' ') };
}

test('Spotify: INVALID_CLIENT on its authorize page means an unregistered redirect URI, not a bad secret', () => {
  const page =
    'https://accounts.spotify.com/authorize?client_id=abc&response_type=code&redirect_uri=http%3A%2F%2Flocalhost%3A8888%2Fcallback\nINVALID_CLIENT: Invalid redirect URI';
  assert.deepEqual(scanned(page), ['spotify:INVALID_CLIENT']);
  const explained = firstExplained(page);
  assert.equal(explained.family, 'spotify');
  assert.match(explained.summary, /redirect_uri` is not registered/);
  assert.doesNotMatch(explained.causes.split('. ')[0]!, /secret/, 'the first cause is the redirect URI');
  // Pasted alone, the upper-case form is Spotify's too (no other provider prints it).
  assert.equal(firstExplained('INVALID_CLIENT: Invalid redirect URI').family, 'spotify');
});

test('a generic code gets the vendor entry only where the text shows the vendor', () => {
  const body = '{"error":"invalid_grant","error_description":"user hasn\'t approved this consumer"}';
  const salesforce = `Client error: \`POST https://login.salesforce.com/services/oauth2/token\` resulted in a \`400 Bad Request\` response:\n${body}`;
  assert.deepEqual(scanned(salesforce), ['salesforce:invalid_grant']);
  const fromSalesforce = firstExplained(salesforce);
  assert.equal(fromSalesforce.family, 'salesforce');
  assert.match(fromSalesforce.causes, /hasn't approved this consumer/);
  // The same body with no vendor in sight keeps the standard's meaning.
  assert.deepEqual(scanned(body), ['oauth:invalid_grant']);
  assert.equal(firstExplained(body).family, 'oauth');
  // Spotify's token endpoint, through spotipy.
  const spotipy = 'spotipy.oauth2.SpotifyOauthError: error: invalid_grant, error_description: Invalid authorization code';
  assert.equal(firstExplained(spotipy).family, 'spotify');
  // Apple's token endpoint.
  const apple = 'POST https://appleid.apple.com/auth/token -> 400 {"error":"invalid_client"}';
  assert.deepEqual(scanned(apple), ['apple:invalid_client']);
  assert.match(firstExplained(apple).causes, /client_secret` JWT/);
  // PingFederate's token endpoint path.
  assert.deepEqual(
    scanned('POST /as/token.oauth2 HTTP/1.1 -> {"error":"unauthorized_client","error_description":"grant type not allowed"}'),
    ['pingfederate:unauthorized_client'],
  );
});

test('vendor evidence is local: far from the code it does not count in a scan', () => {
  const far = `accounts.spotify.com\n${'x'.repeat(EVIDENCE_WINDOW + 10)}\n{"error":"invalid_grant"}`;
  assert.deepEqual(scanned(far), ['oauth:invalid_grant']);
  const near = `accounts.spotify.com\n${'x'.repeat(EVIDENCE_WINDOW - 50)}\n{"error":"invalid_grant"}`;
  assert.deepEqual(scanned(near), ['spotify:invalid_grant']);
  // A vendor without an entry for the code changes nothing.
  assert.deepEqual(scanned('supabase: {"error":"slow_down"}'), ['oauth:slow_down']);
});

test('vendor families are looked up case-insensitively and a hinted family wins over exact spelling', () => {
  assert.deepEqual([...vendorsWithCode('invalid_client')].sort(), ['apple', 'pingfederate', 'salesforce', 'spotify']);
  assert.deepEqual(vendorsWithCode('INVALID_SESSION_ID'), ['salesforce']);
  assert.deepEqual(vendorsWithCode('no_such_code_anywhere'), []);
  assert.equal(lookupError('invalid_client', 'spotify')!.code, 'INVALID_CLIENT');
  assert.equal(lookupError('invalid_client')!.family, 'oauth');
  assert.equal(lookupError('INVALID_CLIENT')!.family, 'spotify', 'without a hint the exact spelling decides');
});

test('Supabase: error_code in JSON and in the redirect fragment', () => {
  assert.deepEqual(scanned('{"code":403,"error_code":"otp_expired","msg":"Email link is invalid or has expired"}'), [
    'supabase:otp_expired',
  ]);
  const redirect =
    'http://localhost:3000/#error=access_denied&error_code=otp_expired&error_description=Email+link+is+invalid+or+has+expired';
  assert.deepEqual(scanned(redirect), ['oauth:access_denied', 'supabase:otp_expired']);
  // A Supabase code that is also a generic word counts in error_code only with Supabase in sight, in explain.
  const generic = 'AuthApiError: Invalid login credentials {"code":400,"error_code":"invalid_credentials"}';
  assert.deepEqual(scanned(generic), ['supabase:invalid_credentials']);
  assert.equal(firstExplained(generic).family, 'supabase');
  // The response header Supabase Auth adds, in any case.
  assert.deepEqual(scanned('HTTP/2 400\nx-sb-error-code: refresh_token_not_found\ncontent-type: application/json'), [
    'supabase:refresh_token_not_found',
  ]);
  assert.deepEqual(scanned('X-Sb-Error-Code: invalid_credentials'), ['supabase:invalid_credentials']);
  assert.deepEqual(scanned('x-sb-error-code: not_a_code_of_anyone'), []);
  // An unknown error_code is nobody's.
  assert.deepEqual(scanned('{"error_code":"something_else"}'), []);
});

test('Salesforce session errors in the REST, SOAP and Bulk shapes', () => {
  assert.deepEqual(scanned('[{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]'), [
    'salesforce:INVALID_SESSION_ID',
  ]);
  assert.deepEqual(scanned('<faultcode>sf:INVALID_SESSION_ID</faultcode>'), ['salesforce:INVALID_SESSION_ID']);
  assert.deepEqual(scanned('Restforce::UnauthorizedError: INVALID_SESSION_ID: Session expired or invalid'), [
    'salesforce:INVALID_SESSION_ID',
  ]);
  assert.deepEqual(
    scanned(
      'simple_salesforce.exceptions.SalesforceAuthenticationFailed: INVALID_LOGIN: Invalid username, password, security token; or user locked out.',
    ),
    ['salesforce:INVALID_LOGIN'],
  );
  // Vendor constants used as names in source code are not errors.
  for (const code of [
    'switch (e) { case INVALID_DATA: return 1; }',
    'const INVALID_CLIENT = "x";',
    'if (reason === INVALID_SESSION_ID) retry();',
  ]) {
    assert.deepEqual(scanned(code), [], code);
  }
  // Upper-case words that are nobody's code stay prose.
  assert.deepEqual(scanned('INVALID_ARGUMENT: bad value; INVALID_CLIENTS: 3'), []);
});

test("a generic code beside an Entra code on the same line is Microsoft's, whatever vendor is mentioned nearby", () => {
  const entra = '{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided."}';
  assert.deepEqual(scanned(`GET https://accounts.spotify.com/v1/me\n${entra}`), ['oauth:invalid_client', 'entra:AADSTS7000215']);
  // Not on the same line: the vendor's sign counts again.
  assert.deepEqual(scanned('GET https://accounts.spotify.com/v1/me\n{"error":"invalid_client"}\nAADSTS7000215'), [
    'spotify:invalid_client',
    'entra:AADSTS7000215',
  ]);
});

test('vendor evidence never throws and stays bounded on any text', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 3000 }), fc.nat(3000), fc.nat(3000), (text, a, b) => {
      const evidence = vendorEvidence(text);
      const found = evidence.near(Math.min(a, b), Math.max(a, b), ['spotify', 'salesforce', 'apple', 'supabase', 'pingfederate']);
      assert.ok(found === undefined || evidence.families().includes(found));
    }),
    { numRuns: 300 },
  );
  const started = Date.now();
  vendorEvidence('spotify '.repeat(200_000)).near(0, 1, ['apple']);
  assert.ok(Date.now() - started < 2000, 'a large text with many hits stays fast');
});

test('evidence searched window by window answers exactly as a search of the whole text, in any order of questions', () => {
  const signs = [
    'accounts.spotify.com',
    'Salesforce',
    'sfdx',
    'appleid.apple.com',
    'SIWA',
    'supabase',
    'gotrue',
    '/as/token.oauth2',
    'pingone',
  ];
  const families = ['spotify', 'salesforce', 'apple', 'supabase', 'pingfederate'] as const;
  // The reference: every sign of the whole text, then the nearest within the window.
  const reference = (text: string, start: number, end: number): string | undefined => {
    let best: { family: string; distance: number } | undefined;
    for (const { family, at } of allEvidence(text)) {
      const distance = at < start ? start - at : at > end ? at - end : 0;
      if (distance <= EVIDENCE_WINDOW && (!best || distance < best.distance)) best = { family, distance };
    }
    return best?.family;
  };
  const piece = fc.oneof(fc.constantFrom(...signs), fc.constantFrom(' ', '\n', 'x'.repeat(700), ' invalid_grant ', '-'.repeat(1400)));
  fc.assert(
    fc.property(
      fc.array(piece, { maxLength: 12 }),
      fc.array(fc.tuple(fc.nat(12_000), fc.nat(40)), { minLength: 1, maxLength: 6 }),
      (pieces, questions) => {
        const text = pieces.join('');
        const evidence = vendorEvidence(text);
        for (const [at, length] of questions) {
          const start = Math.min(at, text.length);
          const end = Math.min(start + length, text.length);
          assert.equal(evidence.near(start, end, families), reference(text, start, end), `${start}-${end} of ${JSON.stringify(pieces)}`);
        }
      },
    ),
    { numRuns: 60 },
  );
});

test('the vendor evidence of a long text is searched only around the codes that ask', () => {
  // A 32 MB text whose signs are all far from the code: searching the whole text would take far longer than one window.
  const text = `${'spotify '.repeat(2_000_000)}${'-'.repeat(4000)}invalid_grant${'-'.repeat(4000)}${'spotify '.repeat(2_000_000)}`;
  const at = text.indexOf('invalid_grant');
  const evidence = vendorEvidence(text);
  const started = performance.now();
  for (let i = 0; i < 1000; i++) assert.equal(evidence.near(at, at + 13, ['spotify']), undefined);
  assert.ok(performance.now() - started < 500, 'a thousand questions about one window search it once');
});

test('the gate never hides evidence: every vendor sign, in any letter case and any surroundings, passes it', () => {
  const signs = [
    'accounts.spotify.com',
    'api.spotify.com',
    'spotipy',
    'SpotifyOauthError',
    'SpotifyAPI',
    'spotify',
    '.salesforce.com',
    '.force.com',
    'jsforce',
    'restforce',
    'simple-salesforce',
    'simple_salesforce',
    'sfdx',
    'salesforce',
    'forcedotcom',
    'appleid.apple.com',
    'sign in with apple',
    'siwa',
    'AuthenticationServices',
    'ASAuthorization',
    'apple-sign',
    'apple auth',
    'appleid',
    'supabase',
    'gotrue',
    'AuthApiError',
    'AuthWeakPasswordError',
    'x-sb-error-code',
    '/as/token.oauth2',
    '/as/authorization.oauth2',
    '/as/introspect.oauth2',
    'pingfederate',
    'pingidentity',
    'pingone',
  ];
  fc.assert(
    fc.property(
      fc.constantFrom(...signs),
      fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
      fc.string(),
      fc.string(),
      (sign, upper, before, after) => {
        const cased = [...sign].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch.toLowerCase())).join('');
        const text = `${before} ${cased} ${after}`;
        assert.ok(mayShowVendor(text), `gate refused ${JSON.stringify(cased)}`);
        assert.ok(vendorEvidence(text).families().length > 0, `no evidence found in ${JSON.stringify(text)}`);
      },
    ),
    { numRuns: 2000 },
  );
  assert.equal(mayShowVendor('2026-12-01 INFO token refreshed for user 42: invalid_grant'), false);
});
