/** Explanations that use the context: which causes and fixes come first, decided by the catalog's `ranking` rules. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lookupAll, lookupError } from '../../../../src/core/errors/catalog/index';
import type { ErrorEntry } from '../../../../src/core/errors/catalog/types';
import { explainText } from '../../../../src/core/errors/explain';
import {
  explainCode,
  explainInput,
  explainResponse,
  showsEntra,
  type ExplainContext,
  type ExplainedCode,
} from '../../../../src/core/errors/explainPolicy';
import { rankEntry, rankingEvidence } from '../../../../src/core/errors/ranking';
import { withRankedExplanations, withSessionHint } from '../../../../src/core/flow/sessionHints';
import { rankingProblems } from '../../../../scripts/build-catalog.mjs';

const catalog = { explainText, lookupError, lookupAll };

/** The explanation of `code` in `text`, as every face (hover, view, CLI) gets it. */
function explained(text: string, code: string, context?: ExplainContext): ExplainedCode {
  const result = explainResponse(text, catalog, context ? { context } : {});
  assert.ok(result.ok, text);
  const found = result.codes.find((c) => c.code === code);
  assert.ok(found?.entry, `${code} in ${text}`);
  return found;
}

/** The first cause, and how many causes this response singled out. */
function top(found: ExplainedCode): { cause: string; fix: string; lead: number } {
  return { cause: found.entry!.causes[0]!, fix: found.entry!.fixes[0]!, lead: found.leadCauses };
}

const body = (fields: Record<string, unknown>): string => JSON.stringify(fields);

test('invalid_grant whose description says the refresh token expired or was revoked leads with that, not code reuse or PKCE', () => {
  for (const description of [
    'The refresh token has expired.',
    'Refresh token is expired or revoked',
    'invalid refresh token: revoked',
    'Token has been expired or revoked.',
  ]) {
    const found = explained(body({ error: 'invalid_grant', error_description: description }), 'invalid_grant');
    assert.equal(found.entry!.family, 'oauth');
    assert.match(top(found).cause, /refresh token was already used and rotated, revoked, expired/, description);
    assert.ok(found.leadCauses >= 1);
    assert.match(top(found).fix, /refresh token|interactive sign-in/i, description);
    assert.doesNotMatch(top(found).cause, /PKCE|already redeemed/);
  }
  // Without a word about it, the catalog's own order (the most common cause first) stands.
  const plain = explained(body({ error: 'invalid_grant', error_description: 'grant request is invalid' }), 'invalid_grant');
  assert.equal(plain.leadCauses, 0);
  assert.equal(plain.entry, lookupError('invalid_grant', 'oauth'));
});

test('other descriptions: code reuse, PKCE, redirect_uri and a wrong password each lead with their cause', () => {
  for (const [description, cause] of [
    ['authorization code has already been used', /already redeemed/],
    ['PKCE verification failed: code_verifier does not match', /^PKCE mismatch/],
    ['redirect_uri does not match the one used in the authorization request', /`redirect_uri` at \/token differs/],
    ['Wrong email or password.', /^Password grant/],
  ] as const) {
    assert.match(
      top(explained(body({ error: 'invalid_grant', error_description: description }), 'invalid_grant')).cause,
      cause,
      description,
    );
  }
});

test('Entra: AADSTS70008, AADSTS54005 and AADSTS9002313 under invalid_grant each lead with their own cause', () => {
  const cases = [
    [
      70008,
      'The provided authorization code or refresh token has expired due to inactivity.',
      /^The refresh token expired/,
      /^Sign the user in again/,
    ],
    [
      54005,
      'OAuth2 Authorization code was already redeemed, please retry with a new valid code.',
      /^The authorization code was already redeemed/,
      /^Exchange each authorization code once/,
    ],
    [
      9002313,
      'Invalid request. Request is malformed or invalid.',
      /^The code or refresh token was damaged/,
      /^Send the code or token exactly as received/,
    ],
  ] as const;
  for (const [number, text, cause, fix] of cases) {
    const found = explained(
      body({ error: 'invalid_grant', error_description: `AADSTS${number}: ${text}`, error_codes: [number] }),
      'invalid_grant',
    );
    assert.equal(found.entry!.family, 'entra', "Entra's meaning: the body shows Entra");
    assert.match(top(found).cause, cause, String(number));
    assert.match(top(found).fix, fix, String(number));
  }
  // AADSTS70008 names both; the step decides: a code exchange leads with the late code.
  const exchange = explained(
    body({
      error: 'invalid_grant',
      error_description: 'AADSTS70008: The provided authorization code or refresh token has expired.',
      error_codes: [70008],
    }),
    'invalid_grant',
    { step: 'code-exchange' },
  );
  assert.match(top(exchange).cause, /^The authorization code expired before it was exchanged/);
  const code70008 = explained(
    'POST /token grant_type=authorization_code\nAADSTS70008: The provided authorization code or refresh token has expired.',
    'AADSTS70008',
  );
  assert.match(top(code70008).cause, /^An authorization code was redeemed late/, 'the step read from the text (grant_type)');
});

