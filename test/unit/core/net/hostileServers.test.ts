/**
 * The fetch policy against real hostile servers on 127.0.0.1: redirects to refused hosts, endless
 * bodies, an `iss` whose `?` or `#` would choose the request path, and a loopback issuer whose
 * metadata sends the code, verifier and secret to plain http elsewhere.
 */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { verifySignature } from '../../../../src/core/tokens/verify';
import { guardedFetch, FetchPolicyError, wellKnownUrl } from '../../../../src/core/net/guardedFetch';
import {
  defaultDeps,
  discover,
  exchangeCode,
  explainNothing,
  type FlowContext,
  type PendingAuthorization,
} from '../../../../src/core/flow';

const servers: Server[] = [];
after(() =>
  Promise.all(
    servers.map(
      (s) =>
        new Promise((done) => {
          s.closeAllConnections();
          s.close(done);
        }),
    ),
  ),
);

interface Local {
  base: string;
  paths: string[];
}

async function serve(handler: (req: IncomingMessage, res: ServerResponse, base: string) => void): Promise<Local> {
  const paths: string[] = [];
  const local: Local = { base: '', paths };
  const server = createServer((req, res) => {
    paths.push(req.url ?? '');
    handler(req, res, local.base);
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  local.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return local;
}

let keys: Awaited<ReturnType<typeof generateKeyPair>>;
let jwk: object;
before(async () => {
  keys = await generateKeyPair('RS256');
  jwk = { ...(await exportJWK(keys.publicKey)), kid: 'k1', alg: 'RS256' };
});
const signed = (iss: string) =>
  new SignJWT({ sub: 'alice' }).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuer(iss).sign(keys.privateKey);

function sendJson(res: ServerResponse, body: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

test('Verify: a 302 from the allowed loopback JWKS URL to a refused host is not followed', async () => {
  const idp = await serve((req, res, base) => {
    if (req.url === '/.well-known/openid-configuration') return sendJson(res, { issuer: base, jwks_uri: `${base}/jwks` });
    if (req.url === '/jwks') {
      // 192.0.2.1 (TEST-NET-1) over plain http: a host the policy refuses as a first URL.
      res.writeHead(302, { location: 'http://192.0.2.1/steal' });
      return res.end();
    }
    res.writeHead(404).end();
  });
  const started = performance.now();
  const result = await verifySignature(await signed(idp.base), { kind: 'discovery' }, { timeoutMs: 5000 });
  assert.equal(result.verdict, 'network_error');
  assert.match(result.message, /Not following the redirect from http:\/\/127\.0\.0\.1:\d+ to http:\/\/192\.0\.2\.1/);
  assert.ok(performance.now() - started < 2000, 'refused at once, not after trying the host');
});

test('Verify: a redirect between loopback URLs is followed, so local test providers still work', async () => {
  const idp = await serve((req, res, base) => {
    if (req.url === '/.well-known/openid-configuration') return sendJson(res, { issuer: base, jwks_uri: `${base}/old-jwks` });
    if (req.url === '/old-jwks') {
      res.writeHead(301, { location: '/jwks' });
      return res.end();
    }
    if (req.url === '/jwks') return sendJson(res, { keys: [jwk] });
    res.writeHead(404).end();
  });
  const result = await verifySignature(await signed(idp.base), { kind: 'discovery' });
  assert.equal(result.verdict, 'valid', result.message);
  assert.deepEqual(idp.paths, ['/.well-known/openid-configuration', '/old-jwks', '/jwks']);
});

test('Verify: a 200 MB key set is cut off after 1 MB while it streams', async () => {
  let written = 0;
  const idp = await serve((req, res, base) => {
    if (req.url === '/.well-known/openid-configuration') return sendJson(res, { issuer: base, jwks_uri: `${base}/jwks` });
    res.writeHead(200, { 'content-type': 'application/json' });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const total = 200 * 1024 * 1024;
    const pump = () => {
      while (written < total) {
        written += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    res.on('close', () => (written = Math.min(written, total)));
    res.write('{"keys":[');
    pump();
  });
  const started = performance.now();
  const result = await verifySignature(await signed(idp.base), { kind: 'discovery' }, { timeoutMs: 20_000 });
  assert.equal(result.verdict, 'network_error');
  assert.match(result.message, /more than 1 MB/);
  assert.ok(written < 32 * 1024 * 1024, `the server could write ${written} bytes before the client stopped reading`);
  assert.ok(performance.now() - started < 5000);
});

test("Verify: a ? or # in the token's iss never chooses the request path", async () => {
  const victim = await serve((_req, res) => res.writeHead(404).end());
  for (const iss of [
    `${victim.base}/admin/containers/prune#`,
    `${victim.base}/admin/containers/prune?`,
    `${victim.base}/realm?x=/admin/containers/prune`,
  ]) {
    const result = await verifySignature(await signed(iss), { kind: 'discovery' });
    assert.equal(result.verdict, 'network_error', iss);
    assert.match(result.message, /has a (query|fragment)/, iss);
  }
  assert.deepEqual(victim.paths, [], 'no request reached the local service');
  assert.equal(
    wellKnownUrl('https://idp.example/tenant/', 'openid-configuration').href,
    'https://idp.example/tenant/.well-known/openid-configuration',
  );
  assert.throws(() => wellKnownUrl('https://idp.example/x#/y', 'openid-configuration'), FetchPolicyError);
});

test('guardedFetch: https only, redirects never downgrade or reach this machine from elsewhere, POSTs are not sent on', async () => {
  const refuse = (url: string, init: RequestInit = {}) =>
    assert.rejects(
      guardedFetch(
        async () => {
          throw new Error('must not be fetched');
        },
        url,
        init,
        { maxBodyBytes: 1024, timeoutMs: 1000 },
      ),
      FetchPolicyError,
    );
  await refuse('http://idp.example/x');
  await refuse('file:///etc/passwd');
  await refuse('https://user:pw@idp.example/x');
  const redirectTo = (location: string) => async () => new Response(null, { status: 302, headers: { location } });
  for (const [from, to] of [
    ['https://idp.example/a', 'http://idp.example/b'],
    ['https://idp.example/a', 'https://127.0.0.1:9/'],
    ['https://idp.example/a', 'http://localhost:9/'],
  ]) {
    await assert.rejects(
      guardedFetch(redirectTo(to!), from!, {}, { maxBodyBytes: 1024, timeoutMs: 1000 }),
      /REDIRECT_REFUSED|Not following/,
    );
  }
  const local = await serve((_req, res) => {
    res.writeHead(307, { location: '/elsewhere' });
    res.end();
  });
  await assert.rejects(
    guardedFetch(fetch, `${local.base}/token`, { method: 'POST', body: 'code=x' }, { maxBodyBytes: 1024, timeoutMs: 1000 }),
    (error: FetchPolicyError) => error.code === 'REDIRECT_REFUSED',
  );
  assert.deepEqual(local.paths, ['/token']);
});

test('guardedFetch: a server that never finishes its body times out', async () => {
  const slow = await serve((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{');
  });
  const started = performance.now();
  await assert.rejects(
    guardedFetch(fetch, `${slow.base}/`, {}, { maxBodyBytes: 1024, timeoutMs: 300 }),
    (error: Error) => error.name === 'TimeoutError',
  );
  assert.ok(performance.now() - started < 3000);
});

test("Flow: a loopback issuer's metadata cannot send the code, verifier and secret to plain http on another host", async () => {
  const idp = await serve((req, res, base) => {
    if (req.url === '/.well-known/openid-configuration') {
      return sendJson(res, {
        issuer: base,
        authorization_endpoint: `${base}/authorize`,
        token_endpoint: 'http://192.0.2.1/token',
        jwks_uri: `${base}/jwks`,
        response_types_supported: ['code'],
        code_challenge_methods_supported: ['S256'],
      });
    }
    res.writeHead(404).end();
  });
  const deps = defaultDeps({ explain: explainNothing, requestTimeoutMs: 5000 });
  const discovery = await discover(idp.base, deps);
  assert.equal(discovery.status, 'passed', JSON.stringify(discovery.error));
  const ctx: FlowContext = {
    server: discovery.result!,
    client: { clientId: 'c', authMethod: 'client_secret_post', clientSecret: 'the-client-secret-1' },
    deps,
  };
  const pending = {
    state: 's',
    nonce: undefined,
    codeVerifier: 'v'.repeat(43),
    redirectUri: 'http://127.0.0.1:1/callback',
    scope: 'openid',
    resource: [],
    responseMode: 'query',
    createdAt: 0,
    url: '',
  } as unknown as PendingAuthorization;
  const started = performance.now();
  const step = await exchangeCode(ctx, pending, { code: 'the-code-value-1', parameters: { code: 'the-code-value-1', state: 's' } });
  assert.equal(step.status, 'failed');
  assert.equal(step.error?.code, 'INSECURE_URL', JSON.stringify(step.error));
  assert.match(step.error?.message ?? '', /192\.0\.2\.1/);
  assert.ok(performance.now() - started < 2000, 'refused before any connection attempt');
});

test('Flow: an issuer with a query or fragment is refused before any request', async () => {
  const victim = await serve((_req, res) => res.writeHead(404).end());
  const step = await discover(`${victim.base}/admin/containers/prune#`, defaultDeps({ explain: explainNothing }));
  assert.equal(step.status, 'failed');
  assert.equal(step.error?.code, 'BAD_INPUT');
  assert.deepEqual(victim.paths, []);
});
