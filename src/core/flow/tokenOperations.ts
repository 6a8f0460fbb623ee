/**
 * What can be done with tokens once they exist: refresh, userinfo, revocation (RFC 7009) and
 * introspection (RFC 7662). A step whose endpoint the provider does not offer comes back `skipped`.
 */
import * as oauth from 'oauth4webapi';
import { clientAuthentication, oauthClient, requestOptions, runStep, type StepScope } from './step';
import { toTokenSet, tokenNotes } from './tokenSet';
import { dpopBindingChecks, withDpopNonceRetry } from './dpop';
import { certificateBindingChecks, introspectionBindingChecks } from './mtls';
import type { FlowContext, FlowStep, TokenSet } from './types';

export type TokenTypeHint = 'access_token' | 'refresh_token';

function skipWithout<T>(ctx: FlowContext, endpoint: keyof oauth.AuthorizationServer, what: string, { step }: StepScope<T>): boolean {
  if (typeof ctx.server.metadata[endpoint] === 'string') return false;
  step.status = 'skipped';
  step.notes.push(`The provider offers no ${what} (no ${String(endpoint)} in its metadata).`);
  return true;
}

export function refreshTokens(
  ctx: FlowContext,
  refreshToken: string,
  options: { scope?: string; resource?: string[]; signal?: AbortSignal } = {},
): Promise<FlowStep<TokenSet>> {
  return runStep<TokenSet>(
    ctx.deps,
    'refresh',
    'Refresh the tokens',
    'Trades the refresh token for fresh tokens without the user. Many providers rotate it: the old refresh token stops working once used.',
    async (scope) => {
      if (skipWithout(ctx, 'token_endpoint', 'token endpoint', scope)) return undefined;
      const additional = new URLSearchParams();
      if (options.scope) additional.set('scope', options.scope);
      for (const resource of options.resource ?? []) additional.append('resource', resource);
      const tokens = toTokenSet(
        (await withDpopNonceRetry(ctx, scope, async () => {
          const response = await oauth.refreshTokenGrantRequest(
            ctx.server.metadata,
            oauthClient(ctx),
            clientAuthentication(ctx),
            refreshToken,
            {
              ...requestOptions(ctx, scope.recorder, options.signal, ctx.client.origin ? { origin: ctx.client.origin } : undefined),
              additionalParameters: additional,
            },
          );
          return oauth.processRefreshTokenResponse(ctx.server.metadata, oauthClient(ctx), response);
        })) as unknown as Record<string, unknown>,
        ctx.deps.now(),
      );
      scope.step.checks.push(...dpopBindingChecks(ctx, tokens), ...certificateBindingChecks(ctx, tokens));
      scope.step.notes.push(
        tokens.refresh_token && tokens.refresh_token !== refreshToken
          ? 'A new refresh token came back (rotation): use it next time, the old one is spent.'
          : tokens.refresh_token
            ? 'The same refresh token came back: this provider does not rotate it.'
            : 'No refresh token came back: keep using the previous one.',
      );
      scope.step.notes.push(...tokenNotes(tokens, options.scope));
      return tokens;
    },
  );
}

export function fetchUserInfo(
  ctx: FlowContext,
  accessToken: string,
  options: { expectedSubject?: string; signal?: AbortSignal } = {},
): Promise<FlowStep<Record<string, unknown>>> {
  return runStep<Record<string, unknown>>(
    ctx.deps,
    'userinfo',
    "Ask for the user's profile (userinfo)",
    `Calls the userinfo endpoint with the access token ${ctx.dpop ? "in the DPoP scheme, with a proof signed by this session's key" : 'as a Bearer token'}. It only works with an access token issued for the provider itself, not for another API.`,
    async (scope) => {
      if (skipWithout(ctx, 'userinfo_endpoint', 'userinfo endpoint', scope)) return undefined;
      if (ctx.dpop)
        scope.step.notes.push(
          'The access token is sent with the DPoP scheme and a fresh proof bound to the request and the token (ath), as RFC 9449 §7 requires.',
        );
      const claims = await withDpopNonceRetry(ctx, scope, async () => {
        const response = await oauth.userInfoRequest(
          ctx.server.metadata,
          oauthClient(ctx),
          accessToken,
          requestOptions(ctx, scope.recorder, options.signal),
        );
        return oauth.processUserInfoResponse(
          ctx.server.metadata,
          oauthClient(ctx),
          options.expectedSubject ?? oauth.skipSubjectCheck,
          response,
        );
      });
      scope.step.checks.push(
        options.expectedSubject === undefined
          ? { id: 'sub', label: '`sub` matches the ID token', outcome: 'skipped', detail: 'No ID token subject to compare with.' }
          : { id: 'sub', label: '`sub` matches the ID token', outcome: 'passed', detail: options.expectedSubject },
      );
      return { ...claims } as Record<string, unknown>;
    },
  );
}

