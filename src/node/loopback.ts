/**
 * The loopback redirect listener (RFC 8252 §7.3): an HTTP server on 127.0.0.1 only, on a free port
 * (or a fixed one), that waits for one callback on `/callback`, answers the browser with a short page
 * that holds no code or token, and closes.
 *
 * A callback whose `state` is missing or wrong gets a 400 page and the listener KEEPS WAITING: such a
 * request is stale or forged, and the real redirect may still come. The caller can see the rejections
 * through `onRejected` / `rejected`. The wait ends with the right callback, the timeout (5 min by
 * default), the abort signal, or `close()`.
 *
 * Only requests whose `Host` names this listener (`127.0.0.1:port`, `localhost:port`, `[::1]:port`)
 * are read: a web page that rebinds its own DNS name to 127.0.0.1 (DNS rebinding) gets a 421 and
 * cannot feed or probe the listener.
 *
 * `localhost` redirects (Entra accepts any port on `http://localhost`): the browser may resolve
 * localhost to `::1` first, so the listener then holds the same port on `[::1]` too, where another
 * program could otherwise take it and receive the code (RFC 8252 §8.3). If `[::1]:port` is already
 * taken, another free port is tried; where this machine has no IPv6, 127.0.0.1 alone is enough.
 *
 * Node's `http` only, no VS Code API: it runs in the extension host, the CLI and tests alike. It never
 * logs; parameters go only to the promise.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FlowError } from '../core/flow/flowError';
import {
  DEFAULT_CALLBACK_PATH,
  DEFAULT_LOOPBACK_TIMEOUT_MS,
  LOOPBACK_HOST,
  type LoopbackCallback,
  type LoopbackListener,
  type LoopbackOptions,
} from '../core/flow/listener';

const MAX_FORM_BYTES = 64 * 1024;

export async function startLoopbackListener(options: LoopbackOptions = {}): Promise<LoopbackListener> {
  const path = options.path ?? DEFAULT_CALLBACK_PATH;
  const timeoutMs = options.timeoutMs ?? DEFAULT_LOOPBACK_TIMEOUT_MS;
  let armed = false;
  let expectedState: string | undefined;
  let done = false;
  let rejected = 0;
  let resolveCallback!: (callback: LoopbackCallback) => void;
  let rejectCallback!: (error: FlowError) => void;
  const result = new Promise<LoopbackCallback>((resolve, reject) => {
    resolveCallback = resolve;
    rejectCallback = reject;
  });
  result.catch(() => undefined); // the caller may not be waiting yet

  const servers: Server[] = [];
  const newServer = () =>
    createServer((req, res) => {
      handle(req, res).catch(() => respond(res, 400, 'Bad request', 'AuthLens could not read this request.'));
    });

  const finish = (outcome: LoopbackCallback | FlowError) => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    if (outcome instanceof FlowError) rejectCallback(outcome);
    else resolveCallback(outcome);
    for (const server of servers) server.close();
    // Let the answer page go out before dropping keep-alive sockets.
    setImmediate(() => servers.forEach((server) => server.closeAllConnections()));
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHosts.has((req.headers.host ?? '').toLowerCase())) {
      return respond(res, 421, 'Wrong address', 'This listener answers only requests addressed to 127.0.0.1, localhost or [::1].');
    }
    const url = new URL(req.url ?? '/', `http://${LOOPBACK_HOST}`);
    if (url.pathname !== path) return respond(res, 404, 'Not found', 'This address only answers the sign-in callback.');
    if (done) return respond(res, 410, 'Already used', 'This sign-in callback was already received. Start a new flow in VS Code.');
    let params: URLSearchParams;
    if (req.method === 'GET') {
      params = url.searchParams;
    } else if (req.method === 'POST') {
      const type = req.headers['content-type'] ?? '';
      if (!type.startsWith('application/x-www-form-urlencoded')) {
        rejected++;
        options.onRejected?.('bad-request');
        return respond(res, 415, 'Unsupported', 'A form_post callback must be application/x-www-form-urlencoded.');
      }
      params = new URLSearchParams(await readForm(req));
    } else {
      res.setHeader('allow', 'GET, POST');
      return respond(res, 405, 'Not allowed', 'Use GET or POST.');
    }
    if (!armed) return respond(res, 503, 'Not ready', 'AuthLens is not waiting for a sign-in yet.');
    const state = params.get('state');
    if (expectedState !== undefined && state !== expectedState) {
      rejected++;
      options.onRejected?.(state === null ? 'missing-state' : 'wrong-state');
      return respond(
        res,
        400,
        'Unexpected sign-in response',
        'This response does not belong to the sign-in AuthLens is waiting for (its state does not match). AuthLens keeps waiting for the right one.',
      );
    }
    const isError = params.has('error');
    respond(
      res,
      200,
      isError ? 'Sign-in did not complete' : 'Sign-in received',
      isError ? 'The provider returned an error. Return to VS Code to see what happened.' : 'You can close this tab and return to VS Code.',
    );
    const callbackUrl = new URL(redirectUri);
    for (const [name, value] of params) callbackUrl.searchParams.append(name, value);
    finish({ method: req.method, url: callbackUrl.href, params: Object.fromEntries(params), receivedAt: (options.now ?? Date.now)() });
  }

  const host = options.redirectHost ?? LOOPBACK_HOST;
  const port = await bind(servers, newServer, options.port ?? 0, host === 'localhost');
  const allowedHosts = new Set(
    ['127.0.0.1', 'localhost', '[::1]'].flatMap((name) => (port === 80 ? [name, `${name}:80`] : [`${name}:${port}`])),
  );
  const redirectUri = `http://${host}:${port}${path}`;

  const timer = setTimeout(
    () =>
      finish(
        new FlowError(
          'LOOPBACK_TIMEOUT',
          `No callback reached ${redirectUri} within ${Math.round(timeoutMs / 1000)} s. If the browser shows an error page from the provider ` +
            '(for example an unregistered redirect_uri or unknown client), the provider will not redirect back: fix that and start again.',
        ),
      ),
    timeoutMs,
  );
  timer.unref?.();
  const onAbort = () => finish(new FlowError('ABORTED', 'The wait for the sign-in callback was cancelled.'));
  if (options.signal?.aborted) onAbort();
  else options.signal?.addEventListener('abort', onAbort, { once: true });

  return {
    port,
    redirectUri,
    get rejected() {
      return rejected;
    },
    waitForCallback(state) {
      if (armed) throw new FlowError('BAD_INPUT', 'waitForCallback may be called only once per listener.');
      armed = true;
      expectedState = state;
      return result;
    },
    allowHost(host) {
      allowedHosts.add(host.toLowerCase());
    },
    close: async () => {
      finish(new FlowError('ABORTED', 'The loopback listener was closed.'));
      await Promise.all(
        servers.filter((server) => server.listening).map((server) => new Promise<void>((resolve) => server.close(() => resolve()))),
      );
    },
  };
}

function listen(server: Server, port: number, address: string): Promise<NodeJS.ErrnoException | undefined> {
  return new Promise((resolve) => {
    const onError = (error: NodeJS.ErrnoException) => resolve(error);
    server.once('error', onError);
    server.listen(port, address, () => {
      server.off('error', onError);
      resolve(undefined);
    });
  });
}

const closeServer = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));
/** Errors that mean this machine has no IPv6 loopback, so no one can take `[::1]` either. */
const NO_IPV6 = new Set(['EADDRNOTAVAIL', 'EAFNOSUPPORT', 'EPROTONOSUPPORT', 'EINVAL']);