test('Entra sub-errors: consent_required, bad_token and token_expired decide the invalid_grant causes', () => {
  const withSuberror = (suberror: string) =>
    explained(
      body({
        error: 'invalid_grant',
        error_description: 'AADSTS50000: There was an error issuing a token.',
        error_codes: [50000],
        suberror,
      }),
      'invalid_grant',
    );
  assert.match(top(withSuberror('consent_required')).cause, /not consented/);
  assert.match(top(withSuberror('consent_required')).fix, /^Ask for consent/);
  assert.match(top(withSuberror('bad_token')).cause, /^The refresh token was revoked/);
  assert.equal(withSuberror('bad_token').leadCauses, 2, 'revoked, then damaged');
  assert.match(withSuberror('bad_token').entry!.causes[1]!, /was damaged/);
  assert.match(top(withSuberror('token_expired')).cause, /^The refresh token expired/);
  // The sub-error is a code of its own too, explained from its family.
  assert.equal(
    explained(body({ error: 'invalid_grant', suberror: 'bad_token', error_codes: [50000] }), 'bad_token').entry!.family,
    'entra-suberror',
  );
});

test('a Flow Tester refresh right after a revoke: the session passes the fact and revocation leads', () => {
  const response = body({ error: 'invalid_grant', error_description: 'grant request is invalid' });
  const revoked = explained(response, 'invalid_grant', { step: 'refresh', facts: ['revoked'] });
  assert.match(top(revoked).cause, /refresh token was already used and rotated, revoked/);
  assert.match(top(revoked).fix, /interactive sign-in/);
  // The flow engine's own path: a failed refresh step, then the session's facts.
  const entry = lookupError('invalid_grant', 'oauth')!;
  const error = {
    code: 'OAUTH_ERROR' as const,
    message: 'The provider answered 400 invalid_grant',
    oauth: { error: 'invalid_grant', error_description: 'grant request is invalid', extra: {} },
    explanations: [entry],
  };
  const now = Date.UTC(2026, 10, 28, 12);
  const ranked = withSessionHint('refresh', error, { revokedAt: now - 5_000 }, now)!;
  assert.match(ranked.hint!, /was revoked by this session 5 s ago/);
  assert.match(ranked.explanations[0]!.causes[0]!, /revoked/);
  // A code exchange with a code already spent leads with reuse instead.
  const spent = withSessionHint('code-exchange', error, { spentAt: now - 1000 }, now)!;
  assert.match(spent.explanations[0]!.causes[0]!, /already redeemed/);
  // A code older than codes live: expired.
  const late = withSessionHint('code-exchange', error, { receivedAt: now - 20 * 60_000 }, now)!;
  assert.match(late.explanations[0]!.causes[0]!, /expired before it was exchanged/);
  // The step alone: a failed refresh puts the refresh token first.
  assert.match(withRankedExplanations('refresh', error).explanations[0]!.causes[0]!, /refresh token/);
});

