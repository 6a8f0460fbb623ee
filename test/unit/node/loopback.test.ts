import { startLoopbackListener } from '../../../src/node/loopback';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { networkInterfaces } from 'node:os';
import { request } from 'node:http';
import type { FlowError } from '../../../src/core/flow';
import {} from '../../../src/core/flow';

async function get(url: string): Promise<{ status: number; body: string }> {
  const response = await fetch(url);
  return { status: response.status, body: await response.text() };
}

test('binds 127.0.0.1 on a free port with path /callback', async () => {
  const listener = await startLoopbackListener();
  try {
    assert.match(listener.redirectUri, /^http:\/\/127\.0\.0\.1:\d+\/callback$/);
    assert.ok(listener.port > 0);
  } finally {
    await listener.close();
  }
});

test('resolves with the callback parameters; the page says to return to VS Code and holds no code', async () => {
  const listener = await startLoopbackListener();
  const waiting = listener.waitForCallback('expected-state');
  const page = await get(`${listener.redirectUri}?code=SplxlOBeZQQYbYS6WxSbIA&state=expected-state`);
  const callback = await waiting;
  assert.equal(page.status, 200);
  assert.match(page.body, /return to VS Code/);
  assert.doesNotMatch(page.body, /SplxlOBeZQQYbYS6WxSbIA/);
  assert.equal(callback.method, 'GET');
  assert.deepEqual(callback.params, { code: 'SplxlOBeZQQYbYS6WxSbIA', state: 'expected-state' });
  assert.equal(new URL(callback.url).searchParams.get('code'), 'SplxlOBeZQQYbYS6WxSbIA');
});

test('wrong or missing state: 400, and the listener keeps waiting for the right callback', async () => {
  const reasons: string[] = [];
  const listener = await startLoopbackListener({ onRejected: (reason) => reasons.push(reason) });
  const waiting = listener.waitForCallback('expected-state');
  const wrong = await get(`${listener.redirectUri}?code=abc&state=forged`);
  const missing = await get(`${listener.redirectUri}?code=abc`);
  assert.equal(wrong.status, 400);
  assert.equal(missing.status, 400);
  assert.doesNotMatch(wrong.body, /abc/);
  assert.equal(listener.rejected, 2);
  assert.deepEqual(reasons, ['wrong-state', 'missing-state']);
  await get(`${listener.redirectUri}?code=good&state=expected-state`);
  assert.equal((await waiting).params.code, 'good');
});

test('single use: a replayed callback finds the listener closed', async () => {
  const listener = await startLoopbackListener();
  const waiting = listener.waitForCallback('s');
  const url = `${listener.redirectUri}?code=abc&state=s`;
  await get(url);
  await waiting;
  await assert.rejects(fetch(url, { headers: { connection: 'close' } }), (error: Error) => /fetch failed/.test(error.message));
});

test('an error callback with the right state resolves too (the engine explains it)', async () => {
  const listener = await startLoopbackListener();
  const waiting = listener.waitForCallback('s');
  const page = await get(`${listener.redirectUri}?error=access_denied&error_description=nope&state=s`);
  assert.match(page.body, /returned an error/);
  assert.equal((await waiting).params.error, 'access_denied');
});

test('response_mode=form_post: parameters from the POST body', async () => {
  const listener = await startLoopbackListener();
  const waiting = listener.waitForCallback('s');
  const response = await fetch(listener.redirectUri, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'code=posted&state=s&iss=http%3A%2F%2F127.0.0.1',
  });
  assert.equal(response.status, 200);
  const callback = await waiting;
  assert.equal(callback.method, 'POST');
  assert.equal(callback.params.code, 'posted');
  assert.equal(new URL(callback.url).searchParams.get('iss'), 'http://127.0.0.1');
});

test('other paths get 404 and do not consume the listener', async () => {
  const listener = await startLoopbackListener();
  const waiting = listener.waitForCallback('s');
  assert.equal((await get(`http://127.0.0.1:${listener.port}/favicon.ico`)).status, 404);
  await get(`${listener.redirectUri}?code=c&state=s`);
  assert.equal((await waiting).params.code, 'c');
});

test('times out with LOOPBACK_TIMEOUT and closes', async () => {
  const listener = await startLoopbackListener({ timeoutMs: 100 });
  await assert.rejects(listener.waitForCallback('s'), (error: FlowError) => error.code === 'LOOPBACK_TIMEOUT');
  await assert.rejects(fetch(listener.redirectUri));
});

test('abort signal ends the wait', async () => {
  const controller = new AbortController();
  const listener = await startLoopbackListener({ signal: controller.signal });
  const waiting = listener.waitForCallback('s');
  controller.abort();
  await assert.rejects(waiting, (error: FlowError) => error.code === 'ABORTED');
});

