import { explainFromCatalog } from './explain';
import type { FlowDeps } from './types';

/** Resolves after `ms`, or rejects with an AbortError as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The real world; tests replace any part of it. */
export function defaultDeps(overrides: Partial<FlowDeps> = {}): FlowDeps {
  return {
    fetch: (input, init) => globalThis.fetch(input, init),
    now: Date.now,
    randomBytes: (length) => crypto.getRandomValues(new Uint8Array(length)),
    sleep,
    explain: explainFromCatalog,
    requestTimeoutMs: 30_000,
    ...overrides,
  };
}