export function revokeToken(
  ctx: FlowContext,
  token: string,
  options: { tokenTypeHint?: TokenTypeHint; signal?: AbortSignal } = {},
): Promise<FlowStep<{ revoked: true }>> {
  return runStep<{ revoked: true }>(
    ctx.deps,
    'revocation',
    'Revoke the token',
    'Tells the provider to invalidate the token now (RFC 7009). Revoking a refresh token usually ends the whole grant; the provider answers 200 even for unknown tokens.',
    async (scope) => {
      if (skipWithout(ctx, 'revocation_endpoint', 'revocation endpoint', scope)) return undefined;
      const additional = options.tokenTypeHint ? { token_type_hint: options.tokenTypeHint } : undefined;
      const response = await oauth.revocationRequest(ctx.server.metadata, oauthClient(ctx), clientAuthentication(ctx), token, {
        ...requestOptions(ctx, scope.recorder, options.signal),
        additionalParameters: additional,
      });
      await oauth.processRevocationResponse(response);
      return { revoked: true };
    },
  );
}

export function introspectToken(
  ctx: FlowContext,
  token: string,
  options: { tokenTypeHint?: TokenTypeHint; signal?: AbortSignal } = {},
): Promise<FlowStep<Record<string, unknown>>> {
  return runStep<Record<string, unknown>>(
    ctx.deps,
    'introspection',
    'Introspect the token',
    'Asks the provider whether the token is still active and what it grants (RFC 7662). Providers often allow this only to confidential clients or the API the token is for.',
    async (scope) => {
      if (skipWithout(ctx, 'introspection_endpoint', 'introspection endpoint', scope)) return undefined;
      const additional = options.tokenTypeHint ? { token_type_hint: options.tokenTypeHint } : undefined;
      const response = await oauth.introspectionRequest(ctx.server.metadata, oauthClient(ctx), clientAuthentication(ctx), token, {
        ...requestOptions(ctx, scope.recorder, options.signal),
        additionalParameters: additional,
      });
      const result = await oauth.processIntrospectionResponse(ctx.server.metadata, oauthClient(ctx), response);
      scope.step.checks.push(...introspectionBindingChecks(ctx, result as Record<string, unknown>));
      scope.step.notes.push(
        result.active ? 'The token is active.' : 'The token is not active: expired, revoked, or unknown to the provider.',
      );
      return { ...result } as Record<string, unknown>;
    },
  );
}

export function clientCredentials(
  ctx: FlowContext,
  options: { scope?: string; resource?: string[]; extraParams?: Record<string, string>; signal?: AbortSignal } = {},
): Promise<FlowStep<TokenSet>> {
  return runStep<TokenSet>(
    ctx.deps,
    'client-credentials',
    'Get a token as the application (client credentials)',
    'A confidential client asks for a token for itself, with no user involved (RFC 6749 §4.4).',
    async (scope) => {
      if (skipWithout(ctx, 'token_endpoint', 'token endpoint', scope)) return undefined;
      const params = new URLSearchParams();
      if (options.scope) params.set('scope', options.scope);
      for (const resource of options.resource ?? []) params.append('resource', resource);
      for (const [name, value] of Object.entries(options.extraParams ?? {})) params.set(name, value);
      const tokens = toTokenSet(
        (await withDpopNonceRetry(ctx, scope, async () => {
          const response = await oauth.clientCredentialsGrantRequest(
            ctx.server.metadata,
            oauthClient(ctx),
            clientAuthentication(ctx),
            params,
            requestOptions(ctx, scope.recorder, options.signal),
          );
          return oauth.processClientCredentialsResponse(ctx.server.metadata, oauthClient(ctx), response);
        })) as unknown as Record<string, unknown>,
        ctx.deps.now(),
      );
      scope.step.notes.push(...tokenNotes(tokens, options.scope));
      scope.step.checks.push(...dpopBindingChecks(ctx, tokens), ...certificateBindingChecks(ctx, tokens));
      return tokens;
    },
  );
}
