/**
 * Which identity provider issued a token, from its `iss` (and, when `iss` is missing or custom, from
 * tell-tale claims). Recognition only labels the token for explanations; it proves nothing.
 */
import type { ProviderFamily } from '../claims/types';
import type { JsonObject } from './types';

export type ProviderId =
  'entra' | 'entra-b2c' | 'entra-external-id' | 'google' | 'okta' | 'auth0' | 'keycloak' | 'cognito' | 'generic' | 'unknown';

export interface ProviderInfo {
  id: ProviderId;
  /** The family whose claim meanings apply (`entra` for B2C and External ID too). */
  family: ProviderFamily;
  /** Display name, e.g. "Microsoft Entra ID (v2.0 endpoint)". */
  name: string;
  /** Entra tenant ID or Cognito user pool ID, Okta/Auth0 org host, Keycloak realm. */
  tenant?: string;
  /** Cognito's AWS region. */
  region?: string;
  /** Entra issuer format: 1 for `sts.windows.net`, 2 for `/v2.0`. */
  entraIssuerVersion?: 1 | 2;
}

const ENTRA_HOSTS = new Set([
  'login.microsoftonline.com',
  'login.microsoftonline.us',
  'login.chinacloudapi.cn',
  'login.partner.microsoftonline.cn',
  'login.windows.net',
]);
const ENTRA_V1_HOSTS = new Set(['sts.windows.net', 'sts.chinacloudapi.cn', 'login.microsoftonline.us']);

export function recognizeProvider(payload: JsonObject | null): ProviderInfo {
  const iss = typeof payload?.iss === 'string' ? payload.iss : undefined;
  if (iss !== undefined) {
    const fromIssuer = fromIssuerUrl(iss);
    if (fromIssuer) return fromIssuer;
  }
  return fromClaims(payload) ?? (iss ? { id: 'generic', family: 'standard', name: `OpenID provider (${hostOf(iss) ?? iss})` } : UNKNOWN);
}

const UNKNOWN: ProviderInfo = { id: 'unknown', family: 'standard', name: 'unknown issuer' };

function fromIssuerUrl(iss: string): ProviderInfo | undefined {
  if (iss === 'accounts.google.com' || iss === 'https://accounts.google.com') {
    return { id: 'google', family: 'google', name: 'Google' };
  }
  let url: URL;
  try {
    url = new URL(iss);
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase();
  const segments = url.pathname.split('/').filter(Boolean);
  if (ENTRA_V1_HOSTS.has(host) && segments.length === 1) {
    return { id: 'entra', family: 'entra', name: 'Microsoft Entra ID (v1.0 issuer)', tenant: segments[0], entraIssuerVersion: 1 };
  }
  if (ENTRA_HOSTS.has(host)) {
    const v2 = segments[1] === 'v2.0';
    return {
      id: 'entra',
      family: 'entra',
      name: `Microsoft Entra ID (${v2 ? 'v2.0' : 'v1.0'} issuer)`,
      tenant: segments[0],
      entraIssuerVersion: v2 ? 2 : 1,
    };
  }
  if (host.endsWith('.b2clogin.com')) {
    return { id: 'entra-b2c', family: 'entra', name: 'Azure AD B2C', tenant: segments[0] ?? host.split('.')[0] };
  }
  if (host.endsWith('.ciamlogin.com')) {
    return { id: 'entra-external-id', family: 'entra', name: 'Microsoft Entra External ID', tenant: segments[0] ?? host.split('.')[0] };
  }
  if (/\.(okta|oktapreview|okta-emea|okta-gov|okta-mil)\.com$/.test(host)) {
    return { id: 'okta', family: 'okta', name: segments[0] === 'oauth2' ? 'Okta (custom authorization server)' : 'Okta', tenant: host };
  }
  if (host.endsWith('.auth0.com')) return { id: 'auth0', family: 'auth0', name: 'Auth0', tenant: host };
  const cognito = /^cognito-idp\.([a-z0-9-]+)\.amazonaws\.com$/.exec(host);
  if (cognito) return { id: 'cognito', family: 'cognito', name: 'Amazon Cognito', region: cognito[1], tenant: segments[0] };
  const realm = segments.indexOf('realms');
  if (realm !== -1 && segments[realm + 1]) {
    return { id: 'keycloak', family: 'keycloak', name: 'Keycloak', tenant: decodedSegment(segments[realm + 1]!) };
  }
  return undefined;
}

/** A path segment with its percent-escapes decoded; as written when they are malformed (`%E0` alone). */
function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Custom domains hide the provider; some claims still give it away. */
function fromClaims(payload: JsonObject | null): ProviderInfo | undefined {
  if (!payload) return undefined;
  if (typeof payload.tid === 'string' && (payload.ver === '1.0' || payload.ver === '2.0')) {
    return { id: 'entra', family: 'entra', name: 'Microsoft Entra ID', tenant: payload.tid };
  }
  if (typeof payload.tfp === 'string') return { id: 'entra-b2c', family: 'entra', name: 'Azure AD B2C' };
  if (typeof payload.token_use === 'string' && ('cognito:username' in payload || 'origin_jti' in payload)) {
    return { id: 'cognito', family: 'cognito', name: 'Amazon Cognito' };
  }
  if ('realm_access' in payload || 'resource_access' in payload) return { id: 'keycloak', family: 'keycloak', name: 'Keycloak' };
  return undefined;
}

function hostOf(iss: string): string | undefined {
  try {
    return new URL(iss).host || undefined;
  } catch {
    return undefined;
  }
}
