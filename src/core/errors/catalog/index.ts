/**
 * The offline error catalog, composed from the per-family data files. Import this module lazily
 * (`await import('…/catalog/index')`): the data is a few hundred kilobytes, and the extension must not
 * pay for it at activation. The lookup tables themselves are built on the first lookup.
 */
import { createCatalogIndex, type CatalogStats } from '../lookup';
import type { ErrorEntry } from './types';
import { auth0Errors } from './auth0';
import { cognitoErrors } from './cognito';
import { entraErrors } from './entra';
import { entraSuberrors } from './entraSuberrors';
import { githubErrors } from './github';
import { googleErrors } from './google';
import { keycloakErrors } from './keycloak';
import { msalErrors } from './msal';
import { oauthErrors } from './oauth';
import { oktaErrors } from './okta';
import { samlStatusErrors } from './saml';

/** Every family file, in one list. A new family file is added here (the coverage test checks). */
export function allCatalogEntries(): readonly ErrorEntry[] {
  return [
    ...oauthErrors,
    ...entraErrors,
    ...entraSuberrors,
    ...msalErrors,
    ...oktaErrors,
    ...googleErrors,
    ...githubErrors,
    ...keycloakErrors,
    ...auth0Errors,
    ...cognitoErrors,
    ...samlStatusErrors,
  ];
}

const catalog = createCatalogIndex(allCatalogEntries);

/** The best entry for a code (`AADSTS50058`, `aadsts50058`, `E0000011`, `invalid_grant`, `NotAuthorizedException`). */
export function lookupError(code: string, familyHint?: string): ErrorEntry | undefined {
  return catalog.lookupError(code, familyHint);
}

/** Every family's entry for a code, best first (`invalid_grant` is in oauth, msal, auth0, google …). */
export function lookupAll(code: string, familyHint?: string): ErrorEntry[] {
  return catalog.lookupAll(code, familyHint);
}

/** How many entries each family has. */
export function catalogStats(): CatalogStats {
  return catalog.catalogStats();
}

export type { CatalogStats };
