/**
 * The shape of every entry in the offline error catalog. All prose is AuthLens's own words; codes,
 * names and spec sections are facts from the sources listed in each entry's `links`.
 */

export type ErrorFamily =
  | 'oauth' // RFC 6749 and the IANA OAuth Extensions Error Registry, OIDC, CIBA, device flow, DPoP, step-up
  | 'entra' // AADSTS codes
  | 'b2c' // AADB2C codes (Azure AD B2C)
  | 'entra-suberror' // the `suberror` values Entra adds to some responses
  | 'msal' // MSAL.js / MSAL.NET error codes seen in exceptions
  | 'identitymodel' // IDXnnnnn: Microsoft.IdentityModel (.NET token validation)
  | 'okta' // E0000xxx
  | 'google'
  | 'github'
  | 'keycloak'
  | 'auth0'
  | 'cognito'
  | 'saml' // SAML 2.0 status codes (urn:oasis:names:tc:SAML:2.0:status:*)
  | 'firebase' // auth/… (Firebase Authentication)
  | 'graph' // Microsoft Graph / directory codes (InvalidAuthenticationToken, Authorization_RequestDenied)
  | 'aws-sts' // AWS STS AssumeRoleWithWebIdentity (InvalidIdentityToken)
  | 'supabase' // Supabase Auth error codes (`error_code`: otp_expired, invalid_credentials)
  | 'salesforce' // Salesforce OAuth and REST session errors (invalid_grant variants, INVALID_SESSION_ID)
  | 'spotify' // Spotify accounts service and Web API auth errors (INVALID_CLIENT: Invalid redirect URI)
  | 'apple' // Sign in with Apple token and JS errors
  | 'pingfederate'; // PingFederate OAuth AS errors (and PingOne platform codes)

export interface ErrorLink {
  title: string;
  url: string;
}

export interface ErrorEntry {
  /** As the family writes it: `AADSTS50058`, `invalid_grant`, `E0000011`, `NotAuthorizedException`. */
  code: string;
  family: ErrorFamily;
  /** The family's own name for it (Entra: `UserInformationNotProvided`; OAuth: the code itself). */
  name: string;
  /** One or two sentences: what it means. */
  summary: string;
  /** Why it usually happens, most common first. */
  causes: string[];
  /** What to do about it, in the order worth trying. */
  fixes: string[];
  /** The first link is the reference: a spec section or the provider's page. */
  links: ErrorLink[];
  /** Spec and section, for protocol errors: `RFC 6749 §5.2`. */
  spec?: string;
  /** Where one value means different things at different endpoints, each meaning. */
  contexts?: { where: string; meaning: string }[];
  /** Which causes and fixes come first when the response or the session says more (see `ranking.ts`). */
  ranking?: RankingRule[];
}

/**
 * One rule of an entry's ranking: when every condition given holds for the response at hand, the
 * causes and fixes it names lead, in the order named. Data, not code: written in the catalog files.
 */
export interface RankingRule {
  when: RankingCondition;
  /** Case-insensitive pieces of the entry's own causes to put first (each names at least one cause). */
  causes?: string[];
  /** The same for fixes. */
  fixes?: string[];
}

/** Each field present must hold (one of its values, where it lists several). */
export interface RankingCondition {
  /** A case-insensitive regular expression over the description (`error_description`, or the message). */
  description?: string;
  /** Codes elsewhere in the response: `AADSTS70008` (also matching `error_codes: [70008]`), `bad_token`. */
  codes?: string[];
  /** Entra's `suberror` (or Google's `error_subtype`). */
  suberror?: string[];
  /** The request that failed: `code-exchange`, `refresh`, `device`, `client-credentials`, `authorize`, … */
  step?: string[];
  /** What the session itself knows: `revoked` (it revoked this token), `spent` (already used), `expired` (past its lifetime). */
  fact?: string[];
}
