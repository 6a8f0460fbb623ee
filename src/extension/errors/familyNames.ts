import type { ErrorFamily } from '../../core/errors/catalog/types';

/** How the hover and the Explain view name each catalog family. */
const FAMILY_NAMES: Record<ErrorFamily, string> = {
  oauth: 'OAuth 2.0 / OpenID Connect',
  entra: 'Microsoft Entra ID',
  'entra-suberror': 'Entra ID sub-error',
  msal: 'MSAL',
  okta: 'Okta',
  google: 'Google',
  github: 'GitHub',
  keycloak: 'Keycloak',
  auth0: 'Auth0',
  cognito: 'Amazon Cognito',
};

/** The display name of a family; an unknown one (a newer core) shows as written. */
export function familyName(family: string): string {
  return (FAMILY_NAMES as Record<string, string>)[family] ?? family;
}
