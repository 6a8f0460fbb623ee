import type { ClaimEntry } from '../types';
import { ENTRA_CLAIMS } from './entra';
import { HEADER_PARAMETERS } from './header';
import { AUTH0_CLAIMS_TABLE, COGNITO_CLAIMS, GOOGLE_CLAIMS, KEYCLOAK_CLAIMS, OKTA_CLAIMS } from './providers';
import { STANDARD_CLAIMS } from './standard';
import { RFC7519 } from '../sources';
import { entries } from './build';

/** URL-named claims outside Auth0: RFC 7519's collision-resistant "public" names. */
const PUBLIC_NAME = entries('standard', 'payload', [
  [
    'https://',
    'Public (namespaced) claim',
    'any',
    `${RFC7519}#section-4.2`,
    "A claim whose name is a URL, so it cannot collide with anyone else's. Its meaning is defined by whoever owns that domain.",
  ],
]);

/** Every catalog entry, standard first. */
export const CLAIM_CATALOG: readonly ClaimEntry[] = [
  ...STANDARD_CLAIMS,
  ...HEADER_PARAMETERS,
  ...PUBLIC_NAME,
  ...ENTRA_CLAIMS,
  ...GOOGLE_CLAIMS,
  ...OKTA_CLAIMS,
  ...AUTH0_CLAIMS_TABLE,
  ...KEYCLOAK_CLAIMS,
  ...COGNITO_CLAIMS,
];

/** Entries whose name is a prefix rather than a whole name: `extension_…`, `custom:…`, `https://…`. */
export function isPrefixEntry(entry: ClaimEntry): boolean {
  return entry.name.endsWith('_') || entry.name.endsWith(':') || entry.name.endsWith('://');
}
