// Shared set-up for the flow tests: a discovered demo provider and a flow context for one of its clients.
import { discover, defaultDeps, unwrapStep, type FlowContext, type FlowDeps, type FlowClient, type FlowServer } from '../../src/core/flow';
import { CONFIDENTIAL_CLIENT_ID, DEMO_CLIENT_SECRET, PUBLIC_CLIENT_ID, startIdp, type Idp } from '../harness/idp';

export async function discoverServer(issuer: string, deps: FlowDeps = defaultDeps()): Promise<FlowServer> {
  return unwrapStep(await discover(issuer, deps));
}

/** The demo provider on a free port, and its discovered metadata: `before(async () => ({ idp, server } = await startDemoProvider()))`. */
export async function startDemoProvider(): Promise<{ idp: Idp; server: FlowServer }> {
  const idp = await startIdp();
  return { idp, server: await discoverServer(idp.issuer) };
}

export const publicClient: FlowClient = { clientId: PUBLIC_CLIENT_ID, authMethod: 'none' };
export const confidentialClient: FlowClient = {
  clientId: CONFIDENTIAL_CLIENT_ID,
  authMethod: 'client_secret_basic',
  clientSecret: DEMO_CLIENT_SECRET,
};

export function context(server: FlowServer, client: FlowClient = publicClient, deps: Partial<FlowDeps> = {}): FlowContext {
  return { server, client, deps: defaultDeps(deps) };
}

import {
  prepareAuthorizationRequest,
  finalizeAuthorizationRequest,
  handleCallback,
  type AuthorizationRequestOptions,
  type PendingAuthorization,
  type FlowStep,
  type AuthorizationCallback,
} from '../../src/core/flow';
import { ScriptedBrowser, type BrowserChoices, type BrowserResult } from '../harness/idpBrowser';
import { startLoopbackListener } from '../../src/node/loopback';

export interface Authorized {
  pending: PendingAuthorization;
  callback: FlowStep<AuthorizationCallback>;
  callbackUrl: string;
  page: BrowserResult;
}

/** Runs the browser leg only: request, scripted sign-in, loopback callback, callback checks. */
export async function authorize(
  ctx: FlowContext,
  options: Partial<Omit<AuthorizationRequestOptions, 'redirectUri'>> = {},
  choices: BrowserChoices = {},
  browser = new ScriptedBrowser(),
): Promise<Authorized> {
  const listener = await startLoopbackListener({ timeoutMs: 10_000 });
  try {
    const draft = await prepareAuthorizationRequest(ctx, {
      scope: 'openid profile email offline_access',
      prompt: 'consent',
      ...options,
      redirectUri: listener.redirectUri,
    });
    const { url, pending } = finalizeAuthorizationRequest(ctx, draft);
    const waiting = listener.waitForCallback(pending.state);
    const page = await browser.open(url, choices);
    const received = await waiting;
    return { pending, callback: await handleCallback(ctx, pending, received.url), callbackUrl: received.url, page };
  } finally {
    await listener.close();
  }
}
