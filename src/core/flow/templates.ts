/**
 * Starting points for common providers. No secrets, only public endpoints and placeholders in
 * `{braces}` the user fills in; notes say what usually goes wrong with each.
 */
import type { ClientAuthMethod } from './types';

export interface TemplatePlaceholder {
  name: string;
  label: string;
  example: string;
  /** Allowed fixed values, when the placeholder is a choice. */
  choices?: string[];
}

export interface ProviderTemplate {
  id: string;
  label: string;
  /** Issuer URL, with `{placeholders}`. Discovery happens from here. */
  issuer: string;
  placeholders: TemplatePlaceholder[];
  clientId: string;
  /** The sidebar offers these three; `private_key_jwt` / `client_secret_jwt` need a key and are CLI/engine only for now. */
  authMethod: Extract<ClientAuthMethod, 'none' | 'client_secret_basic' | 'client_secret_post'>;
  scope: string;
  extraParams?: Record<string, string>;
  prompt?: string;
  resource?: string;
  /** Start with DPoP (RFC 9449) and / or PAR (RFC 9126) on. */
  dpop?: boolean;
  par?: boolean;
  /** Fixed loopback host the provider expects in redirect URIs. */
  redirectHost: '127.0.0.1' | 'localhost';
  docs: string;
  notes: string[];
}

