/**
 * A tiny browser-side relying party on loopback for the HAR recordings: `/start` sets a SameSite=Lax
 * session cookie and redirects to the provider's authorize endpoint (state, nonce, PKCE S256); the
 * callback page (GET or form_post) redeems the code *from the browser* with fetch, so the token,
 * userinfo, API and refresh requests land in the browser's HAR, as they do for a single-page app.
 * Each scenario breaks one thing on purpose.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash, randomBytes } from 'node:crypto';
import { PUBLIC_CLIENT_ID } from '../harness/idp';

export interface Scenario {
  responseMode?: 'query' | 'form_post';
  /** Redeem the code twice. */
  reuseCode?: boolean;
  /** Send a code_verifier that does not belong to the challenge. */
  wrongVerifier?: boolean;
  /** Send another (also registered) redirect_uri to the token endpoint. */
  tokenRedirectUri?: string;
  /** Call userinfo, then the app's API (which answers 401 with WWW-Authenticate), then refresh. */
  callApis?: boolean;
}

export interface RelyingParty {
  /** Where the browser starts: `${origin}/start`. */
  origin: string;
  port: number;
  scenario: Scenario;
  /** The values the app generated for the last sign-in, for the tests' assertions. */
  last: { state: string; nonce: string; verifier: string; redirectUri: string };
  close(): Promise<void>;
}

const b64url = (bytes: Buffer) => bytes.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

export async function startRelyingParty(issuer: string, host: '127.0.0.1' | 'localhost' = '127.0.0.1'): Promise<RelyingParty> {
  const holder: { server?: Server } = {};
  const rp: RelyingParty = {
    origin: '',
    port: 0,
    scenario: {},
    last: { state: '', nonce: '', verifier: '', redirectUri: '' },
    close: () =>
      new Promise<void>((resolve) => {
        holder.server!.close(() => resolve());
        holder.server!.closeAllConnections();
      }),
  };
  const server = createServer((req, res) => {
    void handle(req).then(({ status, headers, body }) => {
      res.writeHead(status, headers);
      res.end(body);
    });
  });
  async function handle(req: IncomingMessage): Promise<{ status: number; headers: Record<string, string | string[]>; body: string }> {
    const url = new URL(req.url ?? '/', rp.origin);
    if (url.pathname === '/start') {
      const state = b64url(randomBytes(16));
      const nonce = b64url(randomBytes(16));
      const verifier = b64url(randomBytes(32));
      const redirectUri = `${rp.origin}/callback`;
      rp.last = { state, nonce, verifier, redirectUri };
      const authorize = new URL(`${issuer}/auth`);
      authorize.search = new URLSearchParams({
        client_id: PUBLIC_CLIENT_ID,
        response_type: 'code',
        scope: 'openid profile email offline_access',
        redirect_uri: redirectUri,
        state,
        nonce,
        code_challenge: b64url(createHash('sha256').update(verifier).digest()),
        code_challenge_method: 'S256',
        prompt: 'consent',
        ...(rp.scenario.responseMode === 'form_post' ? { response_mode: 'form_post' } : {}),
      }).toString();
      return {
        status: 302,
        headers: {
          location: authorize.toString(),
          'set-cookie': [`app_session=${b64url(randomBytes(24))}; Path=/; HttpOnly; SameSite=Lax`],
        },
        body: '',
      };
    }
    if (url.pathname === '/callback') {
      const params = req.method === 'POST' ? new URLSearchParams(await read(req)) : url.searchParams;
      return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: callbackPage(params) };
    }
    if (url.pathname === '/api') {
      return {
        status: 401,
        headers: {
          'www-authenticate': 'Bearer realm="demo-api", error="invalid_token", error_description="The access token is not for this API"',
          'content-type': 'application/json',
        },
        body: '{"message":"unauthorized"}',
      };
    }
    return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'not found' };
  }
  function callbackPage(params: URLSearchParams): string {
    const s = rp.scenario;
    const config = {
      code: params.get('code'),
      error: params.get('error'),
      token: `${issuer}/token`,
      userinfo: `${issuer}/me`,
      clientId: PUBLIC_CLIENT_ID,
      redirectUri: s.tokenRedirectUri ?? rp.last.redirectUri,
      verifier: s.wrongVerifier ? b64url(randomBytes(32)) : rp.last.verifier,
      reuse: !!s.reuseCode,
      apis: !!s.callApis,
    };
    return `<!doctype html><title>callback</title><script>
const c = ${JSON.stringify(config).replace(/</g, '\\u003c')};
(async () => {
  if (!c.code) { document.title = 'done'; return; }
  const body = () => new URLSearchParams({ grant_type: 'authorization_code', code: c.code, redirect_uri: c.redirectUri, client_id: c.clientId, code_verifier: c.verifier });
  const tokens = await (await fetch(c.token, { method: 'POST', body: body() })).json();
  if (c.reuse) await (await fetch(c.token, { method: 'POST', body: body() })).text();
  if (c.apis && tokens.access_token) {
    await (await fetch(c.userinfo, { headers: { Authorization: 'Bearer ' + tokens.access_token } })).text();
    await (await fetch('/api', { headers: { Authorization: 'Bearer ' + tokens.access_token } })).text();
    if (tokens.refresh_token) await (await fetch(c.token, { method: 'POST', body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token, client_id: c.clientId }) })).text();
  }
  document.title = 'done';
})().catch((e) => { document.title = 'done: ' + e.message; });
</script>`;
  }
  holder.server = server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  rp.port = (server.address() as AddressInfo).port;
  rp.origin = `http://${host}:${rp.port}`;
  return rp;
}

function read(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}
