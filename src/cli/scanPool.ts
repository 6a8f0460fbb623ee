/**
 * Worker threads that scan pieces of a large file in parallel for `authlens scan` (see scanWorker.ts).
 * Only in the built CLI, where dist/scanWorker.js sits next to dist/cli.js; run from the sources (the
 * tests), or on a machine with one core, there is no pool and the scan runs on the main thread.
 * A worker that fails or goes away only means its pieces are scanned on the main thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { StreamMatch } from '../core/capture/streamScanner';
import type { ScanReply, ScanRequest } from './scanWorker';

export interface ScanPool {
  /** Findings of `scanOffsets(text)`, or undefined when the piece must be scanned here. */
  scan(text: string): Promise<StreamMatch[] | undefined>;
  /** How many pieces may be in flight for the pool to keep every worker busy. */
  readonly depth: number;
  close(): Promise<void>;
}

/** Below this size a file is scanned on the main thread: starting a worker costs more than it saves. */
export const PARALLEL_MIN_BYTES = 16 * 1024 * 1024;

/** Worker threads for one scan: `AUTHLENS_SCAN_WORKERS` (0 turns them off), else up to 2 when there are cores for them. */
function defaultWorkers(): number {
  const set = Number(process.env.AUTHLENS_SCAN_WORKERS);
  return Number.isInteger(set) && set >= 0 ? Math.min(set, 8) : Math.min(2, availableParallelism());
}

export function createScanPool(workers = defaultWorkers()): ScanPool | undefined {
  const script = join(__dirname, 'scanWorker.js');
  if (workers < 1 || !__filename.endsWith('.js') || !existsSync(script)) return undefined;
  const pending = new Map<number, (found: StreamMatch[] | undefined) => void>();
  const threads: Worker[] = [];
  let nextId = 0;
  const settle = (reply: ScanReply) => {
    const resolve = pending.get(reply.id);
    pending.delete(reply.id);
    resolve?.(reply.found);
  };
  const lost = (worker: Worker) => {
    const at = threads.indexOf(worker);
    if (at !== -1) threads.splice(at, 1);
    // Whatever that worker held is scanned on the main thread.
    for (const [id, resolve] of pending) if (owner.get(id) === worker) { pending.delete(id); resolve(undefined); }
  };
  const owner = new Map<number, Worker>();
  for (let i = 0; i < workers; i++) {
    try {
      const worker = new Worker(script, { stdout: false, stderr: false });
      worker.on('message', (reply: ScanReply) => {
        owner.delete(reply.id);
        settle(reply);
      });
      worker.on('error', () => lost(worker));
      worker.on('exit', () => lost(worker));
      threads.push(worker);
    } catch {
      break;
    }
  }
  if (threads.length === 0) return undefined;
  return {
    depth: 2 * threads.length,
    scan(text) {
      if (threads.length === 0) return Promise.resolve(undefined);
      const id = nextId++;
      const worker = threads[id % threads.length]!;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        owner.set(id, worker);
        worker.postMessage({ id, text } satisfies ScanRequest);
      });
    },
    async close() {
      await Promise.all(threads.map((worker) => worker.terminate().catch(() => undefined)));
    },
  };
}
