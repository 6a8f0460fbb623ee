/**
 * Flow benchmark: full authorization code + PKCE flows against the local oidc-provider, with a
 * scripted browser for the sign-in. It separates AuthLens's own time from the provider's:
 *
 * - provider time = time spent inside the engine's fetch calls, plus the whole scripted browser leg
 *   (sign-in pages and the redirect to the listener: in real life that is the user and the provider);
 * - AuthLens overhead = total − provider time: building the request, the loopback listener, recording
 *   and redacting every exchange, the step model, the ID token checks (signature included).
 *
 * Baselines in the same run: the provider time itself, and the same flow written directly against
 * oauth4webapi (no recording, no step model, no signature check).
 */
import { startLoopbackListener } from '../src/node/loopback';
import * as oauth from 'oauth4webapi';
import { startIdp } from '../test/harness/idp';
import { ScriptedBrowser } from '../test/harness/idpBrowser';
import { defaultDeps, discover, runAuthorizationCodeFlow, unwrapStep, type FlowContext } from '../src/core/flow';
import { report } from './harness';

const FLOWS = 30;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function p90(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.9))] ?? NaN;
}

const ms = (value: number) => ({ value, unit: 'ms' });

async function engineFlow(ctx: FlowContext): Promise<{ total: number; provider: number; perStep: Record<string, number> }> {
  const browser = new ScriptedBrowser();
  let browserMs = 0;
  const started = performance.now();
  const result = await runAuthorizationCodeFlow(ctx, {
    startListener: startLoopbackListener,
    scope: 'openid profile email offline_access',
    prompt: 'consent',
    openBrowser: async (url) => {
      const opened = performance.now();
      await browser.open(url, { login: 'alice', password: 'wonderland' });
      browserMs = performance.now() - opened;
    },
    listener: { timeoutMs: 10_000 },
  });
  const total = performance.now() - started;
  if (!result.ok) throw new Error(`flow failed: ${JSON.stringify(result.steps.at(-1)?.error)}`);
  const engineFetch = result.steps.flatMap((s) => s.exchanges).reduce((sum, e) => sum + e.durationMs, 0);
  const perStep = Object.fromEntries(
    result.steps.map((s) => [s.kind, s.durationMs - s.exchanges.reduce((sum, e) => sum + e.durationMs, 0)]),
  );
  // The browser leg (sign-in pages, the redirect to the listener) is the user's and the provider's time.
  return { total, provider: engineFetch + browserMs, perStep };
}

/** The same flow straight on oauth4webapi: the least a client can do. */
async function bareFlow(issuer: string, as: oauth.AuthorizationServer): Promise<number> {
  const options = { [oauth.allowInsecureRequests]: true };
  const client = { client_id: 'authlens-demo' };
  const browser = new ScriptedBrowser();
  const started = performance.now();
  const listener = await startLoopbackListener({ timeoutMs: 10_000 });
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const nonce = oauth.generateRandomNonce();
  const url = new URL(as.authorization_endpoint!);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: client.client_id,
    redirect_uri: listener.redirectUri,
    scope: 'openid profile email offline_access',
    prompt: 'consent',
    state,
    nonce,
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
  }).toString();
  const waiting = listener.waitForCallback(state);
  await browser.open(url.href);
  const callback = await waiting;
  const params = oauth.validateAuthResponse(as, client, new URL(callback.url), state);
  const response = await oauth.authorizationCodeGrantRequest(as, client, oauth.None(), params, listener.redirectUri, verifier, options);
  await oauth.processAuthorizationCodeResponse(as, client, response, { expectedNonce: nonce, requireIdToken: true });
  await listener.close();
  if (!issuer) throw new Error('no issuer');
  return performance.now() - started;
}

export async function run(): Promise<void> {
  const startedIdp = performance.now();
  const idp = await startIdp();
  console.log(`local provider started in ${(performance.now() - startedIdp).toFixed(0)} ms (fixture keys, module import included)`);
  try {
    const deps = defaultDeps();
    const discoveredAt = performance.now();
    const server = unwrapStep(await discover(idp.issuer, deps));
    console.log(`discovery: ${(performance.now() - discoveredAt).toFixed(1)} ms`);
    const ctx: FlowContext = { server, client: { clientId: 'authlens-demo', authMethod: 'none' }, deps };

    // Warm up both paths (first requests compile the provider's routes and fetch the JWKS).
    await engineFlow(ctx);
    await bareFlow(idp.issuer, server.metadata);

    const totals: number[] = [];
    const providerTimes: number[] = [];
    const overheads: number[] = [];
    const bare: number[] = [];
    const perStep: Record<string, number[]> = {};
    for (let i = 0; i < FLOWS; i++) {
      // Interleave so both see the same machine state.
      const { total, provider, perStep: steps } = await engineFlow(ctx);
      for (const [kind, value] of Object.entries(steps)) (perStep[kind] ??= []).push(value);
      totals.push(total);
      providerTimes.push(provider);
      overheads.push(total - provider);
      bare.push(await bareFlow(idp.issuer, server.metadata));
    }
    console.log(`${FLOWS} flows each; median (p90):`);
    report('auth-code + PKCE flow, AuthLens engine, total', ms(median(totals)), ms(median(bare)));
    console.log(`  p90 ${p90(totals).toFixed(1)} ms; bare oauth4webapi p90 ${p90(bare).toFixed(1)} ms`);
    report('AuthLens overhead outside fetch (per flow)', ms(median(overheads)), ms(median(providerTimes)));
    console.log(
      `  p90 overhead ${p90(overheads).toFixed(1)} ms; the baseline is the time spent waiting on the provider and listener in the same flows`,
    );
    const breakdown = Object.entries(perStep)
      .map(([kind, values]) => `${kind} ${median(values).toFixed(2)}`)
      .join(', ');
    console.log(`  inside the steps, outside fetch (median ms): ${breakdown}; the rest is the loopback listener and orchestration`);
  } finally {
    await idp.close();
  }
}
