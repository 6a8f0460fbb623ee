/**
 * The claim catalog's shape. Every entry explains a claim or header parameter in our own words and
 * links to the document that defines it, so a hover can say what a value means and where to read more.
 */

/** Issuer families that give some claims their own meaning. `standard` means "as the RFC/OIDC defines it". */
export type ProviderFamily = 'standard' | 'entra' | 'google' | 'okta' | 'auth0' | 'keycloak' | 'cognito';

/** How a value should be read: times are rendered as dates, durations as spans. */
export type ClaimValueType =
  'numeric-date' | 'duration-seconds' | 'string' | 'string-list' | 'space-separated' | 'uri' | 'boolean' | 'object' | 'number' | 'any';

export interface ClaimEntry {
  name: string;
  /** Where the name lives: the payload (a claim) or the JOSE header (a header parameter). */
  location: 'payload' | 'header';
  /** The family this meaning belongs to. */
  provider: ProviderFamily;
  /** A short label, e.g. "Expiration time". */
  title: string;
  /** One or two sentences in our own words: what it is and what to check. */
  description: string;
  /** The defining document, with a section anchor where one exists. */
  source: string;
  valueType: ClaimValueType;
  /** Personal data about the user (shown to anyone who holds the token). */
  pii?: boolean;
}

/** What `describeClaim` returns: the entry that fits best, plus other providers' meanings if they differ. */
export interface ClaimDescription extends ClaimEntry {
  /** Other families that use the same name differently. */
  otherMeanings: { provider: ProviderFamily; title: string }[];
}
