/**
 * The whole authorization code + PKCE flow in one call, for the CLI, the benchmark and tests. The
 * Flow Tester UI drives the same steps one by one (so the user can edit the request in between).
 */
import {
  finalizeAuthorizationRequest, prepareAuthorizationRequest,
  type AuthorizationRequestOptions, type PendingAuthorization,
} from './authorizationRequest';
import { handleCallback, type AuthorizationCallback } from './callback';
import { exchangeCode } from './codeExchange';
import { FlowError } from './flowError';
import { validateIdToken, type IdTokenResult } from './idToken';
import type { LoopbackOptions, StartLoopbackListener } from './listener';
import type { FlowContext, FlowStep, TokenSet } from './types';

export interface AuthCodeFlowOptions extends Omit<AuthorizationRequestOptions, 'redirectUri'> {
  /** Opens the URL in a browser (vscode.env.openExternal in the extension, a scripted client in tests). */
  openBrowser: (url: string) => Promise<unknown>;
  listener?: Omit<LoopbackOptions, 'signal'>;
  /** Starts the loopback listener (Node: `startLoopbackListener` from src/node/loopback.ts). */
  startListener: StartLoopbackListener;
  /** Called as each step finishes, so a UI can show progress. */
  onStep?: (step: FlowStep) => void;
  signal?: AbortSignal;
}

export interface AuthCodeFlowResult {
  steps: FlowStep[];
  /** Present when the code exchange succeeded (even if the ID token failed its checks). */
  tokens?: TokenSet;
  idToken?: IdTokenResult;
  pending?: PendingAuthorization;
  ok: boolean;
}

export async function runAuthorizationCodeFlow(ctx: FlowContext, options: AuthCodeFlowOptions): Promise<AuthCodeFlowResult> {
  const steps: FlowStep[] = [];
  const push = <T>(step: FlowStep<T>): FlowStep<T> => {
    steps.push(step as FlowStep);
    options.onStep?.(step as FlowStep);
    return step;
  };
  const listener = await options.startListener({ ...options.listener, signal: options.signal, now: ctx.deps.now });
  try {
    const draft = await prepareAuthorizationRequest(ctx, { ...options, redirectUri: listener.redirectUri });
    const { url, pending, step } = finalizeAuthorizationRequest(ctx, draft);
    push(step);
    const waiting = listener.waitForCallback(pending.state);
    await options.openBrowser(url);
    let callbackStep: FlowStep<AuthorizationCallback>;
    try {
      const received = await waiting;
      callbackStep = push(await handleCallback(ctx, pending, received.url));
    } catch (error) {
      const flowError = error instanceof FlowError ? error : new FlowError('INTERNAL', String(error));
      push({
        kind: 'callback', title: 'Receive the callback', status: 'failed', explanation: 'Waiting for the browser to come back to the loopback listener.',
        exchanges: [], checks: [], notes: [], error: flowError.toInfo(), startedAt: pending.createdAt, durationMs: ctx.deps.now() - pending.createdAt,
      });
      return { steps, pending, ok: false };
    }
    if (callbackStep.status !== 'passed' || !callbackStep.result) return { steps, pending, ok: false };
    const exchange = push(await exchangeCode(ctx, pending, callbackStep.result, { signal: options.signal }));
    if (exchange.status !== 'passed' || !exchange.result) return { steps, pending, ok: false };
    const idTokenStep = push(await validateIdToken(ctx, exchange.result, { nonce: pending.nonce, signal: options.signal }));
    return {
      steps, pending, tokens: exchange.result, idToken: idTokenStep.result,
      ok: idTokenStep.status === 'passed' || idTokenStep.status === 'skipped',
    };
  } finally {
    await listener.close();
  }
}