test('Entra error values: invalid_request with AADSTS900023 or AADSTS90002, unauthorized_client with AADSTS700016, invalid_tenant', () => {
  const tenant = explained(
    body({
      error: 'invalid_request',
      error_description: "AADSTS900023: Specified tenant identifier 'common2' is neither a valid DNS name, nor a valid external domain.",
      error_codes: [900023],
    }),
    'invalid_request',
  );
  assert.equal(tenant.entry!.family, 'entra');
  assert.match(top(tenant).cause, /tenant part of the authority URL is not a valid tenant id/);
  const missing = explained(
    body({ error: 'invalid_request', error_description: "AADSTS90002: Tenant 'contoso.onmicrosoft.co' not found.", error_codes: [90002] }),
    'invalid_request',
  );
  assert.match(top(missing).cause, /tenant named does not exist/);
  const app = explained(
    body({
      error: 'unauthorized_client',
      error_description: "AADSTS700016: Application with identifier 'abc' was not found in the directory 'Contoso'.",
      error_codes: [700016],
    }),
    'unauthorized_client',
  );
  assert.equal(app.entry!.family, 'entra');
  assert.match(top(app).cause, /^No application with this client_id is in the tenant/);
  assert.match(top(app).fix, /Application \(client\) ID/);
  const secret = explained(
    'MsalServiceException: invalid_client: AADSTS7000222: The provided client secret keys are expired.',
    'invalid_client',
  );
  assert.equal(secret.entry!.family, 'entra');
  assert.match(top(secret).cause, /client secret has expired/);
  // invalid_tenant exists only at Entra: recognised and explained as a bare value too.
  const bare = explainInput('invalid_tenant', catalog);
  assert.ok(bare.ok);
  assert.equal(bare.codes[0]?.entry?.family, 'entra');
  assert.match(
    top(
      explained(
        '{"error":"invalid_tenant","error_description":"AADSTS900023: Specified tenant identifier is neither a valid DNS name"}',
        'invalid_tenant',
      ),
    ).cause,
    /not a tenant/,
  );
});

test("the OAuth meaning stays where nothing shows Entra; Entra's where something does", () => {
  const generic = explained(body({ error: 'invalid_request', error_description: 'Missing parameter: code' }), 'invalid_request');
  assert.equal(generic.entry!.family, 'oauth');
  assert.ok(
    generic.others.some((other) => other.family === 'entra'),
    "Entra's meaning listed among the others",
  );
  const parse = (text: string) => {
    const result = explainText(text);
    assert.ok(result.parts, text);
    return result.parts;
  };
  for (const text of [
    '{"error":"invalid_request","error_codes":[900144]}',
    '{"error":"invalid_grant","suberror":"bad_token"}',
    'POST https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token -> 400 {"error":"invalid_client"}',
    'Microsoft.Identity.Client.MsalUiRequiredException: invalid_grant',
  ])
    assert.equal(showsEntra(parse(text), text), true, text);
  for (const text of ['{"error":"invalid_request"}', 'https://accounts.google.com/o/oauth2/token 400 {"error":"invalid_grant"}']) {
    assert.equal(showsEntra(parse(text), text), false, text);
  }
});

test("the hover's per-code call and the whole-response call agree (one policy)", () => {
  const text = body({
    error: 'invalid_grant',
    error_description: 'AADSTS54005: OAuth2 Authorization code was already redeemed.',
    error_codes: [54005],
  });
  const parts = explainText(text).parts!;
  const single = explainCode({ code: 'invalid_grant', family: 'oauth' }, { parts, text }, catalog);
  const whole = explained(text, 'invalid_grant');
  assert.deepEqual(single, whole);
});

test('rankEntry: rules in order, pieces in order, the rest untouched; no rule, the same object', () => {
  const entry: ErrorEntry = {
    code: 'x',
    family: 'oauth',
    name: 'x',
    summary: 'A test entry for ranking rules.',
    links: [],
    causes: ['alpha cause', 'beta cause', 'gamma cause', 'delta cause'],
    fixes: ['fix one', 'fix two'],
    ranking: [
      { when: { codes: ['E1'] }, causes: ['gamma'] },
      { when: { description: 'boom' }, causes: ['delta', 'gamma'], fixes: ['two'] },
      { when: { step: ['refresh'], fact: ['revoked'] }, causes: ['beta'] },
    ],
  };
  const evidence = (fields: Partial<Parameters<typeof rankingEvidence>[0]> & object, context?: ExplainContext) =>
    rankingEvidence({ shape: 'json', codes: [], ...fields }, '', context);
  assert.equal(rankEntry(entry, evidence({})).entry, entry);
  const both = rankEntry(entry, evidence({ codes: [{ code: 'e1', family: 'oauth' }], error_description: 'it went BOOM' }));
  assert.deepEqual(both.entry.causes, ['gamma cause', 'delta cause', 'alpha cause', 'beta cause']);
  assert.deepEqual(both.entry.fixes, ['fix two', 'fix one']);
  assert.deepEqual([both.leadCauses, both.leadFixes], [2, 1]);
  // Every condition of a rule must hold.
  assert.equal(rankEntry(entry, evidence({}, { step: 'refresh' })).leadCauses, 0);
  assert.deepEqual(rankEntry(entry, evidence({}, { step: 'refresh', facts: ['revoked'] })).entry.causes[0], 'beta cause');
  assert.deepEqual(entry.causes, ['alpha cause', 'beta cause', 'gamma cause', 'delta cause'], 'the catalog entry is never changed');
});

