/**
 * The agent tools' privacy contract, over random input: whatever tokens and responses a model hands
 * AuthLens, no answer (text or structured content, masked or not) holds a whole token, a signature,
 * an encrypted part, an authorization code, a client secret, a refresh token or a cookie value.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { runAgentTool } from '../../../../src/core/agent/tools';
import { textToBase64url } from '../../../../src/core/tokens/base64url';

const secretArb = fc.stringMatching(/^[A-Za-z0-9_-]{16,48}$/);
const claimValue = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.emailAddress(),
  fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 }),
);
const claimsArb = fc.dictionary(
  fc.oneof(
    fc.constantFrom('iss', 'aud', 'sub', 'exp', 'iat', 'nbf', 'email', 'name', 'upn', 'oid', 'scp', 'tid', 'nonce', 'code'),
    fc.string({ minLength: 1, maxLength: 12 }),
  ),
  claimValue,
  { maxKeys: 10 },
);

interface Made {
  token: string;
  secrets: string[];
}

const jwsArb: fc.Arbitrary<Made> = fc
  .record({
    alg: fc.constantFrom('RS256', 'ES256', 'HS256', 'PS384', 'EdDSA'),
    kid: fc.option(fc.string({ maxLength: 16 }), { nil: undefined }),
    claims: claimsArb,
    signature: secretArb,
  })
  .map(({ alg, kid, claims, signature }) => {
    const token = `${textToBase64url(JSON.stringify({ alg, typ: 'JWT', ...(kid !== undefined ? { kid } : {}) }))}.${textToBase64url(JSON.stringify(claims))}.${signature}`;
    return { token, secrets: [token, signature] };
  });

const jweArb: fc.Arbitrary<Made> = fc.tuple(secretArb, secretArb, secretArb, secretArb).map(([key, iv, ciphertext, tag]) => {
  const token = `${textToBase64url(JSON.stringify({ alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: 'k' }))}.${key}.${iv}.${ciphertext}.${tag}`;
  return { token, secrets: [token, key, ciphertext, tag] };
});

/** A JWS whose claims carry another token (an `id_token_hint`, an actor token): both must stay hidden. */
const nestedArb: fc.Arbitrary<Made> = fc.tuple(jwsArb, claimsArb, secretArb).map(([inner, claims, signature]) => {
  const token = `${textToBase64url(JSON.stringify({ alg: 'RS256' }))}.${textToBase64url(JSON.stringify({ ...claims, act_token: inner.token }))}.${signature}`;
  return { token, secrets: [token, signature, ...inner.secrets] };
});

const tokenArb = fc.oneof(jwsArb, jweArb, nestedArb);

const errorLine = fc.constantFrom(
  'AADSTS70008: The provided authorization code or refresh token has expired.',
  'error=invalid_grant',
  '{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided."}',
  'E0000011: Invalid token provided',
  'Error 400: redirect_uri_mismatch',
  'WWW-Authenticate: Bearer error="invalid_token", error_description="The token expired"',
  'nothing to see',
);

/** A response, request or log excerpt with secrets where real ones sit. */
const responseArb = fc
  .record({
    token: tokenArb,
    code: secretArb,
    clientSecret: secretArb,
    refresh: secretArb,
    cookie: secretArb,
    basic: secretArb,
    lines: fc.array(errorLine, { minLength: 1, maxLength: 4 }),
    order: fc.array(fc.nat(9), { minLength: 6, maxLength: 12 }),
  })
  .map(({ token, code, clientSecret, refresh, cookie, basic, lines, order }) => {
    const pieces = [
      `Authorization: Bearer ${token.token}`,
      `grant_type=authorization_code&code=${code}&client_secret=${clientSecret}&redirect_uri=https%3A%2F%2Fapp%2Fcb`,
      `https://app.example/callback?code=${code}&state=xyz&session_state=abc`,
      JSON.stringify({ access_token: token.token, refresh_token: refresh, token_type: 'Bearer', error: 'invalid_grant' }),
      `Cookie: esctx=${cookie}; x-ms-gateway-slice=estsfd`,
      `Set-Cookie: fpc=${cookie}; path=/; secure; HttpOnly`,
      `Authorization: Basic ${basic}`,
      `{"client_secret": "${clientSecret}", "code": "${code}"}`,
      ...lines,
    ];
    const text = order
      .map((i) => pieces[i % pieces.length]!)
      .concat(lines)
      .join('\n');
    return { text, secrets: [...token.secrets, code, clientSecret, refresh, cookie, basic] };
  });

async function answersFor(input: string, mask: boolean): Promise<string[]> {
  const out: string[] = [];
  for (const [tool, argument] of [
    ['decode_token', 'token'],
    ['explain_error', 'text'],
    ['scan_text', 'text'],
  ] as const) {
    const answer = await runAgentTool(tool, { [argument]: input }, { maskPersonalData: mask, now: Date.UTC(2026, 0, 1) });
    out.push(answer.text, JSON.stringify(answer.structured));
  }
  return out;
}

function assertNoneLeaks(answers: string[], secrets: string[]): void {
  for (const answer of answers) {
    for (const secret of secrets) assert.ok(!answer.includes(secret), `leaked ${secret.slice(0, 8)}… in: ${answer.slice(0, 300)}`);
  }
}

test('no tool answer holds a whole token, a signature or an encrypted part, for any token', async () => {
  await fc.assert(
    fc.asyncProperty(tokenArb, fc.boolean(), fc.constantFrom('', 'Bearer ', '  "'), async (made, mask, prefix) => {
      assertNoneLeaks(await answersFor(`${prefix}${made.token}`, mask), made.secrets);
    }),
    { numRuns: 300 },
  );
});

test('no tool answer holds a token, code, client secret, refresh token or cookie value from a response or log', async () => {
  await fc.assert(
    fc.asyncProperty(responseArb, fc.boolean(), async (made, mask) => {
      assertNoneLeaks(await answersFor(made.text, mask), made.secrets);
    }),
    { numRuns: 300 },
  );
});

test('with masking on, no email address from a token survives in any answer', async () => {
  await fc.assert(
    fc.asyncProperty(fc.emailAddress(), fc.emailAddress(), secretArb, async (email, upn, signature) => {
      fc.pre(/\.[A-Za-z]{2,}$/.test(email) && /\.[A-Za-z]{2,}$/.test(upn));
      const token = `${textToBase64url(JSON.stringify({ alg: 'RS256' }))}.${textToBase64url(JSON.stringify({ email, upn, aud: 'api' }))}.${signature}`;
      const answers = await answersFor(token, true);
      for (const answer of answers) {
        for (const address of [email, upn])
          assert.ok(!answer.includes(address.slice(0, address.lastIndexOf('@') + 1)), `${address} in ${answer.slice(0, 200)}`);
      }
    }),
    { numRuns: 150 },
  );
});
