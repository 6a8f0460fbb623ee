/**
 * A worker thread of `authlens scan` (dist/scanWorker.js): scans pieces of a large file that the main
 * thread hands it, with the very `scanOffsets` the main thread would run, and sends the findings back.
 * Pieces are whole lines, so scanning them apart finds exactly what scanning them in turn finds; the
 * main thread keeps everything that depends on order (offsets, line numbers, merging, output).
 */
import { parentPort } from 'node:worker_threads';
import { scanOffsets } from '../core/scan/scan';

export interface ScanRequest {
  id: number;
  text: string;
}

export interface ScanReply {
  id: number;
  found?: ReturnType<typeof scanOffsets>;
  failed?: boolean;
}

parentPort?.on('message', ({ id, text }: ScanRequest) => {
  let reply: ScanReply;
  try {
    reply = { id, found: scanOffsets(text) };
  } catch {
    reply = { id, failed: true }; // the main thread scans that piece itself
  }
  parentPort!.postMessage(reply);
});
