/**
 * Runs fuzz targets for a number of inputs or seconds and reports, per target: inputs, uncaught
 * exceptions (with how to regenerate each), the slowest input and how many took over the slow limit.
 */
import { mutate, Rng, seedOf } from './generators';
import { TARGETS, type FuzzTarget } from './targets';

export interface FuzzOptions {
  seed: number;
  /** Inputs per target (whichever of inputs and seconds comes first). */
  inputs?: number;
  /** Seconds per target. */
  secondsPerTarget?: number;
  /** Only targets whose name contains this. */
  only?: string;
  /** An input slower than this counts as slow. */
  slowMs?: number;
}

export interface FuzzFailure {
  index: number;
  message: string;
}

export interface FuzzReport {
  target: string;
  inputs: number;
  uncaught: number;
  failures: FuzzFailure[];
  maxMs: number;
  maxMsIndex: number;
  maxMsLength: number;
  slow: number;
  seconds: number;
}

/** Inputs generated from the grammar per target; later inputs are mutations of these (far cheaper to make). */
export const POOL_SIZE = 1024;
/** Every this many inputs, one is a pool entry repeated into a line of 1 to 4 MB. */
const HUGE_EVERY = 5000;

const pools = new Map<string, unknown[]>();

/** Pool entry `j` of a target, generated on first use (so a short run pays only for what it uses). */
function poolEntry(target: FuzzTarget, seed: number, j: number): unknown {
  const key = `${seed}\u0000${target.name}`;
  let pool = pools.get(key);
  if (!pool) pools.set(key, (pool = []));
  if (!(j in pool)) pool[j] = target.input(new Rng(seedOf(seed, target.name, 'pool', j)));
  return pool[j];
}

function mutateInput(rng: Rng, input: unknown, huge: boolean): unknown {
  const grow = (text: string) =>
    huge ? text.repeat(Math.ceil(((1 + rng.int(4)) << 20) / Math.max(1, text.length))) : mutate(rng, text, 1);
  if (typeof input === 'string') return grow(input);
  if (Array.isArray(input)) {
    if (huge) return [grow(input.join(''))];
    const pieces = [...(input as string[])];
    const at = rng.int(pieces.length + 1);
    pieces[at] = mutate(rng, pieces[at] ?? '', 1);
    return pieces;
  }
  const { line } = input as { line: string };
  return { line: grow(line), at: rng.next() };
}

/** Share of the later inputs that are a short stretch of a pool entry (mutated): most inputs are small, so a run reaches millions. */
const SMALL_SHARE = 0.8;
const SMALL_MAX = 512;

/** A stretch of at most SMALL_MAX characters of the input (a few pieces of a piece list), mutated. */
function smallInput(rng: Rng, input: unknown): unknown {
  const window = (text: string) => {
    const length = 1 + rng.int(SMALL_MAX);
    const at = rng.int(Math.max(1, text.length - length + 1));
    return mutate(rng, text.slice(at, at + length), 0.7);
  };
  if (typeof input === 'string') return window(input);
  if (Array.isArray(input)) {
    const at = rng.int(input.length + 1);
    return (input as string[]).slice(at, at + 1 + rng.int(8)).map((piece) => (piece.length > SMALL_MAX ? window(piece) : piece));
  }
  const { line } = input as { line: string };
  return { line: window(line), at: rng.next() };
}

/** The input a target gets at `index` for `seed`: the same every time. */
export function inputAt(target: FuzzTarget, seed: number, index: number): unknown {
  if (index < POOL_SIZE) return poolEntry(target, seed, index);
  const rng = new Rng(seedOf(seed, index) ^ targetSeed(target));
  const entry = poolEntry(target, seed, rng.int(POOL_SIZE));
  if (index % HUGE_EVERY === 0) return mutateInput(rng, entry, true);
  return rng.chance(SMALL_SHARE) ? smallInput(rng, entry) : mutateInput(rng, entry, false);
}

const targetSeeds = new Map<string, number>();
function targetSeed(target: FuzzTarget): number {
  let value = targetSeeds.get(target.name);
  if (value === undefined) targetSeeds.set(target.name, (value = seedOf(target.name)));
  return value;
}

/**
 * Milliseconds `run` takes on this thread: per run the lower of its wall time and its process CPU time,
 * the lower of two runs. Each of the two is an upper bound of this thread's time with its own noise:
 * the wall clock counts other processes on the machine, and process CPU counts V8's helper threads
 * (concurrent marking and sweeping, memory given back after a compaction), which run beside the parser
 * and delay nothing. Measured on redact's input 160000 just after a compaction: 72.5 ms of process CPU
 * in 43.8 ms of wall time.
 */
