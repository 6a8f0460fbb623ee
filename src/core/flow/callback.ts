/**
 * The redirect back from the provider: checks `state` and `iss` (RFC 9207) and turns an error
 * response into a structured {@link FlowError}, each check listed on the step.
 */
import * as oauth from 'oauth4webapi';
import { FlowError, describeOAuthError, oauthErrorDetails } from './flowError';
import type { PendingAuthorization } from './authorizationRequest';
import { oauthClient, runStep } from './step';
import type { Check, FlowContext, FlowStep } from './types';

export interface AuthorizationCallback {
  /** The authorization code. Single use; never shown unredacted. */
  code: string;
  /** Every parameter the callback carried. */
  parameters: Record<string, string>;
}

function toParams(callback: URL | URLSearchParams | string): URLSearchParams {
  if (callback instanceof URLSearchParams) return callback;
  if (callback instanceof URL) return callback.searchParams;
  const text = callback.trim();
  if (/^https?:\/\//i.test(text)) return new URL(text).searchParams;
  return new URLSearchParams(text.startsWith('?') ? text.slice(1) : text);
}

export function handleCallback(
  ctx: FlowContext,
  pending: PendingAuthorization,
  callback: URL | URLSearchParams | string,
): Promise<FlowStep<AuthorizationCallback>> {
  return runStep<AuthorizationCallback>(
    ctx.deps,
    'callback',
    'Receive the callback',
    'The provider sends the browser back to the redirect URI with a one-time code (or an error). AuthLens checks the response belongs to its own request.',
    async ({ step }) => {
      const params = toParams(callback);
      const checks = callbackChecks(ctx, pending, params);
      step.checks.push(...checks);
      const failed = checks.find((c) => c.outcome === 'failed');
      const details = oauthErrorDetails(params);
      if (failed?.id === 'state')
        throw new FlowError(
          'STATE_MISMATCH',
          `The callback's state does not match the request: ${failed.detail}. It may be a stale or forged response.`,
        );
      if (failed?.id === 'iss')
        throw new FlowError(
          'ISSUER_MISMATCH',
          `The callback comes from another issuer: ${failed.detail}. This is what RFC 9207 guards against (mix-up attacks).`,
        );
      if (details) {
        throw new FlowError('OAUTH_ERROR', `The authorization server returned ${describeOAuthError(details)}`, { oauth: details });
      }
      if (failed) throw new FlowError('INVALID_CALLBACK', failed.detail);
      // oauth4webapi's own validation too (duplicate parameters, its own iss rules): the exchange relies on it.
      const state = pending.state ?? oauth.expectNoState;
      const validated = oauth.validateAuthResponse(ctx.server.metadata, oauthClient(ctx), params, state);
      return { code: validated.get('code') ?? '', parameters: Object.fromEntries(params) };
    },
  );
}

function callbackChecks(ctx: FlowContext, pending: PendingAuthorization, params: URLSearchParams): Check[] {
  const checks: Check[] = [];
  const state = params.get('state');
  if (pending.state === undefined) {
    checks.push({
      id: 'state',
      label: '`state` matches the request',
      outcome: state === null ? 'skipped' : 'failed',
      detail: state === null ? 'No state was sent.' : 'A state came back although none was sent.',
    });
  } else {
    checks.push({
      id: 'state',
      label: '`state` matches the request',
      outcome: state === pending.state ? 'passed' : 'failed',
      detail:
        state === null ? 'the callback has no state' : state === pending.state ? 'Same value as sent.' : 'a different value came back',
    });
  }
  const iss = params.get('iss');
  const issuer = ctx.server.metadata.issuer;
  const required = ctx.server.metadata.authorization_response_iss_parameter_supported === true;
  checks.push({
    id: 'iss',
    label: '`iss` names the expected issuer (RFC 9207)',
    outcome: iss === null ? (required ? 'failed' : 'skipped') : iss === issuer ? 'passed' : 'failed',
    detail:
      iss === null
        ? required
          ? `the provider promises iss but the callback has none (expected ${issuer})`
          : 'The provider does not send iss.'
        : iss === issuer
          ? issuer
          : `expected ${issuer}, got ${iss}`,
  });
  if (!params.has('error')) {
    const code = params.get('code');
    checks.push({
      id: 'code',
      label: 'An authorization code came back',
      outcome: code ? 'passed' : 'failed',
      detail: code ? `${code.length} characters` : 'The callback has neither a code nor an error.',
    });
  }
  return checks;
}
