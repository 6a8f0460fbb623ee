/** Claims particular to Google, Okta, Auth0, Keycloak and Amazon Cognito. */
import { entries } from './build';
import {
  AUTH0_CLAIMS,
  AUTH0_CUSTOM_CLAIMS,
  AUTH0_ORGS,
  AUTH0_RBAC,
  COGNITO_ACCESS,
  COGNITO_ID,
  GOOGLE_ID_TOKEN,
  KEYCLOAK_ADMIN,
  OKTA_TOKENS,
} from '../sources';

export const GOOGLE_CLAIMS = entries('google', 'payload', [
  [
    'hd',
    'Hosted domain',
    'string',
    GOOGLE_ID_TOKEN,
    'The Google Workspace domain of the account; absent for consumer Gmail accounts. To allow only your organisation, check this claim, not the email suffix.',
  ],
  [
    'azp',
    'Authorized party (Google)',
    'string',
    GOOGLE_ID_TOKEN,
    'The client ID of the app that requested the token. When a backend receives an ID token from an Android or web client, `aud` is the server client ID and `azp` the calling client.',
  ],
  ['aud', 'Audience (Google)', 'string', GOOGLE_ID_TOKEN, "One of your OAuth client IDs. Reject tokens for anyone else's client."],
  ['iss', 'Issuer (Google)', 'uri', GOOGLE_ID_TOKEN, 'Either `https://accounts.google.com` or `accounts.google.com`: accept both.'],
  [
    'email_verified',
    'Email verified (Google)',
    'boolean',
    GOOGLE_ID_TOKEN,
    'Whether Google verified the address. For Workspace accounts (with `hd`) and Gmail addresses it is authoritative.',
  ],
  [
    'sub',
    'Subject (Google)',
    'string',
    GOOGLE_ID_TOKEN,
    'The Google account ID: stable and never reused. Use it, not the email, as the user key.',
  ],
]);

export const OKTA_CLAIMS = entries('okta', 'payload', [
  [
    'uid',
    'User ID',
    'string',
    `${OKTA_TOKENS}#access-token-payload`,
    'The Okta ID of the user the access token was issued for (absent in client-credentials tokens).',
  ],
  ['cid', 'Client ID', 'string', `${OKTA_TOKENS}#access-token-payload`, 'The client ID of the app that requested the access token.'],
  [
    'scp',
    'Scopes (Okta)',
    'string-list',
    `${OKTA_TOKENS}#access-token-payload`,
    'The granted scopes, as a JSON array (Entra uses a space-separated string under the same name).',
  ],
  ['ver', 'Token version (Okta)', 'number', `${OKTA_TOKENS}#access-token-payload`, "The version of Okta's token format; currently `1`."],
  [
    'idp',
    'Identity provider (Okta)',
    'string',
    `${OKTA_TOKENS}#id-token-payload`,
    "The ID of the identity provider that authenticated the user: the Okta org ID for local users, or an external IdP's ID.",
  ],
  ['auth_time', 'Authentication time (Okta)', 'numeric-date', `${OKTA_TOKENS}#id-token-payload`, 'When the user last entered credentials.'],
  [
    'amr',
    'Authentication methods (Okta)',
    'string-list',
    `${OKTA_TOKENS}#id-token-payload`,
    'How the user authenticated, such as `pwd`, `mfa`, `swk`.',
  ],
  [
    'groups',
    'Groups (Okta)',
    'string-list',
    `${OKTA_TOKENS}#id-token-payload`,
    'Group names, present only when a groups claim has been configured on the authorization server.',
  ],
  [
    'jti',
    'Token ID (Okta)',
    'string',
    `${OKTA_TOKENS}#access-token-payload`,
    'A unique ID for this token; Okta access token IDs begin `AT.`, ID token IDs `ID.`.',
  ],
]);

