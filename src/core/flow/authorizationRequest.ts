/**
 * The authorization request, in two stages so a UI can show and edit every parameter before the
 * browser opens: {@link prepareAuthorizationRequest} fills in a draft (PKCE S256 always, fresh state
 * and nonce), {@link finalizeAuthorizationRequest} turns the possibly edited draft into the URL and
 * the values the callback and code exchange must check against.
 */
import { checkDraftParams, checkExtraParams, type AuthorizationParam, type AuthorizationRequestDraft } from './authorizationParams';
import { FlowError } from './flowError';
import { codeChallengeS256, randomToken } from './random';
import { redactExchange } from './recorder';
import { checkEndpointUrl } from './step';
import type { FlowContext, FlowStep } from './types';

export type ResponseMode = 'query' | 'form_post';

export interface AuthorizationRequestOptions {
  redirectUri: string;
  scope: string;
  prompt?: string;
  loginHint?: string;
  responseMode?: ResponseMode;
  /** RFC 8707 resource indicators: one or several. */
  resource?: string | string[];
  /** RFC 9396 rich authorization requests: objects with a `type`, sent as the JSON `authorization_details`. */
  authorizationDetails?: Record<string, unknown>[];
  /** RFC 9449 §10: binds the code to this DPoP key thumbprint (`dpop_jkt`). */
  dpopJkt?: string;
  /** Any other parameter, e.g. Entra's `domain_hint`, Auth0's `audience`. Cannot replace the PKCE parameters. */
  extraParams?: Record<string, string>;
  /** Pre-set values; generated when absent. */
  state?: string;
  nonce?: string;
  codeVerifier?: string;
}

export type { AuthorizationParam, AuthorizationRequestDraft } from './authorizationParams';

/** What the later steps check the callback and the tokens against. Keep it in the extension host. */
export interface PendingAuthorization {
  url: string;
  state?: string;
  nonce?: string;
  codeVerifier: string;
  redirectUri: string;
  responseMode: ResponseMode;
  scope: string;
  resource: string[];
  createdAt: number;
}

const NOTES: Record<string, string> = {
  response_type: 'Asks for an authorization code (the code flow).',
  client_id: 'Which application is signing in.',
  redirect_uri: 'Where the browser returns with the code: the AuthLens loopback listener.',
  scope: 'What access is asked for; `openid` makes it an OpenID Connect request.',
  state: 'A random value echoed back, so the callback can be tied to this request (CSRF protection).',
  nonce: 'A random value the ID token must contain, so a replayed ID token is rejected.',
  code_challenge: 'The SHA-256 hash of the PKCE code verifier; the verifier itself is only sent with the code exchange.',
  code_challenge_method: 'S256: the challenge is a SHA-256 hash (RFC 7636).',
  prompt: 'Forces a login screen (`login`), the consent screen (`consent`), or no UI at all (`none`).',
  login_hint: 'Pre-fills the user name on the sign-in page.',
  response_mode: '`form_post` returns the code in a POST body instead of the URL query.',
  resource: 'The API the access token is for (RFC 8707).',
  authorization_details: 'Fine-grained permissions as JSON objects with a type (RFC 9396), beyond what scope strings can say.',
  dpop_jkt: 'The thumbprint of the DPoP key the code will be bound to (RFC 9449 §10).',
};

