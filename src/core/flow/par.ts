/**
 * Pushed authorization requests (RFC 9126): the parameters go to the provider in a direct, authenticated
 * POST first; the browser then only carries `client_id` and the one-time `request_uri` it got back, so
 * nothing in the URL can be read or tampered with on the way.
 */
import * as oauth from 'oauth4webapi';
import { finalizeAuthorizationRequest, type AuthorizationRequestDraft, type PendingAuthorization } from './authorizationRequest';
import { FlowError } from './flowError';
import { describeClientAuth } from './clientAuth';
import { withDpopNonceRetry } from './dpop';
import { redactExchange } from './recorder';
import { clientAuthentication, oauthClient, requestOptions, runStep } from './step';
import type { FlowContext, FlowStep } from './types';

export interface PushedAuthorization {
  /** What the browser opens: the authorization endpoint with client_id and request_uri only. */
  url: string;
  requestUri: string;
  expiresIn: number;
  pending: PendingAuthorization;
}

export function pushAuthorizationRequest(
  ctx: FlowContext,
  draft: AuthorizationRequestDraft,
  options: { signal?: AbortSignal } = {},
): Promise<FlowStep<PushedAuthorization>> {
  return runStep<PushedAuthorization>(
    ctx.deps,
    'pushed-authorization-request',
    'Push the authorization request (PAR)',
    `AuthLens posts every authorization parameter to the provider's pushed authorization request endpoint (RFC 9126). ${describeClientAuth(ctx.client.authMethod)} The browser then opens a short URL with only client_id and the request_uri.`,
    async ({ step, recorder }) => {
      const endpoint = ctx.server.metadata.pushed_authorization_request_endpoint;
      if (!endpoint)
        throw new FlowError(
          'UNSUPPORTED',
          'The provider offers no pushed authorization request endpoint (no pushed_authorization_request_endpoint in its metadata).',
        );
      const { pending } = finalizeAuthorizationRequest(ctx, draft);
      const params = new URLSearchParams();
      for (const { name, value } of draft.params) if (name !== 'client_id') params.append(name, value);
      const result = await withDpopNonceRetry(ctx, { step }, async () => {
        const response = await oauth.pushedAuthorizationRequest(
          ctx.server.metadata,
          oauthClient(ctx),
          clientAuthentication(ctx),
          params,
          requestOptions(ctx, recorder, options.signal),
        );
        return oauth.processPushedAuthorizationResponse(ctx.server.metadata, oauthClient(ctx), response);
      });
      const url = new URL(draft.endpoint);
      url.searchParams.set('client_id', ctx.client.clientId);
      url.searchParams.set('request_uri', result.request_uri);
      pending.url = url.href;
      step.notes.push(`The request_uri is valid for ${result.expires_in} s and only once.`);
      if (ctx.dpop) step.notes.push("The push carried a DPoP proof, so the code is bound to this session's DPoP key (RFC 9449 §10).");
      // The browser leg, shown like an ordinary authorization request.
      step.exchanges.push(
        redactExchange({ request: { method: 'GET', url: url.href, headers: [] }, startedAt: ctx.deps.now(), durationMs: 0 }),
      );
      return { url: url.href, requestUri: result.request_uri, expiresIn: result.expires_in, pending };
    },
  );
}