function threadMsOf(run: () => void): number {
  let best = Infinity;
  for (let round = 0; round < 2; round++) {
    const before = process.cpuUsage();
    const started = performance.now();
    try {
      run();
    } catch {
      // counted already
    }
    const wall = performance.now() - started;
    const { user, system } = process.cpuUsage(before);
    best = Math.min(best, wall, (user + system) / 1000);
  }
  return best;
}

function lengthOf(input: unknown): number {
  if (typeof input === 'string') return input.length;
  if (Array.isArray(input)) return input.reduce((sum: number, piece) => sum + String(piece).length, 0);
  const line = (input as { line?: unknown }).line;
  return typeof line === 'string' ? line.length : 0;
}

export function fuzzTarget(target: FuzzTarget, options: FuzzOptions): FuzzReport {
  const maxInputs = options.inputs ?? Infinity;
  const deadline = performance.now() + (options.secondsPerTarget ?? Infinity) * 1000;
  const slowMs = options.slowMs ?? 50;
  const report: FuzzReport = {
    target: target.name,
    inputs: 0,
    uncaught: 0,
    failures: [],
    maxMs: 0,
    maxMsIndex: -1,
    maxMsLength: 0,
    slow: 0,
    seconds: 0,
  };
  const started = performance.now();
  // Timed with the wall clock (a `process.cpuUsage()` pair per input cost more than many parsers);
  // an input that looks slow is timed again (`threadMsOf`), so other processes on the machine do not count.
  const confirmAbove = Math.min(slowMs / 2, 10);
  for (let index = 0; index < maxInputs && (index % 64 !== 0 || performance.now() < deadline); index++) {
    const input = inputAt(target, options.seed, index);
    const before = performance.now();
    let threw = false;
    try {
      target.run(input);
    } catch (error) {
      threw = true;
      report.uncaught++;
      if (report.failures.length < 5)
        report.failures.push({ index, message: error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 200) : String(error) });
    }
    let ms = performance.now() - before;
    if (ms > confirmAbove && !threw) ms = threadMsOf(() => target.run(input));
    if (ms > report.maxMs) Object.assign(report, { maxMs: ms, maxMsIndex: index, maxMsLength: lengthOf(input) });
    if (ms > slowMs) report.slow++;
    report.inputs++;
  }
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

export function fuzzAll(options: FuzzOptions): FuzzReport[] {
  return TARGETS.filter((target) => !options.only || target.name.includes(options.only)).map((target) => fuzzTarget(target, options));
}

/**
 * Milliseconds this machine takes for a fixed piece of work the size of the largest inputs: copy a
 * 4 MB two-byte line into a buffer of its own and read every character once, best of 5. The 50 ms mark
 * is absolute and machines are not (the same build's 10⁶ redact inputs took 11 s on one machine of
 * this workplace and 22–25 s on another, every slowest input slower with them): printed beside the
 * report, it tells which machine a run's figures came from.
 */
export function machineReferenceMs(): number {
  const line = '\u4e00ab=cd&e:f '.repeat(1 << 18);
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const started = performance.now();
    const copy = [line.slice(0, line.length >> 1), line.slice(line.length >> 1)].join('');
    for (let i = 0; i < copy.length; i++) referenceSum = (referenceSum + copy.charCodeAt(i)) | 0;
    best = Math.min(best, performance.now() - started);
  }
  return best;
}
/** Where the reference's reads go, so the compiler keeps them. */
let referenceSum = 0;

export function formatReport(reports: FuzzReport[], seed: number): string {
  const lines = reports.map((r) => {
    const slowest = `max ${r.maxMs.toFixed(1)} ms (input ${r.maxMsIndex}, ${r.maxMsLength} chars)`;
    const head = `${r.target.padEnd(40)} ${String(r.inputs).padStart(9)} inputs  ${String(r.uncaught).padStart(4)} uncaught  ${slowest}  ${r.slow} over 50 ms  ${r.seconds.toFixed(1)} s`;
    const failures = r.failures.map(
      (f) =>
        `    input ${f.index}: ${f.message}\n      (regenerate: npm run fuzz -- --seed ${seed} --only "${r.target}" --index ${f.index})`,
    );
    return [head, ...failures].join('\n');
  });
  return lines.join('\n');
}
