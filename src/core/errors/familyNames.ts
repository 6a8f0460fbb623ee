import type { ErrorFamily } from './catalog/types';

/** How the hover, the Explain view and the CLI name each catalog family. */
const FAMILY_NAMES: Record<ErrorFamily, string> = {
  oauth: 'OAuth 2.0 / OpenID Connect',
  entra: 'Microsoft Entra ID',
  b2c: 'Azure AD B2C',
  'entra-suberror': 'Microsoft Entra ID sub-error',
  msal: 'Microsoft Authentication Library (MSAL)',
  identitymodel: 'Microsoft.IdentityModel (.NET token validation)',
  okta: 'Okta',
  google: 'Google',
  github: 'GitHub',
  keycloak: 'Keycloak',
  auth0: 'Auth0',
  cognito: 'Amazon Cognito',
  saml: 'SAML 2.0 status',
  firebase: 'Firebase Authentication',
  graph: 'Microsoft Graph',
  'aws-sts': 'AWS STS (web identity federation)',
  supabase: 'Supabase Auth',
  salesforce: 'Salesforce',
  spotify: 'Spotify',
  apple: 'Sign in with Apple',
  pingfederate: 'PingFederate / PingOne',
};

/** The display name of a family; an unknown one (a newer core) shows as written. */
export function familyName(family: string): string {
  return (FAMILY_NAMES as Record<string, string>)[family] ?? family;
}
