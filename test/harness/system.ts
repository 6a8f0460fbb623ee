import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Debian packages that npm cannot install (Chromium, the compilers code-server's native modules need).
 * As root on Debian they are installed here, once, with a line saying so; anywhere else the error
 * names the one command to run.
 */

function missingPackages(names: readonly string[]): string[] {
  return names.filter((name) => {
    const query = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return query.status !== 0 || !query.stdout.includes('install ok installed');
  });
}

export function installCommand(names: readonly string[]): string {
  return `sudo apt-get install -y --no-install-recommends ${names.join(' ')}`;
}

function canInstall(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && existsSync('/usr/bin/dpkg-query');
}

/** Makes sure the named Debian packages are installed; `why` says what needs them. */
export function ensureDebianPackages(names: readonly string[], why: string): void {
  if (!existsSync('/usr/bin/dpkg-query')) return; // not Debian: the tool's own error will say what is missing
  const missing = missingPackages(names);
  if (missing.length === 0) return;
  if (!canInstall()) {
    throw new Error(`${why}: missing Debian packages ${missing.join(', ')}. Install them with:\n  ${installCommand(missing)}`);
  }
  console.log(`[setup] ${why}: installing Debian packages ${missing.join(', ')} with apt-get (once)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args: string[]) => spawnSync('apt-get', args, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  let result = run(['install', '-y', '-qq', '--no-install-recommends', ...missing]);
  if (result.status !== 0) {
    // A fresh machine has no package lists yet.
    const update = run(['update', '-qq']);
    if (update.status !== 0) throw new Error(`apt-get update failed:\n${update.stderr.trim()}`);
    result = run(['install', '-y', '-qq', '--no-install-recommends', ...missing]);
  }
  if (result.status !== 0) {
    throw new Error(`apt-get install ${missing.join(' ')} failed:\n${result.stderr.trim().split('\n').slice(-10).join('\n')}`);
  }
  console.log(`[setup] installed ${missing.join(', ')}`);
}
