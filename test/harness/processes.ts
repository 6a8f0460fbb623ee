import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

/**
 * Every process the harness starts runs in its own process group (detached), and is ended with its
 * whole group: when the caller stops it, and also when the test process exits early (a failure, a
 * timeout, Ctrl-C). code-server forks an extension host and file watchers; killing only the parent
 * would leave them running.
 */

const running = new Set<ChildProcess>();

export function spawnGroup(command: string, args: string[], options: SpawnOptions): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

export function killGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
  running.delete(child);
}

/** Ends a group and waits for its leader to exit, escalating to SIGKILL after `graceMs`. */
export async function stopGroup(child: ChildProcess, graceMs = 3000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    killGroup(child, 'SIGKILL'); // children of an exited leader may still run
    return;
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  killGroup(child, 'SIGTERM');
  const timer = setTimeout(() => child.pid !== undefined && killGroupSilently(child.pid), graceMs);
  await exited;
  clearTimeout(timer);
  if (child.pid !== undefined) killGroupSilently(child.pid);
}

function killGroupSilently(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

function killAll(): void {
  for (const child of running) if (child.pid !== undefined) killGroupSilently(child.pid);
  running.clear();
}

process.once('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    killAll();
    process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
  });
}