/** Listens on 127.0.0.1 (and, for `localhost`, on [::1] at the same port); returns the port. */
async function bind(servers: Server[], newServer: () => Server, wanted: number, alsoIpv6: boolean): Promise<number> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const v4 = newServer();
    const failed = await listen(v4, wanted, LOOPBACK_HOST);
    if (failed) {
      throw new FlowError(
        'LOOPBACK_UNAVAILABLE',
        `The loopback listener could not listen on ${LOOPBACK_HOST}:${wanted} (${failed.code ?? failed.message}).` +
          (failed.code === 'EADDRINUSE' ? ' Another program uses that port: pick another one, or 0 for any free port.' : ''),
        { cause: failed },
      );
    }
    const port = (v4.address() as AddressInfo).port;
    if (!alsoIpv6) {
      servers.push(v4);
      return port;
    }
    const v6 = newServer();
    const v6Failed = await listen(v6, port, '::1');
    if (!v6Failed || NO_IPV6.has(v6Failed.code ?? '')) {
      servers.push(v4);
      if (!v6Failed) servers.push(v6);
      return port;
    }
    await closeServer(v4);
    if (wanted !== 0) {
      throw new FlowError(
        'LOOPBACK_UNAVAILABLE',
        `Another program listens on [::1]:${wanted}; a browser that resolves localhost to ::1 would send it the code. Pick another port, or 0 for any free port.`,
        { cause: v6Failed },
      );
    }
  }
  throw new FlowError('LOOPBACK_UNAVAILABLE', 'No port was free on both 127.0.0.1 and [::1].');
}

function readForm(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_FORM_BYTES) {
        reject(new Error('form too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function respond(res: ServerResponse, status: number, title: string, message: string): void {
  if (res.headersSent) return;
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>AuthLens: ${title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.5}</style></head>
<body><h1>${title}</h1><p>${message}</p></body></html>`;
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
  });
  res.end(html);
}
