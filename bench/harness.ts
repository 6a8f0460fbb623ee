/**
 * AuthLens benchmark harness: small on purpose.
 *
 * - Each `bench/<name>.bench.ts` exports `async function run(): Promise<void>`.
 * - `npm run bench` (bench/run.ts) runs them all in name order; `npm run bench -- tokens` runs only
 *   files whose name contains "tokens".
 * - Time things with `measure(fn, { rounds, iterations })`: it warms up once, runs `rounds` rounds of
 *   `iterations` calls and keeps the fastest round (the least disturbed by GC and other processes).
 *   It counts this process's CPU time (`process.cpuUsage`), not wall time, so a busy shared machine
 *   slows the figures less; pass `clock: 'wall'` for elapsed time.
 * - Print with `report(name, figure, baseline)`:  `name: figure (baseline: figure, ratio x.xx)`.
 *   Always measure the baseline in the same run, right next to what it is compared with.
 * - Feed results of the timed function into `sink` so the optimizer cannot drop the work.
 */

export interface Timing {
  /** Milliseconds for one call, from the fastest round. */
  msPerCall: number;
  rounds: number;
  iterations: number;
}

export interface Figure {
  value: number;
  unit: string;
}

let sunk = 0;
/** Consumes a result so the work that produced it is not optimised away. */
export function sink(value: unknown): void {
  sunk = (sunk + (typeof value === 'number' ? value : value == null ? 0 : 1)) | 0;
}

export interface MeasureOptions {
  rounds?: number;
  iterations?: number;
  warmup?: number;
  clock?: 'cpu' | 'wall';
}

export function measure(fn: () => unknown, { rounds = 5, iterations = 1, warmup = 1, clock = 'cpu' }: MeasureOptions = {}): Timing {
  const now = clock === 'cpu' ? cpuMs : () => performance.now();
  for (let i = 0; i < warmup; i++) sink(fn());
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    const started = now();
    for (let i = 0; i < iterations; i++) sink(fn());
    best = Math.min(best, (now() - started) / iterations);
  }
  return { msPerCall: best, rounds, iterations };
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Megabytes (10^6 bytes) per second for one call over `bytes`. */
export function mbPerSecond(bytes: number, timing: Timing): Figure {
  return { value: bytes / 1e6 / (timing.msPerCall / 1000), unit: 'MB/s' };
}

/** Microseconds per call. */
export function microseconds(timing: Timing): Figure {
  return { value: timing.msPerCall * 1000, unit: 'µs/call' };
}

/**
 * Prints `name: figure (baseline: figure, ratio x.xx)`. The ratio is figure ÷ baseline, so for
 * throughput higher is better and for time per call lower is better.
 */
export function report(name: string, figure: Figure, baseline?: Figure): number | undefined {
  const ratio = baseline ? figure.value / baseline.value : undefined;
  const tail = baseline ? ` (baseline: ${format(baseline)}, ratio ${ratio!.toFixed(2)})` : '';
  console.log(`${name}: ${format(figure)}${tail}`);
  return ratio;
}

function format(figure: Figure): string {
  const digits = figure.value >= 100 ? 0 : figure.value >= 10 ? 1 : 2;
  return `${figure.value.toFixed(digits)} ${figure.unit}`;
}

/** The scanning baseline: an `indexOf('eyJ')` loop over the whole text, counting every hit. */
export function indexOfLoop(text: string): number {
  let count = 0;
  let pos = text.indexOf('eyJ');
  while (pos !== -1) {
    count++;
    pos = text.indexOf('eyJ', pos + 3);
  }
  return count;
}
