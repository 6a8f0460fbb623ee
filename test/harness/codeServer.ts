import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { ensureCodeServerTools, type CodeServerTools } from './install';
import { repoRoot } from './paths';
import { spawnGroup, stopGroup } from './processes';
import { waitFor } from './waitFor';

export interface CodeServerOptions {
  /** Folder opened in the workbench. */
  workspace: string;
  /** Install the extension by a symlink into the extensions folder (a normal, non-test window). */
  installExtension?: boolean;
  /** Let the workbench honour an extension-tests payload (the extension-host integration suite). */
  smokeTestDriver?: boolean;
  /** Extra user settings. */
  settings?: Record<string, unknown>;
  /** Fixed port; 0 (default) lets the server pick a free one. */
  port?: number;
  /** Keep the run folder after stop (for `npm start`). */
  keep?: boolean;
  /**
   * Workspace trust on, the folder left untrusted (Restricted Mode), as when a user opens a colleague's
   * logs or a downloaded repository. Off by default: the other tests run in a trusted window.
   */
  restricted?: boolean;
  /** code-server's port proxy on, so that `asExternalUri` maps loopback ports as in a remote window. */
  portProxy?: boolean;
  /** Where code-server's output goes; defaults to a log file in the run folder. */
  log?: (line: string) => void;
}

export interface CodeServer {
  url: string;
  port: number;
  /** The isolated HOME/TMPDIR/user-data/extensions root of this run. */
  runDir: string;
  tools: CodeServerTools;
  /** The text of an extension's log channel (`createOutputChannel(name, { log: true })`), '' until it exists. */
  extensionLog(extensionId: string, channel: string): string;
  stop(): Promise<void>;
}

const QUIET_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'editor.hover.delay': 200,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'window.commandCenter': false,
  // samples/ sits inside this repository: don't offer to open the parent repository.
  'git.openRepositoryInParentFolders': 'never',
};

/** Starts an isolated code-server on 127.0.0.1 and resolves once it answers its health check. */
export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const tools = ensureCodeServerTools();
  // Short paths: the VS Code server puts unix sockets under TMPDIR, and socket paths are limited to ~100 bytes.
  const runDir = mkdtempSync(join(tmpdir(), 'al-'));
  const dirs = { home: join(runDir, 'h'), tmp: join(runDir, 't'), userData: join(runDir, 'ud'), ext: join(runDir, 'ext') };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  const trust = options.restricted
    ? {
        'security.workspace.trust.enabled': true,
        'security.workspace.trust.startupPrompt': 'never',
        'security.workspace.trust.banner': 'always',
      }
    : {};
  writeFileSync(
    join(dirs.userData, 'User', 'settings.json'),
    JSON.stringify({ ...QUIET_SETTINGS, ...trust, ...options.settings }, null, 2),
  );
  writeFileSync(join(runDir, 'config.yaml'), 'auth: none\ncert: false\n');
  if (options.installExtension) {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    symlinkSync(repoRoot, join(dirs.ext, `${pkg.publisher}.${pkg.name}-${pkg.version}`));
  }

  const args = [
    tools.codeServerEntry,
    '--config',
    join(runDir, 'config.yaml'),
    '--bind-addr',
    `127.0.0.1:${options.port ?? 0}`,
    '--auth',
    'none',
    '--user-data-dir',
    dirs.userData,
    '--extensions-dir',
    dirs.ext,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    ...(options.restricted ? [] : ['--disable-workspace-trust']),
    '--ignore-last-opened',
    ...(options.smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    options.workspace,
  ];
  const logFile = join(runDir, 'code-server.log');
  const write = options.log ?? ((line: string) => writeFileSync(logFile, `${line}\n`, { flag: 'a' }));
  // With its port proxy on, code-server maps every loopback URL the workbench opens or resolves to
  // `/proxy/<port>/` (`asExternalUri`, and `openExternal` too): right for a browser on another machine, but
  // the local demo provider's pages then break (their absolute paths leave the proxy). Off unless asked.
  const { VSCODE_PROXY_URI: _outerProxy, ...outerEnv } = process.env;
  const proxy = options.portProxy ? {} : { VSCODE_PROXY_URI: '' };
  const child = spawnGroup(tools.node24, args, {
    env: { ...outerEnv, ...proxy, HOME: dirs.home, TMPDIR: dirs.tmp, EXTENSIONS_GALLERY: '{}' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not start within 60 s; see ${logFile}`)), 60_000);
    const onData = (data: Buffer) => {
      for (const line of data.toString().split('\n').filter(Boolean)) {
        write(line);
        const match = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(line);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited with ${code}; see ${logFile}`));
    });
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child);

  return {
    url,
    port,
    runDir,
    tools,
    extensionLog(extensionId, channel) {
      // <user-data>/logs/<session>/exthost<N>/<publisher.name>/<channel>.log
      const logs = join(dirs.userData, 'logs');
      if (!existsSync(logs)) return '';
      return readdirSync(logs)
        .flatMap((session) =>
          readdirSync(join(logs, session))
            .filter((host) => host.startsWith('exthost'))
            .map((host) => join(logs, session, host, extensionId, `${channel}.log`)),
        )
        .filter((file) => existsSync(file))
        .map((file) => readFileSync(file, 'utf8'))
        .join('\n');
    },
    async stop() {
      await stopGroup(child);
      if (!options.keep) rmSync(runDir, { recursive: true, force: true });
    },
  };
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  const outcome = await waitFor(
    async () => {
      if (child.exitCode !== null) return 'exited';
      return (await fetch(`${url}/healthz`).catch(() => undefined))?.ok && 'healthy';
    },
    { timeout: 30_000, interval: 100, what: `code-server at ${url} to answer /healthz` },
  );
  if (outcome === 'exited') throw new Error('code-server exited during startup');
}
