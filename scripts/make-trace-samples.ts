/**
 * Writes samples/sign-in.har and samples/saml.txt, the demo files the HAR trace view and the SAML
 * hover are shown with: a sign-in with PKCE and form_post that loses a SameSite=Lax cookie, an API
 * answering 401 with WWW-Authenticate, an Entra error in a base64 body, and a SAML round trip whose
 * response has expired. Demo data only. Run: node --import tsx scripts/make-trace-samples.ts
 */
import { writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { entry, har, jwt } from '../test/unit/core/har/_har';
import { authnRequest, postEncode, redirectEncode, samlResponse } from '../test/unit/core/saml/_messages';

const IDP = 'https://login.example.test';
const APP = 'https://app.example.test';
const verifier = 'demo-verifier-0123456789-0123456789-abcdefgh';
const challenge = createHash('sha256').update(verifier).digest('base64url');
const t = (s: number) => new Date(Date.parse('2026-11-30T09:00:00Z') + s * 1000).toISOString();
const idToken = jwt({ iss: IDP, sub: 'alice-0042', aud: 'demo-app', nonce: 'nonce-7f3a', iat: 1796029203, exp: 1796032803 });
const access = jwt({ iss: IDP, sub: 'alice-0042', aud: 'https://api.example.test', scp: 'orders.read', iat: 1796029203, exp: 1796032803 });
const expiredSaml = samlResponse(
  { id: '_resp-demo', inResponseTo: '_req-demo', notBefore: '2026-11-30T08:00:00Z', notOnOrAfter: '2026-11-30T08:05:00Z' },
  Date.parse('2026-11-30T08:00:00Z'),
);

const entries = [
  entry({
    started: t(0),
    url: `${APP}/`,
    mime: 'text/html',
    body: '<html><a href="/login">Sign in</a></html>',
    responseHeaders: { 'Set-Cookie': 'app_state=st-0a1b2c3d4e5f; Path=/; Secure; HttpOnly; SameSite=Lax' },
  }),
  entry({
    started: t(1),
    url: `${IDP}/.well-known/openid-configuration`,
    body: JSON.stringify({ issuer: IDP, authorization_endpoint: `${IDP}/authorize`, token_endpoint: `${IDP}/oauth/token` }),
  }),
  entry({
    started: t(2),
    url: `${IDP}/authorize?client_id=demo-app&response_type=code&response_mode=form_post&scope=openid%20profile&redirect_uri=${encodeURIComponent(`${APP}/callback`)}&state=state-9c1d&nonce=nonce-7f3a&code_challenge=${challenge}&code_challenge_method=S256`,
    status: 302,
    redirectURL: `${IDP}/u/login?state=xyz`,
  }),
  entry({
    started: t(3),
    url: `${IDP}/u/login?state=xyz`,
    mime: 'text/html',
    body: '<form method="post"><input name="username"><input name="password" type="password"></form>',
  }),
  entry({
    started: t(8),
    url: `${IDP}/u/login?state=xyz`,
    method: 'POST',
    postText: 'username=alice%40example.test&password=demo-password-123',
    status: 302,
    redirectURL: `${IDP}/authorize/resume?state=xyz`,
  }),
  entry({
    started: t(9),
    url: `${IDP}/authorize/resume?state=xyz`,
    mime: 'text/html',
    body: `<form method="post" action="${APP}/callback"><input type="hidden" name="code" value="demo-code-5e6f7a8b"><input type="hidden" name="state" value="state-9c1d"></form>`,
  }),
  entry({
    started: t(10),
    url: `${APP}/callback`,
    method: 'POST',
    postText: 'code=demo-code-5e6f7a8b&state=state-9c1d',
    requestHeaders: { Origin: IDP },
    mime: 'text/html',
    body: '<html>signing in…</html>',
  }),
  entry({
    started: t(11),
    url: `${IDP}/oauth/token`,
    method: 'POST',
    postText: `grant_type=authorization_code&client_id=demo-app&code=demo-code-5e6f7a8b&redirect_uri=${encodeURIComponent(`${APP}/callback`)}&code_verifier=${verifier}`,
    responseHeaders: { Date: 'Mon, 30 Nov 2026 09:00:11 GMT' },
    body: JSON.stringify({
      access_token: access,
      id_token: idToken,
      refresh_token: 'demo-refresh-0123456789',
      token_type: 'Bearer',
      expires_in: 3600,
    }),
  }),
  entry({ started: t(12), url: `${APP}/static/app.js`, mime: 'application/javascript', body: 'console.log("app")' }),
  entry({
    started: t(13),
    url: 'https://api.example.test/orders',
    requestHeaders: { Authorization: `Bearer ${access}` },
    status: 401,
    responseHeaders: {
      'WWW-Authenticate': 'Bearer realm="orders", error="insufficient_scope", error_description="orders.write is required"',
    },
    body: '{"message":"forbidden"}',
  }),
  entry({
    started: t(14),
    url: `${IDP}/oauth/token`,
    method: 'POST',
    postText: 'grant_type=refresh_token&client_id=demo-app&refresh_token=demo-refresh-0123456789',
    status: 400,
    base64: true,
    body: JSON.stringify({
      error: 'invalid_grant',
      error_description: 'AADSTS700082: The refresh token has expired due to inactivity.',
      error_codes: [700082],
    }),
  }),
  entry({
    started: t(20),
    url: `${IDP}/saml2/sso?SAMLRequest=${redirectEncode(authnRequest('_req-demo', Date.parse('2026-11-30T09:00:20Z')))}&RelayState=%2Forders`,
    mime: 'text/html',
    body: '<html>sign in</html>',
  }),
  entry({
    started: t(25),
    url: `${APP}/saml/acs`,
    method: 'POST',
    postText: `SAMLResponse=${encodeURIComponent(postEncode(expiredSaml))}&RelayState=%2Forders`,
    status: 302,
    redirectURL: `${APP}/orders`,
  }),
];
writeFileSync('samples/sign-in.har', `${har(entries)}\n`);
writeFileSync(
  'samples/saml.txt',
  [
    '# A SAML response captured from an SSO login (POST binding). Hover the value to decode it.',
    `SAMLResponse=${encodeURIComponent(postEncode(samlResponse({ id: '_resp-hover', inResponseTo: null, notBefore: '2026-11-30T08:00:00Z', notOnOrAfter: '2026-11-30T08:05:00Z', audience: null }, Date.parse('2026-11-30T08:00:00Z'))))}`,
    '',
  ].join('\n'),
);
console.log('wrote samples/sign-in.har and samples/saml.txt');