export const AUTH0_CLAIMS_TABLE = entries('auth0', 'payload', [
  [
    'gty',
    'Grant type',
    'string',
    AUTH0_CLAIMS,
    'The grant that produced the token, e.g. `client-credentials` for machine-to-machine tokens or `password`.',
  ],
  [
    'org_id',
    'Organization ID',
    'string',
    AUTH0_ORGS,
    'The Auth0 Organization the user logged in through. APIs serving several customers must check it.',
  ],
  [
    'org_name',
    'Organization name',
    'string',
    AUTH0_ORGS,
    "The Organization's name; only present when enabled in tenant settings. Prefer `org_id` for checks.",
  ],
  [
    'permissions',
    'Permissions',
    'string-list',
    AUTH0_RBAC,
    'Permissions from Auth0 role-based access control, added when "Add Permissions in the Access Token" is on for the API.',
  ],
  ['azp', 'Authorized party (Auth0)', 'string', AUTH0_CLAIMS, 'The client ID of the application that requested the token.'],
  ['scope', 'Scopes (Auth0)', 'space-separated', AUTH0_CLAIMS, 'The granted scopes, space-separated.'],
  [
    'https://',
    'Namespaced custom claim',
    'any',
    AUTH0_CUSTOM_CLAIMS,
    'A custom claim added by an Auth0 Action or rule. Auth0 asks that non-standard claims use a URL-style namespace so they cannot clash with registered names.',
  ],
]);

export const KEYCLOAK_CLAIMS = entries('keycloak', 'payload', [
  [
    'realm_access',
    'Realm roles',
    'object',
    `${KEYCLOAK_ADMIN}#_protocol-mappers`,
    'Roles the user holds in the whole realm, under `roles`.',
  ],
  [
    'resource_access',
    'Client roles',
    'object',
    `${KEYCLOAK_ADMIN}#_protocol-mappers`,
    'Roles per client: `{ "<client-id>": { "roles": [...] } }`. An API normally reads its own entry.',
  ],
  [
    'typ',
    'Token type (Keycloak)',
    'string',
    `${KEYCLOAK_ADMIN}#_oidc`,
    "Keycloak's own marker for the kind of token: `Bearer` (access), `ID`, `Refresh`, `Offline` or `Logout`. Not the header `typ`.",
  ],
  [
    'allowed-origins',
    'Allowed origins',
    'string-list',
    `${KEYCLOAK_ADMIN}#_oidc`,
    'Web origins the client may call from; Keycloak uses it for CORS on its own endpoints and adapters may enforce it.',
  ],
  ['session_state', 'Session state (Keycloak)', 'string', `${KEYCLOAK_ADMIN}#_oidc`, "The ID of the user's Keycloak SSO session."],
  [
    'sid',
    'Session ID (Keycloak)',
    'string',
    `${KEYCLOAK_ADMIN}#_oidc`,
    'The Keycloak SSO session ID (same value as `session_state` in older versions).',
  ],
  ['azp', 'Authorized party (Keycloak)', 'string', `${KEYCLOAK_ADMIN}#_oidc`, 'The client ID that requested the token.'],
  [
    'acr',
    'Authentication level (Keycloak)',
    'string',
    `${KEYCLOAK_ADMIN}#_oidc`,
    '`1` for a normal login, `0` when the session came from an SSO cookie without re-authentication; higher values for step-up flows.',
  ],
]);

export const COGNITO_CLAIMS = entries('cognito', 'payload', [
  [
    'token_use',
    'Token use',
    'string',
    COGNITO_ACCESS,
    '`id` for ID tokens, `access` for access tokens. APIs must check it to refuse ID tokens sent as access tokens.',
  ],
  ['cognito:username', 'Username', 'string', COGNITO_ID, "The user's name in the user pool. Can be an email; use `sub` as the key.", 'pii'],
  ['cognito:groups', 'Groups (Cognito)', 'string-list', COGNITO_ID, 'User pool groups the user belongs to.'],
  ['cognito:roles', 'IAM roles', 'string-list', COGNITO_ID, "IAM role ARNs linked to the user's groups."],
  ['cognito:preferred_role', 'Preferred IAM role', 'string', COGNITO_ID, "The IAM role of the user's highest-precedence group."],
  [
    'origin_jti',
    'Origin token ID',
    'string',
    COGNITO_ACCESS,
    'Identifies the authentication event; revoking a refresh token revokes every token with the same `origin_jti`.',
  ],
  ['event_id', 'Event ID', 'string', COGNITO_ACCESS, 'A unique ID for the authentication event that produced the token.'],
  [
    'client_id',
    'Client ID (Cognito)',
    'string',
    COGNITO_ACCESS,
    'The app client that requested the access token. Cognito access tokens have no `aud`; check this instead.',
  ],
  ['username', 'Username (Cognito)', 'string', COGNITO_ACCESS, "The user's name in the pool (access tokens only).", 'pii'],
  ['identities', 'Linked identities', 'object', COGNITO_ID, 'Federated identities (Google, SAML…) linked to this user.', 'pii'],
  ['custom:', 'Custom attribute (Cognito)', 'any', COGNITO_ID, 'A custom user pool attribute.'],
]);
