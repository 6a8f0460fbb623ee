/**
 * Token exchange (RFC 8693): trade a token you hold (the subject token, e.g. a user's access token) for
 * another one, typically for a different API (`audience` / `resource`), a narrower scope, or with an
 * `act` claim naming the client acting on the user's behalf.
 */
import * as oauth from 'oauth4webapi';
import { FlowError } from './flowError';
import { describeClientAuth } from './clientAuth';
import { dpopBindingChecks, withDpopNonceRetry } from './dpop';
import { certificateBindingChecks } from './mtls';
import { clientAuthentication, oauthClient, requestOptions, runStep } from './step';
import { toTokenSet, tokenNotes } from './tokenSet';
import type { FlowContext, FlowStep, TokenSet } from './types';

export const TOKEN_EXCHANGE_GRANT_TYPE = 'urn:ietf:params:oauth:grant-type:token-exchange';
export const TOKEN_TYPES = {
  access_token: 'urn:ietf:params:oauth:token-type:access_token',
  refresh_token: 'urn:ietf:params:oauth:token-type:refresh_token',
  id_token: 'urn:ietf:params:oauth:token-type:id_token',
  jwt: 'urn:ietf:params:oauth:token-type:jwt',
} as const;

export interface TokenExchangeOptions {
  subjectToken: string;
  /** A token type URN, or one of the short names in {@link TOKEN_TYPES}. Default: access_token. */
  subjectTokenType?: string;
  actorToken?: string;
  actorTokenType?: string;
  requestedTokenType?: string;
  audience?: string[];
  resource?: string[];
  scope?: string;
  signal?: AbortSignal;
}

function tokenType(value: string | undefined): string {
  if (!value) return TOKEN_TYPES.access_token;
  return (TOKEN_TYPES as Record<string, string>)[value] ?? value;
}

export function exchangeToken(ctx: FlowContext, options: TokenExchangeOptions): Promise<FlowStep<TokenSet>> {
  return runStep<TokenSet>(
    ctx.deps,
    'token-exchange',
    'Exchange a token for another (token exchange)',
    `Sends a token the client already holds to the token endpoint with grant_type token-exchange (RFC 8693) and asks for a new one, e.g. for another API. ${describeClientAuth(ctx.client.authMethod)}`,
    async (scope) => {
      if (!ctx.server.metadata.token_endpoint) throw new FlowError('UNSUPPORTED', 'The provider has no token_endpoint in its metadata.');
      if (!options.subjectToken) throw new FlowError('BAD_INPUT', 'Token exchange needs a subject token.');
      const supported = ctx.server.metadata.grant_types_supported;
      if (Array.isArray(supported) && !supported.includes(TOKEN_EXCHANGE_GRANT_TYPE)) {
        scope.step.notes.push(
          'The provider does not list token exchange in grant_types_supported; it will probably answer unsupported_grant_type.',
        );
      }
      const params = new URLSearchParams();
      params.set('subject_token', options.subjectToken);
      params.set('subject_token_type', tokenType(options.subjectTokenType));
      if (options.actorToken) {
        params.set('actor_token', options.actorToken);
        params.set('actor_token_type', tokenType(options.actorTokenType));
      }
      if (options.requestedTokenType) params.set('requested_token_type', tokenType(options.requestedTokenType));
      for (const audience of options.audience ?? []) params.append('audience', audience);
      for (const resource of options.resource ?? []) params.append('resource', resource);
      if (options.scope) params.set('scope', options.scope);
      const tokens = toTokenSet(
        (await withDpopNonceRetry(ctx, scope, async () => {
          const response = await oauth.genericTokenEndpointRequest(
            ctx.server.metadata,
            oauthClient(ctx),
            clientAuthentication(ctx),
            TOKEN_EXCHANGE_GRANT_TYPE,
            params,
            requestOptions(ctx, scope.recorder, options.signal),
          );
          return oauth.processGenericTokenEndpointResponse(ctx.server.metadata, oauthClient(ctx), response);
        })) as unknown as Record<string, unknown>,
        ctx.deps.now(),
      );
      const issued = tokens.raw.issued_token_type;
      scope.step.checks.push(
        typeof issued === 'string'
          ? { id: 'issued_token_type', label: 'issued_token_type is present', outcome: 'passed', detail: issued }
          : {
              id: 'issued_token_type',
              label: 'issued_token_type is present',
              outcome: 'failed',
              detail: 'RFC 8693 §2.2.1 requires issued_token_type in the response.',
            },
      );
      scope.step.notes.push(...tokenNotes(tokens, options.scope));
      scope.step.checks.push(...dpopBindingChecks(ctx, tokens), ...certificateBindingChecks(ctx, tokens));
      return tokens;
    },
  );
}