test('a fixed port that is taken: LOOPBACK_UNAVAILABLE', async () => {
  const first = await startLoopbackListener();
  try {
    await assert.rejects(
      startLoopbackListener({ port: first.port }),
      (error: FlowError) => error.code === 'LOOPBACK_UNAVAILABLE' && /EADDRINUSE/.test(error.message),
    );
  } finally {
    await first.close();
  }
});

test('not reachable on any address but 127.0.0.1', async (t) => {
  const listener = await startLoopbackListener();
  try {
    const external = Object.values(networkInterfaces())
      .flat()
      .find((address) => address && !address.internal && address.family === 'IPv4');
    if (!external) {
      t.diagnostic('This machine has no non-loopback IPv4 address; the external-address check is skipped.');
      t.skip('no non-loopback address');
      return;
    }
    const refused = await new Promise<string>((resolve) => {
      const req = request({ host: external.address, port: listener.port, path: '/callback', timeout: 2000 }, () => resolve('connected'));
      req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      req.on('timeout', () => {
        req.destroy();
        resolve('timeout');
      });
      req.end();
    });
    assert.notEqual(refused, 'connected', `the listener answered on ${external.address}`);
    t.diagnostic(`connecting to ${external.address}:${listener.port} failed with ${refused}`);
  } finally {
    await listener.close();
  }
});

/** A raw request with a chosen Host header (fetch would not let us set it). */
function withHost(port: number, path: string, host: string, address = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: address, port, path, headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

test('DNS rebinding: a request whose Host is not this listener gets 421 and is neither read nor counted', async () => {
  const reasons: string[] = [];
  const listener = await startLoopbackListener({ onRejected: (reason) => reasons.push(reason) });
  try {
    const waiting = listener.waitForCallback('s');
    for (const host of [
      'evil.example',
      `evil.example:${listener.port}`,
      '127.0.0.1',
      `127.0.0.1.evil.example:${listener.port}`,
      `localhost:${listener.port + 1}`,
    ]) {
      assert.equal(await withHost(listener.port, '/callback?code=abc&state=s', host), 421, host);
    }
    assert.equal(listener.rejected, 0);
    assert.deepEqual(reasons, []);
    for (const host of [`127.0.0.1:${listener.port}`, `LOCALHOST:${listener.port}`]) {
      assert.equal(await withHost(listener.port, '/callback?code=abc&state=wrong', host), 400, host);
    }
    assert.equal(await withHost(listener.port, '/callback?code=good&state=s', `localhost:${listener.port}`), 200);
    assert.equal((await waiting).params.code, 'good');
  } finally {
    await listener.close();
  }
});

async function ipv6Loopback(): Promise<boolean> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(0, '::1', () => probe.close(() => resolve(true)));
  });
}

test('a localhost redirect holds the same port on [::1] too (RFC 8252 §8.3), and answers there', async (t) => {
  const listener = await startLoopbackListener({ redirectHost: 'localhost' });
  try {
    assert.match(listener.redirectUri, /^http:\/\/localhost:\d+\/callback$/);
    if (!(await ipv6Loopback())) {
      t.skip('this machine has no IPv6 loopback: nobody can take [::1] either');
      return;
    }
    const { createServer } = await import('node:net');
    const squatter = createServer();
    const taken = await new Promise<string>((resolve) => {
      squatter.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      squatter.listen(listener.port, '::1', () => resolve('listening'));
    });
    squatter.close();
    assert.equal(taken, 'EADDRINUSE', 'another program could take [::1] on the redirect port');
    const waiting = listener.waitForCallback('s');
    assert.equal(await withHost(listener.port, '/callback?code=v6&state=s', `localhost:${listener.port}`, '::1'), 200);
    assert.equal((await waiting).params.code, 'v6');
  } finally {
    await listener.close();
  }
});

test('[::1] already taken on the chosen port: another free port is used; a fixed one fails clearly', async (t) => {
  if (!(await ipv6Loopback())) return t.skip('no IPv6 loopback');
  const { createServer } = await import('node:net');
  const squatter = createServer();
  await new Promise<void>((resolve) => squatter.listen(0, '::1', () => resolve()));
  const port = (squatter.address() as { port: number }).port;
  try {
    await assert.rejects(
      startLoopbackListener({ redirectHost: 'localhost', port }),
      (error: FlowError) => error.code === 'LOOPBACK_UNAVAILABLE' && /\[::1\]/.test(error.message),
    );
    const listener = await startLoopbackListener({ redirectHost: 'localhost' });
    assert.notEqual(listener.port, port);
    await listener.close();
  } finally {
    squatter.close();
  }
});
