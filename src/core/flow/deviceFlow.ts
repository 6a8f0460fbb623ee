/**
 * The device authorization grant (RFC 8628): get a user code, show it, then poll the token endpoint at
 * the provider's `interval` (5 s when it gives none), 5 s slower after each `slow_down`, until the user
 * finishes, the code expires, or the caller aborts.
 */
import * as oauth from 'oauth4webapi';
import { FlowError } from './flowError';
import { checkEndpointUrl, clientAuthentication, oauthClient, requestOptions, runStep, toFlowError } from './step';
import { toTokenSet, tokenNotes } from './tokenSet';
import { dpopBindingChecks, withDpopNonceRetry } from './dpop';
import { certificateBindingChecks } from './mtls';
import type { FlowContext, FlowStep, TokenSet } from './types';

export const DEFAULT_POLL_INTERVAL_MS = 5_000;
export const SLOW_DOWN_INCREMENT_MS = 5_000;

export interface DeviceAuthorization {
  device_code: string;
  user_code: string;
  verification_uri: string;
  verification_uri_complete?: string;
  expires_in: number;
  /** The interval the poller will start with, in seconds. */
  interval: number;
  intervalSource: 'provider' | 'default';
  scope: string;
  receivedAt: number;
}

export function startDeviceAuthorization(
  ctx: FlowContext,
  options: { scope: string; resource?: string[]; extraParams?: Record<string, string>; signal?: AbortSignal },
): Promise<FlowStep<DeviceAuthorization>> {
  return runStep<DeviceAuthorization>(
    ctx.deps,
    'device-authorization',
    'Get a device code',
    'For devices without a browser: the provider returns a short user code and a page where the user enters it on another device.',
    async ({ step, recorder }) => {
      if (!ctx.server.metadata.device_authorization_endpoint) {
        step.status = 'skipped';
        step.notes.push('The provider offers no device authorization endpoint.');
        return undefined;
      }
      const params = new URLSearchParams();
      if (options.scope) params.set('scope', options.scope);
      for (const resource of options.resource ?? []) params.append('resource', resource);
      for (const [name, value] of Object.entries(options.extraParams ?? {})) params.set(name, value);
      const response = await oauth.deviceAuthorizationRequest(
        ctx.server.metadata,
        oauthClient(ctx),
        clientAuthentication(ctx),
        params,
        requestOptions(ctx, recorder, options.signal),
      );
      const result = await oauth.processDeviceAuthorizationResponse(ctx.server.metadata, oauthClient(ctx), response);
      // The user opens these from the Flow Tester: a web page only, never `vscode:`, `file:` or `command:`.
      checkEndpointUrl(result.verification_uri, 'The verification_uri');
      if (result.verification_uri_complete) checkEndpointUrl(result.verification_uri_complete, 'The verification_uri_complete');
      const hasInterval = typeof result.interval === 'number' && result.interval > 0;
      if (!hasInterval) step.notes.push('The provider sent no interval: polling every 5 seconds, as RFC 8628 §3.2 says.');
      return {
        device_code: result.device_code,
        user_code: result.user_code,
        verification_uri: result.verification_uri,
        ...(result.verification_uri_complete ? { verification_uri_complete: result.verification_uri_complete } : {}),
        expires_in: result.expires_in,
        interval: hasInterval ? result.interval! : DEFAULT_POLL_INTERVAL_MS / 1000,
        intervalSource: hasInterval ? 'provider' : 'default',
        scope: options.scope,
        receivedAt: ctx.deps.now(),
      };
    },
  );
}

export interface DevicePollProgress {
  attempt: number;
  /** `authorization_pending` or `slow_down` from the last poll. */
  lastAnswer: string;
  nextPollInMs: number;
}

export interface DevicePollOptions {
  signal?: AbortSignal;
  onProgress?: (progress: DevicePollProgress) => void;
  /** Start with this interval instead of the provider's (tests, impatient demos). `slow_down` still adds 5 s. */
  intervalMs?: number;
}

export function pollDeviceToken(
  ctx: FlowContext,
  device: DeviceAuthorization,
  options: DevicePollOptions = {},
): Promise<FlowStep<TokenSet>> {
  return runStep<TokenSet>(
    ctx.deps,
    'device-poll',
    'Wait for the user to finish on the other device',
    'Polls the token endpoint with the device code. The provider answers authorization_pending until the user finishes, and slow_down when polled too often.',
    async ({ step, recorder }) => {
      let interval = options.intervalMs ?? device.interval * 1000;
      const deadline = device.receivedAt + device.expires_in * 1000;
      let slowDowns = 0;
      for (let attempt = 1; ; attempt++) {
        if (ctx.deps.now() + interval > deadline) {
          throw new FlowError('DEVICE_CODE_EXPIRED', `The user code expired after ${device.expires_in} s before the user finished.`);
        }
        await ctx.deps.sleep(interval, options.signal);
        try {
          const tokens = toTokenSet(
            (await withDpopNonceRetry(ctx, { step }, async () => {
              const response = await oauth.deviceCodeGrantRequest(
                ctx.server.metadata,
                oauthClient(ctx),
                clientAuthentication(ctx),
                device.device_code,
                requestOptions(ctx, recorder, options.signal),
              );
              return oauth.processDeviceCodeResponse(ctx.server.metadata, oauthClient(ctx), response);
            })) as unknown as Record<string, unknown>,
            ctx.deps.now(),
          );
          step.checks.push(...dpopBindingChecks(ctx, tokens), ...certificateBindingChecks(ctx, tokens));
          step.notes.push(
            `Polled ${attempt} time${attempt > 1 ? 's' : ''}${slowDowns ? `, slowed down ${slowDowns} time${slowDowns > 1 ? 's' : ''}` : ''}.`,
          );
          step.notes.push(...tokenNotes(tokens, device.scope));
          return tokens;
        } catch (error) {
          const flowError = toFlowError(error, recorder);
          const answer = flowError.oauth?.error;
          if (answer === 'slow_down') {
            slowDowns++;
            interval += SLOW_DOWN_INCREMENT_MS;
          } else if (answer !== 'authorization_pending') {
            throw flowError;
          }
          options.onProgress?.({ attempt, lastAnswer: answer, nextPollInMs: interval });
        }
      }
    },
  );
}
