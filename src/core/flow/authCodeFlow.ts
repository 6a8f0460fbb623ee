/**
 * The whole authorization code + PKCE flow in one call, for scripts, the benchmark and tests. It is
 * a thin use of {@link FlowSession}, the orchestration the Flow Tester and `authlens flow` run, with
 * the request as prepared (no edits) and every pre-flight warning let through.
 */
import type { AuthorizationRequestOptions, PendingAuthorization } from './authorizationRequest';
import { FlowSession } from './flowSession';
import type { IdTokenResult } from './idToken';
import { DEFAULT_LOOPBACK_TIMEOUT_MS, type LoopbackOptions, type StartLoopbackListener } from './listener';
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
  const { openBrowser, listener, startListener, onStep, signal, scope, prompt, extraParams, ...request } = options;
  const steps: FlowStep[] = [];
  const problems: string[] = [];
  const session = new FlowSession(
    {
      // The listener options (port, path, host) the caller gave, under the session's own.
      startListener: (given) => startListener({ ...listener, ...given, now: ctx.deps.now }),
      openExternal: async (url) => {
        await openBrowser(url);
        return true;
      },
      copyText: async () => undefined,
      askRevealSecrets: async () => undefined,
      decodeToken: async () => undefined,
      notify: (level, text) => {
        if (level === 'error') problems.push(text);
      },
      log: () => undefined,
      callbackTimeoutMs: () => listener?.timeoutMs ?? DEFAULT_LOOPBACK_TIMEOUT_MS,
      onStep: (step) => {
        steps.push(step);
        onStep?.(step);
      },
    },
    () => undefined,
  );
  const cancel = () => session.cancel();
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    await session.startWith(ctx, {
      grant: 'authorization_code',
      issuer: ctx.server.metadata.issuer,
      clientId: ctx.client.clientId,
      authMethod: ctx.client.authMethod,
      scope,
      ...(prompt ? { prompt } : {}),
      redirectPort: listener?.port ?? 0,
      redirectHost: listener?.redirectHost ?? '127.0.0.1',
      extraParams: { ...extraParams },
      request,
    });
    const draft = session.snapshot().draft;
    if (!draft) throw new Error(problems[0] ?? steps.at(-1)?.error?.message ?? 'The authorization request could not be prepared.');
    await session.openBrowser(draft.revision, draft.params, 'open', true);
    const { tokens, idToken, pending } = session.results();
    const last = steps.at(-1);
    const ok = tokens !== undefined && last?.kind === 'id-token' && (last.status === 'passed' || last.status === 'skipped');
    return { steps, ok, ...(tokens ? { tokens } : {}), ...(idToken ? { idToken } : {}), ...(pending ? { pending } : {}) };
  } finally {
    signal?.removeEventListener('abort', cancel);
    session.dispose();
  }
}
