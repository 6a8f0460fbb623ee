/**
 * Keeps the debug adapter's message path free: `push` only queues a piece (O(1)); `drain`, run a
 * moment later off that path, feeds each stream's queued pieces to the stream scanner.
 *
 * Bounded: once `maxPendingChars` are queued, `push` reports it so the caller drains at once.
 */
import type { StreamFinding, StreamScanner } from './streamScanner';

export interface OutputBatcher {
  /** Queues a piece; returns true when the queue is full and should be drained now. */
  push(stream: string, piece: string): boolean;
  /** Scans everything queued, stream by stream, in arrival order within each stream; `onStream` hears each stream fed. */
  drain(onStream?: (stream: string) => void): StreamFinding[];
  /** Drops what is queued for streams whose key starts with `prefix` (capture paused, session cleared). */
  discard(prefix?: string): void;
  readonly pendingChars: number;
}

export const DEFAULT_MAX_PENDING_CHARS = 1 << 20;

export function createOutputBatcher(scanner: StreamScanner, maxPendingChars = DEFAULT_MAX_PENDING_CHARS): OutputBatcher {
  const queues = new Map<string, string[]>();
  let pending = 0;
  return {
    push(stream, piece) {
      if (typeof piece !== 'string' || piece.length === 0) return pending >= maxPendingChars;
      const queue = queues.get(stream);
      if (queue) queue.push(piece);
      else queues.set(stream, [piece]);
      pending += piece.length;
      return pending >= maxPendingChars;
    },
    drain(onStream) {
      if (pending === 0) return [];
      const found: StreamFinding[] = [];
      for (const [stream, queue] of queues) {
        onStream?.(stream);
        // Piece by piece: joining them first measured slower (bench/capture.bench.ts), the scanner carries lines over anyway.
        for (const piece of queue) for (const finding of scanner.feed(stream, piece)) found.push(finding);
      }
      queues.clear();
      pending = 0;
      return found;
    },
    discard(prefix = '') {
      for (const [stream, queue] of [...queues]) {
        if (!stream.startsWith(prefix)) continue;
        for (const piece of queue) pending -= piece.length;
        queues.delete(stream);
      }
    },
    get pendingChars() {
      return pending;
    },
  };
}