export async function prepareAuthorizationRequest(
  ctx: FlowContext,
  options: AuthorizationRequestOptions,
): Promise<AuthorizationRequestDraft> {
  const endpoint = ctx.server.metadata.authorization_endpoint;
  if (!endpoint) throw new FlowError('UNSUPPORTED', 'The provider has no authorization_endpoint in its metadata.');
  checkEndpointUrl(endpoint, 'The authorization endpoint');
  checkEndpointUrl(options.redirectUri, 'The redirect URI');
  if (!ctx.client.clientId) throw new FlowError('BAD_INPUT', 'A client ID is needed.');

  const codeVerifier = options.codeVerifier ?? randomToken(ctx.deps);
  if (!/^[A-Za-z0-9\-._~]{43,128}$/.test(codeVerifier)) {
    throw new FlowError('BAD_INPUT', 'A PKCE code verifier is 43 to 128 characters of A-Z, a-z, 0-9 and -._~ (RFC 7636 §4.1).');
  }
  const codeChallenge = await codeChallengeS256(codeVerifier);
  const params: AuthorizationParam[] = [];
  const add = (name: string, value: string | undefined, source: AuthorizationParam['source']) => {
    if (value !== undefined && value !== '') params.push({ name, value, source, note: NOTES[name] ?? '' });
  };
  add('response_type', 'code', 'generated');
  add('client_id', ctx.client.clientId, 'config');
  add('redirect_uri', options.redirectUri, 'config');
  add('scope', (options.scope ?? '').trim().replace(/\s+/g, ' '), 'config');
  add('state', options.state ?? randomToken(ctx.deps), 'generated');
  if (/(^|\s)openid(\s|$)/.test(options.scope ?? '')) add('nonce', options.nonce ?? randomToken(ctx.deps), 'generated');
  add('code_challenge', codeChallenge, 'generated');
  add('code_challenge_method', 'S256', 'generated');
  add('prompt', options.prompt, 'config');
  add('login_hint', options.loginHint, 'config');
  if (options.responseMode === 'form_post') add('response_mode', 'form_post', 'config');
  for (const resource of [options.resource ?? []].flat()) add('resource', resource, 'config');
  if (options.authorizationDetails?.length) {
    if (options.authorizationDetails.some((d) => typeof d !== 'object' || d === null || typeof d.type !== 'string')) {
      throw new FlowError('BAD_INPUT', 'Every authorization_details entry is an object with a string "type" (RFC 9396 §2).');
    }
    add('authorization_details', JSON.stringify(options.authorizationDetails), 'config');
  }
  add('dpop_jkt', options.dpopJkt, 'generated');
  checkExtraParams(options.extraParams ?? {});
  for (const [name, value] of Object.entries(options.extraParams ?? {})) {
    const existing = params.find((p) => p.name === name);
    if (existing) {
      existing.value = value;
      existing.source = 'extra';
    } else {
      add(name, value, 'extra');
    }
  }
  return { endpoint, params, codeVerifier, codeChallenge, codeChallengeMethod: 'S256' };
}

/**
 * Builds the URL from the (possibly edited) draft, and a step that shows it. The draft is checked first
 * ({@link checkDraftParams}): an edited PKCE or response_type parameter, a bad name or a back-channel
 * credential is refused here, whoever edited the draft.
 */
export function finalizeAuthorizationRequest(
  ctx: FlowContext,
  draft: AuthorizationRequestDraft,
): { url: string; pending: PendingAuthorization; step: FlowStep<{ url: string }> } {
  checkDraftParams(draft);
  const url = new URL(draft.endpoint);
  for (const { name, value } of draft.params) url.searchParams.append(name, value);
  const value = (name: string) => draft.params.find((p) => p.name === name)?.value;
  const redirectUri = value('redirect_uri');
  if (!redirectUri) throw new FlowError('BAD_INPUT', 'The request has no redirect_uri.');
  const pending: PendingAuthorization = {
    url: url.href,
    state: value('state'),
    nonce: value('nonce'),
    codeVerifier: draft.codeVerifier,
    redirectUri,
    responseMode: value('response_mode') === 'form_post' ? 'form_post' : 'query',
    scope: value('scope') ?? '',
    resource: draft.params.filter((p) => p.name === 'resource').map((p) => p.value),
    createdAt: ctx.deps.now(),
  };
  const step: FlowStep<{ url: string }> = {
    kind: 'authorization-request',
    title: 'Open the sign-in page',
    status: 'passed',
    explanation:
      "The browser goes to the provider's authorization endpoint with these parameters; the user signs in there, never in AuthLens.",
    exchanges: [redactExchange({ request: { method: 'GET', url: url.href, headers: [] }, startedAt: pending.createdAt, durationMs: 0 })],
    checks: [],
    notes: [
      `PKCE: code_challenge = BASE64URL(SHA-256(code_verifier)); the verifier (${draft.codeVerifier.length} characters) stays in AuthLens until the code exchange.`,
    ],
    result: { url: url.href },
    startedAt: pending.createdAt,
    durationMs: 0,
  };
  if (!pending.state) step.notes.push('No state parameter: the callback cannot be tied to this request.');
  if (/(^|\s)offline_access(\s|$)/.test(pending.scope) && value('prompt') !== 'consent') {
    step.notes.push(
      'offline_access is asked for without prompt=consent; some providers (oidc-provider among them) then issue no refresh token.',
    );
  }
  return { url: url.href, pending, step };
}