test('the step a text shows, outside its description', () => {
  assert.equal(rankingEvidence({ shape: 'form', codes: [] }, 'grant_type=refresh_token&client_id=x').step, 'refresh');
  assert.equal(rankingEvidence({ shape: 'json', codes: [] }, '{"grant_type": "authorization_code"}').step, 'code-exchange');
  assert.equal(rankingEvidence({ shape: 'text', codes: [] }, 'acquireTokenSilent failed').step, 'refresh');
  const description = 'The provided authorization code or refresh token has expired';
  assert.equal(
    rankingEvidence({ shape: 'json', codes: [], error_description: description }, `{"error_description":"${description}"}`).step,
    undefined,
  );
  assert.equal(rankingEvidence(undefined, 'grant_type=refresh_token', { step: 'device' }).step, 'device', 'the caller knows best');
});

test('the build rejects a ranking piece that names no cause, and a broken expression', () => {
  const entry = {
    causes: ['alpha cause'],
    fixes: ['fix one'],
    ranking: [{ when: { description: '(' }, causes: ['zeta'], fixes: ['one'] }, { when: { codes: ['X'] } }],
  };
  const problems = rankingProblems(entry);
  assert.ok(
    problems.some((p) => /description is no regular expression/.test(p)),
    problems.join('\n'),
  );
  assert.ok(
    problems.some((p) => /"zeta" is in none of the entry's causes/.test(p)),
    problems.join('\n'),
  );
  assert.ok(
    problems.some((p) => /ranking 2: names no causes and no fixes/.test(p)),
    problems.join('\n'),
  );
  assert.deepEqual(
    rankingProblems({ causes: ['alpha'], fixes: ['one'], ranking: [{ when: { step: ['refresh'] }, causes: ['ALPHA'] }] }),
    [],
  );
});

test('every catalog ranking names causes and fixes the entry has (what the build checks, on the built catalog)', () => {
  let rules = 0;
  for (const family of ['oauth', 'entra']) {
    for (const entry of lookupAll('invalid_grant')
      .concat(lookupAll('invalid_request'), lookupAll('AADSTS70008'))
      .filter((e) => e.family === family)) {
      rules += entry.ranking?.length ?? 0;
      assert.deepEqual(rankingProblems(entry), [], entry.code);
    }
  }
  assert.ok(rules > 20, `${rules} rules`);
});

test('property: any description, codes and sub-error rank without throwing, and keep every cause and fix once', () => {
  const entry = lookupError('invalid_grant', 'entra')!;
  fc.assert(
    fc.property(
      fc.string({ maxLength: 300 }),
      fc.array(fc.integer({ min: 1, max: 9_999_999 }), { maxLength: 5 }),
      fc.string({ maxLength: 30 }),
      (description, codes, suberror) => {
        const ranked = rankEntry(
          entry,
          rankingEvidence({ shape: 'json', codes: [], error_description: description, error_codes: codes, suberror }, description),
        );
        assert.deepEqual([...ranked.entry.causes].sort(), [...entry.causes].sort());
        assert.deepEqual([...ranked.entry.fixes].sort(), [...entry.fixes].sort());
      },
    ),
    { numRuns: 300 },
  );
});

test('property: the whole policy on any text (with Entra and step words mixed in) never throws, and every code keeps its causes', () => {
  const words = fc.constantFrom(
    'invalid_grant',
    'invalid_request',
    'AADSTS70008',
    'error_codes',
    'grant_type=refresh_token',
    'suberror',
    'bad_token',
    'login.microsoftonline.com',
    '"error":',
    'error=',
    ' ',
    '{',
    '}',
    ':',
    '"',
  );
  fc.assert(
    fc.property(
      fc.array(fc.oneof(words, fc.string({ maxLength: 12 })), { maxLength: 40 }),
      fc.constantFrom(undefined, 'refresh', 'code-exchange'),
      (pieces, step) => {
        const text = pieces.join('');
        const result = explainResponse(text, catalog, step ? { context: { step, facts: ['revoked'] } } : {});
        if (!result.ok) return;
        for (const found of result.codes) {
          if (!found.entry) continue;
          const original = lookupAll(found.entry.code).find((entry) => entry.family === found.entry!.family)!;
          assert.deepEqual([...found.entry.causes].sort(), [...original.causes].sort());
          assert.ok(found.leadCauses <= found.entry.causes.length && found.leadFixes <= found.entry.fixes.length);
        }
      },
    ),
    { numRuns: 400 },
  );
});
