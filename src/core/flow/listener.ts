/**
 * The loopback redirect listener's contract (RFC 8252 §7.3), platform-free: what the flow engine and
 * the Flow Tester need from it. The listener itself needs a socket, so it lives in `src/node/loopback.ts`
 * and is handed to the core (`StartLoopbackListener`), like `FlowDeps` hands it `fetch`.
 */

export const LOOPBACK_HOST = '127.0.0.1';
export const DEFAULT_CALLBACK_PATH = '/callback';
export const DEFAULT_LOOPBACK_TIMEOUT_MS = 5 * 60_000;

export interface LoopbackOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  path?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Clock for `receivedAt`; injectable for tests. */
  now?: () => number;
  /** Called (without parameter values) each time a callback is turned away. */
  onRejected?: (reason: 'missing-state' | 'wrong-state' | 'bad-request') => void;
  /** The host name in the redirect URI. `localhost` also holds the port on `[::1]`. Default 127.0.0.1. */
  redirectHost?: '127.0.0.1' | 'localhost';
}

export interface LoopbackCallback {
  method: 'GET' | 'POST';
  /** The redirect URI with the parameters as a query, whichever way they came (query or form_post). */
  url: string;
  params: Record<string, string>;
  receivedAt: number;
}

export interface LoopbackListener {
  readonly port: number;
  readonly redirectUri: string;
  /** How many callbacks were turned away so far (wrong or missing state, malformed). */
  readonly rejected: number;
  /**
   * Arms the listener with the `state` sent in the authorization request (undefined: accept any) and
   * resolves with the first callback that carries it. Call once.
   */
  waitForCallback(expectedState: string | undefined): Promise<LoopbackCallback>;
  /**
   * Also answers requests addressed to `host` (host:port): the forwarded address VS Code gives the
   * browser in a remote window (`asExternalUri`), whose port forwarder or proxy keeps that Host header.
   */
  allowHost(host: string): void;
  close(): Promise<void>;
}

/** Starts a listener: `startLoopbackListener` from `src/node/loopback.ts` in Node; a test may pass another. */
export type StartLoopbackListener = (options?: LoopbackOptions) => Promise<LoopbackListener>;
