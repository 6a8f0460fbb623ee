import * as vscode from 'vscode';
import { createAnsiStripper } from '../../core/capture/ansiStripper';
import { redact } from '../../core/redact';
import type { Log } from '../log';
import type { LiveCapture } from './liveCapture';

/** How long a new terminal may take to report shell integration before the view says it is not active. */
const SHELL_INTEGRATION_GRACE_MS = 10_000;
/** How long the end of a command waits for its output stream to finish. */
const READ_END_GRACE_MS = 5_000;
/** Longest command line kept for the view. */
const MAX_COMMAND_LINE = 200;

export interface TerminalCaptureOptions {
  /** Whether terminal capture is on now (`authlens.capture.enabled` and `authlens.capture.terminals`). */
  enabled(): boolean;
  /** Says (once) that a terminal has no shell integration, so its commands are not captured; `undefined` clears it. */
  notice(message: string | undefined): void;
}

/**
 * Terminal capture: every command run in an integrated terminal with shell integration is read
 * through the stable `TerminalShellExecution.read()` stream (VS Code 1.93+), its escape sequences
 * stripped (a colour change or a piece boundary never cuts a token in two), and fed to live capture
 * like debug output: queued on the hot path, scanned right after. Each command is its own group in
 * the Captured view, under its terminal, with its command line, working folder and exit code.
 */
export function registerTerminalCapture(capture: LiveCapture, log: Log, options: TerminalCaptureOptions): vscode.Disposable {
  const window = vscode.window as Partial<typeof vscode.window>;
  if (typeof window.onDidStartTerminalShellExecution !== 'function') return new vscode.Disposable(() => undefined);
  let counter = 0;
  const streamOf = new WeakMap<vscode.TerminalShellExecution, { id: string; reading: Promise<void> }>();
  const terminalIds = new WeakMap<vscode.Terminal, number>();
  const withoutIntegration = new Set<vscode.Terminal>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let noticeGiven = false;

  const terminalId = (terminal: vscode.Terminal) => {
    let id = terminalIds.get(terminal);
    if (id === undefined) {
      id = ++counter;
      terminalIds.set(terminal, id);
    }
    return id;
  };

  const showNotice = () => {
    const first = [...withoutIntegration][0];
    if (!first || !options.enabled()) {
      options.notice(undefined);
      return;
    }
    options.notice(
      `Shell integration is not active in terminal "${truncate(first.name, 60)}": commands run there are not captured (tokens and codes are still links).`,
    );
    if (!noticeGiven) log.info('capture: a terminal without shell integration; its output is not captured');
    noticeGiven = true;
  };

  /** Gives a new terminal a moment to start its shell integration; says so once if it never does. */
  const watch = (terminal: vscode.Terminal) => {
    if (terminal.shellIntegration || noticeGiven) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (terminal.shellIntegration || terminal.exitStatus !== undefined || noticeGiven) return;
      withoutIntegration.add(terminal);
      showNotice();
    }, SHELL_INTEGRATION_GRACE_MS);
    timers.add(timer);
  };

  const read = async (id: string, terminal: vscode.Terminal, execution: vscode.TerminalShellExecution) => {
    // The command line may hold a token (`curl -H "Authorization: Bearer …"`): the view shows it masked.
    const commandLine = truncate(redact(execution.commandLine.value.trim()), MAX_COMMAND_LINE);
    const cwd = (execution.cwd ?? terminal.shellIntegration?.cwd)?.fsPath;
    const group = {
      id,
      name: commandLine || '(command)',
      details: { terminal: terminal.name, terminalKey: `terminal:${terminalId(terminal)}`, commandLine, ...(cwd ? { cwd } : {}) },
    };
    const stripper = createAnsiStripper();
    try {
      for await (const data of execution.read()) {
        if (!options.enabled()) continue; // keep draining the stream, but capture nothing
        const text = stripper.strip(data);
        if (text.length > 0) capture.streamOutput(id, group, terminal.name, text);
      }
    } catch {
      // The terminal went away mid-command: what was read is kept.
    }
  };

  const disposables = [
    vscode.window.onDidStartTerminalShellExecution(({ terminal, execution }) => {
      if (!options.enabled()) return;
      const id = `terminal:${terminalId(terminal)}:${++counter}`;
      streamOf.set(execution, { id, reading: read(id, terminal, execution) });
    }),
    vscode.window.onDidEndTerminalShellExecution(({ execution, exitCode, shellIntegration }) => {
      const stream = streamOf.get(execution);
      if (stream === undefined) return;
      // The read stream may still hold the last pieces: end the group once they are in (or after a while).
      // The folder may be known only now (the shell reports it with its prompt).
      const cwd = (execution.cwd ?? shellIntegration.cwd)?.fsPath;
      const details = { ...(exitCode === undefined ? {} : { exitCode }), ...(cwd ? { cwd } : {}) };
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, READ_END_GRACE_MS);
      });
      void Promise.race([stream.reading, late]).then(() => {
        if (timer) clearTimeout(timer);
        capture.streamEnded(stream.id, details);
      });
    }),
    vscode.window.onDidChangeTerminalShellIntegration(({ terminal }) => {
      if (withoutIntegration.delete(terminal)) showNotice();
    }),
    vscode.window.onDidOpenTerminal(watch),
    vscode.window.onDidCloseTerminal((terminal) => {
      if (withoutIntegration.delete(terminal)) showNotice();
    }),
  ];
  for (const terminal of vscode.window.terminals) watch(terminal);

  return new vscode.Disposable(() => {
    for (const timer of timers) clearTimeout(timer);
    for (const disposable of disposables) disposable.dispose();
  });
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
