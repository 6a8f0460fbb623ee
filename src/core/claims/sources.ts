/** Links to the documents that define claims. One place, so a moved page is fixed once. */
export const RFC7519 = 'https://www.rfc-editor.org/rfc/rfc7519';
export const RFC7515 = 'https://www.rfc-editor.org/rfc/rfc7515';
export const RFC7516 = 'https://www.rfc-editor.org/rfc/rfc7516';
export const RFC7518 = 'https://www.rfc-editor.org/rfc/rfc7518';
export const RFC7797 = 'https://www.rfc-editor.org/rfc/rfc7797';
export const RFC7800 = 'https://www.rfc-editor.org/rfc/rfc7800';
export const RFC8693 = 'https://www.rfc-editor.org/rfc/rfc8693';
export const RFC9068 = 'https://www.rfc-editor.org/rfc/rfc9068';
export const RFC8417 = 'https://www.rfc-editor.org/rfc/rfc8417';
export const OIDC_CORE = 'https://openid.net/specs/openid-connect-core-1_0.html';
export const OIDC_BACKCHANNEL = 'https://openid.net/specs/openid-connect-backchannel-1_0.html';
export const OIDC_FRONTCHANNEL = 'https://openid.net/specs/openid-connect-frontchannel-1_0.html';
export const OIDC_SESSION = 'https://openid.net/specs/openid-connect-session-1_0.html';
export const ENTRA_ACCESS = 'https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference';
export const ENTRA_ID = 'https://learn.microsoft.com/en-us/entra/identity-platform/id-token-claims-reference';
export const ENTRA_OPTIONAL = 'https://learn.microsoft.com/en-us/entra/identity-platform/optional-claims-reference';
export const ENTRA_B2C = 'https://learn.microsoft.com/en-us/azure/active-directory-b2c/tokens-overview';
export const GOOGLE_ID_TOKEN = 'https://developers.google.com/identity/openid-connect/openid-connect#an-id-tokens-payload';
export const OKTA_TOKENS = 'https://developer.okta.com/docs/reference/api/oidc/';
export const AUTH0_CLAIMS = 'https://auth0.com/docs/secure/tokens/json-web-tokens/json-web-token-claims';
export const AUTH0_CUSTOM_CLAIMS = 'https://auth0.com/docs/secure/tokens/json-web-tokens/create-custom-claims';
export const AUTH0_RBAC = 'https://auth0.com/docs/get-started/apis/enable-role-based-access-control-for-apis';
export const AUTH0_ORGS = 'https://auth0.com/docs/manage-users/organizations/using-tokens';
export const KEYCLOAK_ADMIN = 'https://www.keycloak.org/docs/latest/server_admin/index.html';
export const COGNITO_ID = 'https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-id-token.html';
export const COGNITO_ACCESS =
  'https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html';