export const PROVIDER_TEMPLATES: readonly ProviderTemplate[] = [
  {
    id: 'authlens-demo',
    label: 'AuthLens local demo IdP',
    issuer: 'http://127.0.0.1:4400',
    placeholders: [],
    clientId: 'authlens-demo',
    authMethod: 'none',
    scope: 'openid profile email offline_access',
    prompt: 'consent',
    redirectHost: '127.0.0.1',
    docs: 'https://github.com/panva/node-oidc-provider',
    notes: [
      'Start it with `node scripts/idp.mjs` (or `npm start`). Demo users: alice / wonderland, bob / builder.',
      'Add resource=urn:authlens:demo-api and the scope api:read to get a JWT access token for the demo API; userinfo then rejects that token.',
      'prompt=consent is needed for offline_access to yield a refresh token with this provider.',
    ],
  },
  {
    id: 'authlens-demo-dpop-par',
    label: 'AuthLens local demo IdP, DPoP + PAR',
    issuer: 'http://127.0.0.1:4400',
    placeholders: [],
    clientId: 'authlens-demo',
    authMethod: 'none',
    scope: 'openid profile email offline_access',
    prompt: 'consent',
    dpop: true,
    par: true,
    redirectHost: '127.0.0.1',
    docs: 'https://www.rfc-editor.org/rfc/rfc9449',
    notes: [
      'The demo provider asks for a DPoP nonce first (`use_dpop_nonce`): the first token request is answered 400 and sent again with the nonce.',
      'The access token comes back with token_type `DPoP`; userinfo then needs a DPoP proof as well.',
      'With PAR the browser URL carries only `client_id` and `request_uri`.',
      'From a terminal: `authlens flow --issuer http://127.0.0.1:4400 --client-id authlens-demo --grant authorization_code --dpop --par`. The demo also has `authlens-private-key-jwt` (key in test/harness/idp-client-key.json) and `authlens-secret-jwt` clients.',
    ],
  },
  {
    id: 'entra',
    label: 'Microsoft Entra ID (v2.0)',
    issuer: 'https://login.microsoftonline.com/{tenant}/v2.0',
    placeholders: [
      { name: 'tenant', label: 'Tenant', example: 'contoso.onmicrosoft.com', choices: ['common', 'organizations', 'consumers'] },
    ],
    clientId: '{application-client-id}',
    authMethod: 'none',
    scope: 'openid profile email offline_access',
    redirectHost: 'localhost',
    docs: 'https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow',
    notes: [
      'Register http://localhost under "Mobile and desktop applications": Entra then accepts any port. A 127.0.0.1 redirect must match exactly.',
      'A redirect URI under the "Single-page application" platform only redeems codes cross-origin (AADSTS9002327): register it as mobile/desktop, or turn on the Origin header option.',
      'The Origin option on a non-SPA registration fails with AADSTS9002326.',
      "With common or organizations, the ID token issuer contains the user's tenant id, not the template's: compare against https://login.microsoftonline.com/{tid}/v2.0.",
      'Ask for one resource at a time in scope (e.g. https://graph.microsoft.com/User.Read); access tokens for Microsoft Graph cannot be validated by you.',
      'A secret on a public client fails with AADSTS700025; no secret on a confidential one with AADSTS7000218.',
    ],
  },
  {
    id: 'google',
    label: 'Google',
    issuer: 'https://accounts.google.com',
    placeholders: [],
    clientId: '{client-id}.apps.googleusercontent.com',
    authMethod: 'client_secret_post',
    scope: 'openid email profile',
    extraParams: { access_type: 'offline' },
    prompt: 'consent',
    redirectHost: '127.0.0.1',
    docs: 'https://developers.google.com/identity/protocols/oauth2/native-app',
    notes: [
      'Use a "Desktop app" OAuth client: it accepts loopback redirects on any port. Google still issues such clients a secret; it is not confidential.',
      'Refresh tokens need access_type=offline, and usually prompt=consent to be issued again.',
      'Error pages say "Error 400: redirect_uri_mismatch" when the client type or redirect URI is wrong.',
    ],
  },
  {
    id: 'okta',
    label: 'Okta',
    issuer: 'https://{domain}/oauth2/{authorization-server}',
    placeholders: [
      { name: 'domain', label: 'Okta domain', example: 'dev-123456.okta.com' },
      { name: 'authorization-server', label: 'Authorization server', example: 'default' },
    ],
    clientId: '{client-id}',
    authMethod: 'none',
    scope: 'openid profile email offline_access',
    redirectHost: '127.0.0.1',
    docs: 'https://developer.okta.com/docs/guides/implement-grant-type/authcodepkce/main/',
    notes: [
      'Create a "Native application" with PKCE and add the exact loopback redirect URI, port included.',
      'The org authorization server has the issuer https://{domain} (no /oauth2/…); its access tokens are for Okta APIs only.',
      'Refresh tokens need the Refresh Token grant enabled on the app and offline_access in the scope.',
    ],
  },
  {
    id: 'auth0',
    label: 'Auth0',
    issuer: 'https://{tenant-domain}/',
    placeholders: [{ name: 'tenant-domain', label: 'Tenant domain', example: 'example.eu.auth0.com' }],
    clientId: '{client-id}',
    authMethod: 'none',
    scope: 'openid profile email offline_access',
    extraParams: { audience: '{api-identifier}' },
    redirectHost: '127.0.0.1',
    docs: 'https://auth0.com/docs/get-started/authentication-and-authorization-flow/authorization-code-flow-with-pkce',
    notes: [
      'The issuer ends with a slash; without it discovery works but the iss comparison fails.',
      'Without an audience parameter the access token is opaque and only good for /userinfo; set audience to your API identifier for a JWT.',
      'Use a "Native" application and list the loopback callback URL under Allowed Callback URLs.',
    ],
  },
  {
    id: 'keycloak',
    label: 'Keycloak',
    issuer: 'https://{host}/realms/{realm}',
    placeholders: [
      { name: 'host', label: 'Keycloak host', example: 'localhost:8080' },
      { name: 'realm', label: 'Realm', example: 'master' },
    ],
    clientId: '{client-id}',
    authMethod: 'none',
    scope: 'openid profile email',
    redirectHost: '127.0.0.1',
    docs: 'https://www.keycloak.org/docs/latest/server_admin/#_oidc_clients',
    notes: [
      'Turn "Client authentication" off for a public client and set PKCE method S256 under Advanced.',
      'Keycloak matches redirect URIs literally apart from a trailing *: set a fixed listener port and register http://127.0.0.1:{port}/callback, or a pattern ending in *.',
      'Keycloak before version 17 has /auth in the path: https://{host}/auth/realms/{realm}.',
      'A local Keycloak over http works only on localhost/127.0.0.1.',
    ],
  },
];

/** Fills `{placeholders}` in a template string; unknown ones stay visible so the user notices. */
export function fillTemplate(text: string, values: Record<string, string>): string {
  return text.replace(/\{([a-z-]+)\}/g, (whole, name: string) => values[name] ?? whole);
}

export function findTemplate(id: string): ProviderTemplate | undefined {
  return PROVIDER_TEMPLATES.find((t) => t.id === id);
}
