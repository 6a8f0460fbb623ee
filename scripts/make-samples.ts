/**
 * Regenerates the tokens in samples/ (run: node --import tsx scripts/make-samples.ts).
 * Keys are made fresh each run and thrown away: the sample tokens decode, but nobody can mint more.
 * Times are fixed so the samples read the same for everyone: most tokens expired in November 2026,
 * as tokens in real logs usually have.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as jose from 'jose';

const out = join(__dirname, '..', 'samples');
const T = Date.UTC(2026, 10, 27, 9, 30) / 1000; // 2026-11-27 09:30 UTC
const tenant = '72f988bf-86f1-41af-91ab-2d7cd011db47';

async function sign(payload: Record<string, unknown>, header: Record<string, unknown>, alg = 'RS256'): Promise<string> {
  const { privateKey } = await jose.generateKeyPair(alg, { extractable: true });
  return new jose.SignJWT(payload).setProtectedHeader({ alg, ...header }).sign(privateKey);
}

async function main(): Promise<Record<string, string>> {
  const tokens: Record<string, string> = {};
  tokens.entraV2Access = await sign(
    {
      aud: 'api://4a2b1c9e-5f8d-4e7a-9b3c-1d2e3f4a5b6c',
      iss: `https://login.microsoftonline.com/${tenant}/v2.0`,
      iat: T,
      nbf: T,
      exp: T + 3900,
      aio: 'AWQAm/8ZAAAA',
      azp: '0c2ad3c5-2b4f-4a3b-8d6e-7f8a9b0c1d2e',
      azpacr: '0',
      name: 'Ada Lovelace',
      oid: '9f8e7d6c-5b4a-4321-8765-43210fedcba9',
      preferred_username: 'ada@contoso.example',
      rh: '0.AXEAv4j5cvGGr0GRqy180BHbR8Ucrb8',
      roles: ['Orders.Read'],
      scp: 'access_as_user Orders.Read',
      sub: 'l3Dq2rNPZqhXCv1s-7uO9Wm0',
      tid: tenant,
      uti: 'Jp0kS5sUfU2yCqQx2cJbAA',
      ver: '2.0',
      xms_cc: ['cp1'],
    },
    { typ: 'JWT', kid: 'L1KfKFI_jnXbwWc22xZxw1sUHH0' },
  );
  tokens.graphV1 = await sign(
    {
      aud: '00000003-0000-0000-c000-000000000000',
      iss: `https://sts.windows.net/${tenant}/`,
      iat: T,
      nbf: T,
      exp: T + 4500,
      acct: 0,
      acr: '1',
      amr: ['pwd', 'mfa'],
      app_displayname: 'Contoso Orders',
      appid: '0c2ad3c5-2b4f-4a3b-8d6e-7f8a9b0c1d2e',
      appidacr: '0',
      idtyp: 'user',
      ipaddr: '203.0.113.7',
      name: 'Ada Lovelace',
      oid: '9f8e7d6c-5b4a-4321-8765-43210fedcba9',
      platf: '3',
      scp: 'openid profile User.Read email',
      sub: 'QyKjL7e0Wq5c',
      tid: tenant,
      unique_name: 'ada@contoso.example',
      upn: 'ada@contoso.example',
      uti: 'g9m4J3dLr0-3o3Z5dW0QAA',
      ver: '1.0',
      wids: ['b79fbf4d-3ef9-4689-8143-76b194e85509'],
    },
    {
      typ: 'JWT',
      nonce: 'QF8mVh3xkT1lbx7vPp7R9v3Wc2yOy0R2tqFdq7nV3oE',
      kid: 'L1KfKFI_jnXbwWc22xZxw1sUHH0',
      x5t: 'L1KfKFI_jnXbwWc22xZxw1sUHH0',
    },
  );
  tokens.googleId = await sign(
    {
      iss: 'https://accounts.google.com',
      azp: '1234567890-abc123def456.apps.googleusercontent.com',
      aud: '1234567890-abc123def456.apps.googleusercontent.com',
      sub: '110169484474386276334',
      hd: 'example.com',
      email: 'grace@example.com',
      email_verified: true,
      at_hash: 'HK6E_P6Dh8Y93mRNtsDB1Q',
      nonce: 'n-0S6_WzA2Mj',
      name: 'Grace Hopper',
      picture: 'https://lh3.googleusercontent.com/a/default-user',
      given_name: 'Grace',
      family_name: 'Hopper',
      iat: T,
      exp: T + 3600,
    },
    { kid: '1f40f0a8ef3d880978dc82f25c3ec317c6a5b781', typ: 'JWT' },
  );
  tokens.keycloakAccess = await sign(
    {
      exp: T + 300,
      iat: T,
      auth_time: T - 20,
      jti: 'onrtac:6f1c1f1e-2a3b-4c5d-8e9f-0a1b2c3d4e5f',
      iss: 'https://sso.example.org/realms/orders',
      aud: ['orders-api', 'account'],
      sub: 'f3c0a1b2-7d6e-4c5b-9a8f-0e1d2c3b4a59',
      typ: 'Bearer',
      azp: 'orders-web',
      sid: '5c1f6b7e-9a8d-4c3b-a2e1-0f9e8d7c6b5a',
      acr: '1',
      'allowed-origins': ['https://orders.example.org'],
      realm_access: { roles: ['offline_access', 'uma_authorization', 'orders-admin'] },
      resource_access: { account: { roles: ['manage-account', 'view-profile'] }, 'orders-api': { roles: ['write'] } },
      scope: 'openid email profile',
      email_verified: true,
      preferred_username: 'linus',
      email: 'linus@example.org',
    },
    { typ: 'JWT', kid: 'Rk9PQkFSX0tJRF9LRVlDTE9BSw' },
  );
  tokens.cognitoId = await sign(
    {
      sub: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
      'cognito:groups': ['admins'],
      email_verified: true,
      iss: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEfGhI',
      'cognito:username': 'margaret',
      origin_jti: 'bbbbbbbb-cccc-dddd-eeee-ffffffffffff',
      aud: '7example23456789clientid',
      event_id: 'cccccccc-dddd-eeee-ffff-000000000000',
      token_use: 'id',
      auth_time: T,
      exp: T + 3600,
      iat: T,
      jti: 'dddddddd-eeee-ffff-0000-111111111111',
      email: 'margaret@example.com',
    },
    { kid: 'abcdEXAMPLEkid1234=' },
  );
  tokens.oktaAccess = await sign(
    {
      ver: 1,
      jti: 'AT.7pVb2gU3Qm0xQWw2',
      iss: 'https://dev-123456.okta.com/oauth2/default',
      aud: 'api://default',
      iat: T,
      exp: T + 3600,
      cid: '0oa1b2c3d4e5f6g7h8i9',
      uid: '00u1a2b3c4d5e6f7g8h9',
      scp: ['openid', 'profile', 'orders:read'],
      auth_time: T - 60,
      sub: 'katherine@example.com',
    },
    { kid: 'okta-kid-x1' },
  );
  tokens.auth0Access = await sign(
    {
      'https://orders.example.com/roles': ['admin'],
      iss: 'https://example.eu.auth0.com/',
      sub: 'auth0|64b7f0c2a1b2c3d4e5f6a7b8',
      aud: ['https://orders.example.com/api', 'https://example.eu.auth0.com/userinfo'],
      iat: T,
      exp: T + 86400,
      scope: 'openid profile email read:orders',
      azp: 'Zk3xYq9WbE1rT2uI3oP4aS5dF6gH7jK8',
      permissions: ['read:orders'],
      org_id: 'org_9aBcD8eFgH7iJ6kL',
    },
    { typ: 'JWT', kid: 'N0Q3QkU5RTA2QzI1' },
  );
  tokens.demoLongLived = await sign(
    {
      iss: 'http://127.0.0.1:4400',
      sub: 'alice',
      aud: 'urn:authlens:demo-api',
      iat: T,
      exp: T + 5 * 365 * 86400,
      scope: 'api:read',
      client_id: 'authlens-demo',
      jti: 'xDs1k0fQb4sU1Wz0Ykq2P',
    },
    { typ: 'at+jwt', kid: 'ec-1' },
    'ES256',
  );
  // A JWE (RSA-OAEP-256 + A256GCM) whose payload nobody here can read: AuthLens shows its header.
  const { publicKey } = await jose.generateKeyPair('RSA-OAEP-256');
  tokens.encrypted = await new jose.EncryptJWT({ sub: 'alice', secret: 'not visible' })
    .setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM', cty: 'JWT', kid: 'enc-2026' })
    .encrypt(publicKey);
  tokens.unsecured = new jose.UnsecuredJWT({ sub: 'test-user', role: 'admin', iat: T }).setIssuer('https://legacy.example.net').encode();
  tokens.hostile = await sign(
    {
      sub: 'attacker',
      iss: 'https://evil.example',
      name: '[Click me](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> ```\n# HEADING',
      note: '<script>alert(document.cookie)</script>',
      link: '[docs](https://evil.example/phish)',
      iat: T,
      exp: T + 600,
    },
    { typ: 'JWT', kid: '<b>kid</b>' },
  );
  return tokens;
}

function writeSamples(t: Record<string, string>): void {
  const files: Record<string, string> = {
    'requests.http': `### Call the Orders API with an Entra v2 access token (hover the token)
GET https://orders.example.com/api/orders
Authorization: Bearer ${t.entraV2Access}

### Microsoft Graph with a v1 token (AuthLens explains why your API can't validate it)
GET https://graph.microsoft.com/v1.0/me
Authorization: Bearer ${t.graphV1}

### Redeem a refresh token (the answer is below, in token-error.json)
POST https://login.microsoftonline.com/${tenant}/oauth2/v2.0/token
Content-Type: application/x-www-form-urlencoded

grant_type=refresh_token&client_id=0c2ad3c5-2b4f-4a3b-8d6e-7f8a9b0c1d2e&scope=api%3A%2F%2Forders%2F.default

### Keycloak-protected API
GET https://orders.example.org/api/admin
Authorization: Bearer ${t.keycloakAccess}
`,
    'app.log': `2026-11-27T09:30:01.112Z INFO  auth  signing in ada@contoso.example (tenant ${tenant})
2026-11-27T09:30:02.451Z DEBUG http  GET /api/orders Authorization: Bearer ${t.entraV2Access}
2026-11-27T09:30:02.460Z INFO  http  200 OK 12 ms
2026-11-27T10:35:17.003Z WARN  auth  acquireTokenSilent failed: InteractionRequiredAuthError: interaction_required: AADSTS50058: A silent sign-in request was sent but no user is signed in. Trace ID: 0b5bd2a1-8f3c-4c2e-9e7a-1c2d3e4f5a6b Correlation ID: 3e1f0a2b-4c5d-6e7f-8091-a2b3c4d5e6f7 Timestamp: 2026-11-27 10:35:16Z
2026-11-27T10:35:18.221Z ERROR auth  token refresh failed: ServerError: invalid_grant: AADSTS700082: The refresh token has expired due to inactivity. Trace ID: 7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d Correlation ID: 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d Timestamp: 2026-11-27 10:35:18Z
2026-11-27T10:36:40.900Z ERROR okta  {"errorCode":"E0000011","errorSummary":"Invalid token provided","errorLink":"E0000011","errorId":"oae3iIo7fJpQ2qgHnF1Zc0r","errorCauses":[]}
2026-11-27T10:37:05.004Z WARN  keycloak type=LOGIN_ERROR, realmId=orders, clientId=orders-web, userId=null, ipAddress=10.0.0.8, error=invalid_user_credentials, auth_method=openid-connect
2026-11-27T10:38:12.330Z ERROR google Error 400: redirect_uri_mismatch
2026-11-27T10:39:00.000Z DEBUG http  id token received: ${t.googleId}
2026-11-27T10:40:41.517Z ERROR api   401 Unauthorized WWW-Authenticate: Bearer realm="orders", error="invalid_token", error_description="The access token expired"
2026-11-27T10:41:02.118Z ERROR msal  MsalUiRequiredException: AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication. ErrorCode: invalid_grant StatusCode: 400 CorrelationId: 5f6e7d8c-9b0a-4c1d-8e2f-3a4b5c6d7e8f
2026-11-27T10:42:30.777Z INFO  cognito token: ${t.cognitoId}
2026-11-27T10:43:00.000Z INFO  version 1.2.3 of orders-web at api.example.com uses config.settings.json (nothing to decode here)
`,
    '.env': `# Local development settings (sample values)
API_BASE_URL=https://orders.example.com/api
OKTA_ISSUER=https://dev-123456.okta.com/oauth2/default
TEST_ACCESS_TOKEN=${t.oktaAccess}
AUTH0_TOKEN="${t.auth0Access}"
LEGACY_TOKEN=${t.unsecured}
ENCRYPTED_ID_TOKEN=${t.encrypted}
`,
    'token-response.json': `${JSON.stringify(
      {
        token_type: 'Bearer',
        scope: 'openid email profile offline_access api:read',
        expires_in: 600,
        access_token: t.demoLongLived,
        id_token: t.googleId,
        refresh_token: 'Zm9yLWRlbW8tb25seS1ub3QtYS1yZWFsLXJlZnJlc2gtdG9rZW4',
      },
      null,
      2,
    )}\n`,
    'token-error.json': `${JSON.stringify(
      {
        error: 'invalid_grant',
        error_description:
          'AADSTS70008: The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource. Trace ID: 2c8a1f3e-7b6d-4e5a-9c0b-1d2e3f4a5b6c Correlation ID: 8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968 Timestamp: 2026-11-27 10:35:18Z',
        error_codes: [70008],
        timestamp: '2026-11-27 10:35:18Z',
        trace_id: '2c8a1f3e-7b6d-4e5a-9c0b-1d2e3f4a5b6c',
        correlation_id: '8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968',
        error_uri: 'https://login.microsoftonline.com/error?code=70008',
      },
      null,
      2,
    )}\n`,
    'callbacks.txt': `# Redirects your app received (hover the tokens and the errors)
http://localhost:3000/callback#id_token=${t.googleId}&state=af0ifjsldkj&token_type=Bearer
http://127.0.0.1:53682/callback?error=access_denied&error_description=End-User%20aborted%20interaction&state=xyz&iss=http%3A%2F%2F127.0.0.1%3A4400
https://orders.example.com/signin-oidc?error=invalid_request&error_description=AADSTS50011%3A+The+redirect+URI+%27https%3A%2F%2Forders.example.com%2Fsignin-oidc%27+specified+in+the+request+does+not+match+the+redirect+URIs+configured+for+the+application.
`,
    'hostile.json': `${JSON.stringify(
      {
        comment: 'A token whose claims try to inject markdown, command links and HTML. AuthLens shows them as plain text.',
        token: t.hostile,
      },
      null,
      2,
    )}\n`,
    'debug-demo.js': `// Run this under the debugger (F5, "Node.js"): AuthLens captures what it prints.
const token = '${t.entraV2Access}';
console.log('calling the Orders API with', token);
setTimeout(() => {
  console.error('token refresh failed: ServerError: invalid_grant: AADSTS700082: The refresh token has expired due to inactivity.');
}, 200);
`,
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text);
}

void main().then((tokens) => {
  mkdirSync(out, { recursive: true });
  writeSamples(tokens);
  console.log(`wrote ${Object.keys(tokens).length} tokens into the files of samples/`);
});
