/**
 * The code exchange: the one-time code plus the PKCE verifier, sent to the token endpoint as a public
 * client (no secret) or a confidential one (`client_secret_basic` / `client_secret_post`).
 */
import * as oauth from 'oauth4webapi';
import { parseJsonObject } from '../json';
import type { PendingAuthorization } from './authorizationRequest';
import type { AuthorizationCallback } from './callback';
import { TENANT_PLACEHOLDER } from './discovery';
import { originalOf } from './recorder';
import { describeClientAuth } from './clientAuth';
import { dpopBindingChecks, withDpopNonceRetry } from './dpop';
import { certificateBindingChecks } from './mtls';
import { clientAuthentication, oauthClient, requestOptions, requireEndpoint, runStep } from './step';
import { toTokenSet, tokenNotes } from './tokenSet';
import type { FlowContext, FlowStep, TokenSet } from './types';

export interface CodeExchangeOptions {
  signal?: AbortSignal;
  /** Sent with the token request, e.g. `resource`, Entra's `scope`. */
  extraParams?: Record<string, string>;
}

export function exchangeCode(
  ctx: FlowContext,
  pending: PendingAuthorization,
  callback: AuthorizationCallback,
  options: CodeExchangeOptions = {},
): Promise<FlowStep<TokenSet>> {
  const secretNote =
    ctx.client.authMethod === 'none'
      ? 'As a public client it sends no secret; the PKCE verifier proves it started the flow.'
      : describeClientAuth(ctx.client.authMethod);
  const dpopNote = ctx.dpop ? " A DPoP proof (RFC 9449) signed with this session's key asks for a sender-constrained access token." : '';
  return runStep<TokenSet>(
    ctx.deps,
    'code-exchange',
    'Exchange the code for tokens',
    `AuthLens sends the code and the PKCE code verifier to the token endpoint. ${secretNote}${dpopNote}`,
    async ({ step, recorder }) => {
      requireEndpoint(ctx, 'token_endpoint', 'a token endpoint');
      const as = ctx.server.metadata;
      const client = oauthClient(ctx);
      const params = oauth.validateAuthResponse(as, client, new URLSearchParams(callback.parameters), pending.state ?? oauth.expectNoState);
      const additional = new URLSearchParams();
      for (const resource of pending.resource) additional.append('resource', resource);
      for (const [name, value] of Object.entries(options.extraParams ?? {})) additional.set(name, value);
      const headers = ctx.client.origin ? { origin: ctx.client.origin } : undefined;
      if (headers)
        step.notes.push(
          `Origin: ${ctx.client.origin} is sent, as Entra requires for redirect URIs on the single-page application platform.`,
        );

      let receivedAt = ctx.deps.now();
      let tokens: TokenSet;
      try {
        const parsed = await withDpopNonceRetry(ctx, { step }, async () => {
          const response = await oauth.authorizationCodeGrantRequest(
            as,
            client,
            clientAuthentication(ctx),
            params,
            pending.redirectUri,
            pending.codeVerifier,
            { ...requestOptions(ctx, recorder, options.signal, headers), additionalParameters: additional },
          );
          receivedAt = ctx.deps.now();
          return oauth.processAuthorizationCodeResponse(as, client, response, {
            expectedNonce: pending.nonce ?? oauth.expectNoNonce,
            requireIdToken: /(^|\s)openid(\s|$)/.test(pending.scope),
          });
        });
        tokens = toTokenSet(parsed as unknown as Record<string, unknown>, receivedAt);
      } catch (error) {
        // The tokens did arrive but oauth4webapi rejected the ID token: keep them, the ID token step lists what failed.
        const fallback = idTokenRejection(error, recorder.exchanges.at(-1) && originalOf(recorder.exchanges.at(-1)!)?.response?.body);
        if (!fallback) throw error;
        tokens = toTokenSet(fallback, receivedAt);
        step.notes.push(
          as.issuer.includes(TENANT_PLACEHOLDER)
            ? "Multi-tenant issuer: the ID token's iss is checked against its tid in the ID token step."
            : `The ID token did not pass oauth4webapi's checks (${(error as Error).message}); see the ID token step.`,
        );
      }
      step.notes.push(...tokenNotes(tokens, pending.scope));
      step.checks.push(...dpopBindingChecks(ctx, tokens), ...certificateBindingChecks(ctx, tokens));
      return tokens;
    },
  );
}

function idTokenRejection(error: unknown, body: string | undefined): Record<string, unknown> | undefined {
  if (!(error instanceof oauth.OperationProcessingError) || !body) return undefined;
  if (error.code === oauth.RESPONSE_IS_NOT_CONFORM || error.code === oauth.RESPONSE_IS_NOT_JSON) return undefined;
  const parsed = parseJsonObject(body);
  return parsed && typeof parsed.access_token === 'string' && typeof parsed.id_token === 'string' ? parsed : undefined;
}
