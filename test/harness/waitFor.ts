/**
 * The one way a test waits: on a condition, never for a fixed time. Platform-free (no Node, no
 * vscode), so node tests, the extension-host suite and the UI harness share it.
 *
 *   const item = await waitFor(() => store.items().find((i) => i.kind === 'jwt'), { timeout: 5000, what: 'a captured JWT' });
 *
 * The condition is checked at once, then every `interval` ms (a short poll, not a sleep) until it gives a
 * truthy value, which `waitFor` returns. A condition that throws counts as "not yet"; when time runs out
 * the error names `what`, the time waited and the last thing the condition threw or returned.
 */
export interface WaitOptions {
  /** Milliseconds before giving up. */
  timeout: number;
  /** What is awaited, for the error message: "the Captured view to list 2 items". */
  what: string;
  /** Milliseconds between checks (default 20). */
  interval?: number;
}

export class WaitTimeoutError extends Error {
  override name = 'WaitTimeoutError';
}

type Falsy = false | 0 | '' | null | undefined;

export async function waitFor<T>(
  condition: () => T | Promise<T>,
  { timeout, what, interval = 20 }: WaitOptions,
): Promise<Exclude<T, Falsy>> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await condition();
      if (value) return value as Exclude<T, Falsy>;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() >= deadline) break;
    await pause(Math.min(interval, Math.max(0, deadline - Date.now())));
  }
  const detail = last instanceof Error ? `${last.name}: ${last.message}` : JSON.stringify(last)?.slice(0, 500);
  throw new WaitTimeoutError(`timed out after ${timeout} ms waiting for ${what} (last: ${detail})`);
}

/**
 * The first value `subscribe` delivers that satisfies `accept`, or a timeout error naming `what`:
 * for events (`vscode.Event`, emitters), so a test resolves the moment the event fires.
 * `subscribe` returns its own unsubscribe (a `{ dispose }` or a function).
 */
export function nextEvent<T>(
  subscribe: (listener: (value: T) => void) => { dispose(): unknown } | (() => unknown),
  accept: (value: T) => boolean,
  { timeout, what }: Omit<WaitOptions, 'interval'>,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const state: { settled: boolean; timer?: ReturnType<typeof setTimeout>; unsubscribe?: () => unknown } = { settled: false };
    const finish = () => {
      state.settled = true;
      clearTimeout(state.timer);
      state.unsubscribe?.();
    };
    const handle = subscribe((value) => {
      if (state.settled || !accept(value)) return;
      finish();
      resolve(value);
    });
    state.unsubscribe = typeof handle === 'function' ? handle : () => handle.dispose();
    if (state.settled) return void state.unsubscribe(); // the event came while subscribing
    state.timer = setTimeout(() => {
      finish();
      reject(new WaitTimeoutError(`timed out after ${timeout} ms waiting for ${what}`));
    }, timeout);
  });
}

/** The polling interval of `waitFor`. Not exported: a test never pauses for a time of its own choosing. */
function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
