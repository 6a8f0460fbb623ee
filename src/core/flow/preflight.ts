/**
 * Pre-flight: before the browser opens, compare the (possibly edited) request with what the provider
 * advertises and what the loopback listener serves. Every finding is a warning with a fix; the caller
 * decides whether to go on (the provider may accept more than it advertises).
 */
import { isLoopbackHost } from '../loopbackHost';
import type { AuthorizationRequestDraft } from './authorizationRequest';
import type { ClientAuthMethod, FlowServer } from './types';

export interface PreflightWarning {
  id:
    | 'redirect-uri-not-served'
    | 'scope-not-supported'
    | 'response-mode-not-supported'
    | 'grant-not-supported'
    | 'pkce-not-advertised'
    | 'insecure-issuer'
    | 'auth-method-not-supported'
    | 'dpop-not-advertised'
    | 'par-not-offered'
    | 'response-type-not-supported'
    | 'mtls-over-http';
  message: string;
  fix: string;
}

export interface PreflightOptions {
  /** The redirect URI the loopback listener actually serves. */
  listenerRedirectUri?: string;
  grant?: string;
  authMethod?: ClientAuthMethod;
  dpop?: boolean;
  par?: boolean;
  /** A client certificate is presented (RFC 8705). */
  certificate?: boolean;
}

const GRANT_URNS: Record<string, string> = {
  device_code: 'urn:ietf:params:oauth:grant-type:device_code',
  token_exchange: 'urn:ietf:params:oauth:grant-type:token-exchange',
};

/** The issuer alone, before discovery: http:// is only acceptable on loopback. */
export function preflightIssuer(issuer: string): PreflightWarning[] {
  let url: URL;
  try {
    url = new URL(issuer.trim());
  } catch {
    return [];
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return [
      {
        id: 'insecure-issuer',
        message: `The issuer ${url.origin} uses http:// on a host that is not loopback: tokens and codes would travel unencrypted, and AuthLens refuses such endpoints.`,
        fix: `Use https://${url.host}${url.pathname === '/' ? '' : url.pathname}, or run the provider on 127.0.0.1 / localhost for local tests.`,
      },
    ];
  }
  return [];
}

const list = (value: unknown): string[] | undefined =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;

/** Checks that need discovery (and, for the authorization request, the draft). */
export function preflight(
  server: FlowServer,
  draft: AuthorizationRequestDraft | undefined,
  options: PreflightOptions = {},
): PreflightWarning[] {
  const warnings: PreflightWarning[] = [...preflightIssuer(server.metadata.issuer)];
  const meta = server.metadata as Record<string, unknown>;
  const param = (name: string) => draft?.params.find((p) => p.name === name)?.value;

  if (draft && options.listenerRedirectUri) {
    const redirect = param('redirect_uri');
    if (redirect !== undefined && redirect !== options.listenerRedirectUri) {
      warnings.push({
        id: 'redirect-uri-not-served',
        message: `redirect_uri is ${redirect}, but AuthLens listens on ${options.listenerRedirectUri}: the browser would land somewhere AuthLens cannot see (or the provider would refuse the URI), and the flow would wait in vain.`,
        fix: `Set redirect_uri back to ${options.listenerRedirectUri}, or register that exact URI at the provider.`,
      });
    }
  }
  const scopesSupported = list(meta.scopes_supported);
  const scope = param('scope');
  if (draft && scopesSupported && scope) {
    const unknown = scope.split(' ').filter((s) => s && !scopesSupported.includes(s));
    if (unknown.length) {
      warnings.push({
        id: 'scope-not-supported',
        message: `The provider does not list ${unknown.map((s) => `"${s}"`).join(', ')} in scopes_supported (${scopesSupported.join(' ')}).`,
        fix: 'Check the spelling; an API scope may need a resource (RFC 8707) or a provider-specific prefix. Providers may accept scopes they do not advertise, so you can go on.',
      });
    }
  }
  const responseMode = param('response_mode');
  const modes = list(meta.response_modes_supported);
  if (draft && responseMode && modes && !modes.includes(responseMode)) {
    warnings.push({
      id: 'response-mode-not-supported',
      message: `response_mode=${responseMode} is not in response_modes_supported (${modes.join(', ')}).`,
      fix: `Use one of ${modes.join(', ')}, or remove response_mode.`,
    });
  }
  const responseTypes = list(meta.response_types_supported);
  const responseType = param('response_type');
  if (draft && responseType && responseTypes && !responseTypes.includes(responseType)) {
    warnings.push({
      id: 'response-type-not-supported',
      message: `response_type=${responseType} is not in response_types_supported.`,
      fix: 'The provider may not offer the authorization code flow for this client.',
    });
  }
  const grants = list(meta.grant_types_supported);
  if (options.grant && grants) {
    const urn = GRANT_URNS[options.grant] ?? options.grant;
    if (!grants.includes(urn)) {
      warnings.push({
        id: 'grant-not-supported',
        message: `The provider does not list ${urn} in grant_types_supported (${grants.join(', ')}).`,
        fix: 'Pick a grant the provider offers, or check that the feature is enabled for your tenant/realm.',
      });
    }
  }
  if (draft) {
    const pkce = list(meta.code_challenge_methods_supported);
    if (!pkce) {
      warnings.push({
        id: 'pkce-not-advertised',
        message: 'The provider does not advertise code_challenge_methods_supported; it may ignore PKCE.',
        fix: 'Most providers support S256 anyway; if the code exchange fails with invalid_grant, check its PKCE support.',
      });
    } else if (!pkce.includes('S256')) {
      warnings.push({
        id: 'pkce-not-advertised',
        message: `The provider advertises PKCE methods ${pkce.join(', ')}, not S256, which AuthLens always uses.`,
        fix: 'Ask the provider to enable S256 (plain is not safe, RFC 9700 §2.1.1).',
      });
    }
  }
  const methods = list(meta.token_endpoint_auth_methods_supported);
  if (options.authMethod && options.authMethod !== 'none' && methods && !methods.includes(options.authMethod)) {
    warnings.push({
      id: 'auth-method-not-supported',
      message: `${options.authMethod} is not in token_endpoint_auth_methods_supported (${methods.join(', ')}).`,
      fix: `Use one of ${methods.join(', ')}.`,
    });
  }
  if (options.dpop && !list(meta.dpop_signing_alg_values_supported)) {
    warnings.push({
      id: 'dpop-not-advertised',
      message: 'DPoP is on, but the provider does not advertise dpop_signing_alg_values_supported.',
      fix: 'The provider will probably ignore the proof and issue Bearer tokens; turn DPoP off or check its DPoP support.',
    });
  }
  const mtlsToken = (meta.mtls_endpoint_aliases as Record<string, unknown> | undefined)?.token_endpoint ?? meta.token_endpoint;
  if (options.certificate && typeof mtlsToken === 'string' && mtlsToken.startsWith('http:')) {
    warnings.push({
      id: 'mtls-over-http',
      message: `A client certificate is given, but the token endpoint ${mtlsToken.slice(0, 200)} is plain http: without TLS there is no handshake to present it in.`,
      fix: "Use the provider's https endpoint; mutual TLS (RFC 8705) needs https.",
    });
  }
  if (options.par && typeof meta.pushed_authorization_request_endpoint !== 'string') {
    warnings.push({
      id: 'par-not-offered',
      message: 'PAR is on, but the provider has no pushed_authorization_request_endpoint.',
      fix: 'Turn PAR off: the parameters then travel in the browser URL as usual.',
    });
  }
  return warnings;
}
