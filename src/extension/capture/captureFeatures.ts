import * as vscode from 'vscode';
import type { CapturedItem } from '../../core/capture/captureStore';
import { mask, redact } from '../../core/redact';
import { CommandId, ViewId } from '../commandIds';
import type { Log } from '../log';
import { affectsSetting, readCaptureSettings } from '../settings';
import { CapturedTreeProvider, type CapturedNode } from './capturedTree';
import { createOutputTracker } from './debugOutputTracker';
import { LiveCapture } from './liveCapture';
import { registerTerminalCapture } from './terminalCapture';
import { createTerminalLinkProvider } from './terminalLinks';

/** What the Captured view shows, as plain data. Tokens appear masked: the extension API is readable by other extensions. */
export interface CapturedSummary {
  session: string;
  kind: 'token' | 'error';
  /** The label as shown in the view. */
  label: string;
  /** Error code in full; a token masked to its first characters. */
  value: string;
  source: string;
  count: number;
  /** For a command run in a terminal: the terminal, the command line (tokens masked), its folder and exit code. */
  terminal?: string;
  commandLine?: string;
  cwd?: string;
  exitCode?: number;
  /** The item's line of output as kept for the explanation (errors), tokens masked. */
  context?: string;
  /** Every code on that line, when there were several (`invalid_grant`, `AADSTS700082`). */
  codes?: string[];
}

export interface CaptureApi {
  /** The Captured view's rows, newest session first, newest item first. */
  captured(): Promise<CapturedSummary[]>;
  /** The message the Captured view shows above its rows (capture off, paused, a terminal without shell integration). */
  notice(): string | undefined;
}

const PAUSED_CONTEXT_KEY = 'authlens.capturePaused';

/**
 * Live capture: a debug adapter tracker for every session, and every command run in a terminal with
 * shell integration, feed the stream scanner; findings land in the Captured view (in memory only).
 * Terminal lines also get decode/explain links.
 */
export function registerCapture(context: vscode.ExtensionContext, log: Log): CaptureApi {
  const capture = new LiveCapture(readCaptureSettings(), log);
  const tree = new CapturedTreeProvider(capture);
  const view = vscode.window.createTreeView<CapturedNode>(ViewId.captured, { treeDataProvider: tree, showCollapseAll: true });

  let terminalNotice: string | undefined;
  const showState = () => {
    const notes = [terminalNotice, capture.denseNote].filter(Boolean).join(' ');
    view.message = !capture.isEnabled
      ? 'Capture is off (setting authlens.capture.enabled).'
      : capture.isPaused
        ? 'Capture is paused.'
        : notes || undefined;
  };
  const setPaused = async (paused: boolean) => {
    capture.setPaused(paused);
    await vscode.commands.executeCommand('setContext', PAUSED_CONTEXT_KEY, paused);
    showState();
    log.info(`capture: ${paused ? 'paused' : 'resumed'}`);
  };

  const open = async (target: unknown) => {
    const item = itemFrom(target, capture);
    if (!item) return;
    if (item.kind === 'token') await vscode.commands.executeCommand(CommandId.decodeToken, item.value);
    // The whole line (or response) it was printed in: its trace id, description and every code, not the bare code.
    else await vscode.commands.executeCommand(CommandId.explainError, explainArgument(item));
  };

  let lastLogged = '';
  capture.onDidChange(() => {
    tree.refresh();
    showState(); // a scan may have run out of its budget: the view says so
    const { items, tokens, errors } = capture.store.counts();
    view.badge =
      items > 0
        ? {
            value: items,
            tooltip: `${items} captured (${tokens} token${tokens === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'})`,
          }
        : undefined;
    const counts = `${tokens}/${errors}`;
    if (counts !== lastLogged) log.debug(`capture: holding ${tokens} token(s) and ${errors} error(s)`);
    lastLogged = counts;
  });

  capture.onFirstErrorInSession(async ({ item, sessionName }) => {
    if (!readCaptureSettings().notifyOnError) return;
    await tree.loadCatalog();
    const choice = await vscode.window.showWarningMessage(
      `AuthLens: ${tree.labelOf(item)} in "${sessionName}"`,
      'Explain',
      'Show Captured',
    );
    if (choice === 'Explain') await open(item.id);
    else if (choice === 'Show Captured') await vscode.commands.executeCommand(`${ViewId.captured}.focus`);
  });

  context.subscriptions.push(
    capture,
    tree,
    view,
    vscode.debug.registerDebugAdapterTrackerFactory('*', {
      createDebugAdapterTracker(session) {
        if (!capture.isEnabled) return undefined; // no tracker at all: zero cost when capture is off
        capture.sessionStarted(session);
        return createOutputTracker(session, capture);
      },
    }),
    vscode.debug.onDidTerminateDebugSession((session) => capture.sessionEnded(session)),
    vscode.window.registerTerminalLinkProvider(createTerminalLinkProvider()),
    registerTerminalCapture(capture, log, {
      enabled: () => capture.terminalsEnabled && !capture.isPaused,
      notice: (message) => {
        terminalNotice = message;
        showState();
      },
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!affectsSetting(event, 'capture')) return;
      capture.updateSettings(readCaptureSettings());
      showState();
    }),
    vscode.commands.registerCommand(CommandId.clearCaptured, () => capture.clear()),
    vscode.commands.registerCommand(CommandId.pauseCapture, () => setPaused(true)),
    vscode.commands.registerCommand(CommandId.resumeCapture, () => setPaused(false)),
    vscode.commands.registerCommand(CommandId.openCaptured, open),
  );
  void vscode.commands.executeCommand('setContext', PAUSED_CONTEXT_KEY, false);
  showState();

  return {
    notice: () => view.message,
    captured: async () => {
      await tree.loadCatalog();
      const sessions = capture.store.sessions();
      return capture.snapshot().map((item) => {
        const session = sessions.find((s) => s.id === item.session);
        const details = session?.details;
        return {
          session: session?.name ?? item.session,
          kind: item.kind,
          label: tree.labelOf(item),
          value: item.kind === 'token' ? mask(item.value) : item.value,
          source: item.source,
          count: item.count,
          ...(details?.terminal !== undefined ? { terminal: details.terminal } : {}),
          ...(details?.commandLine !== undefined ? { commandLine: details.commandLine } : {}),
          ...(details?.cwd !== undefined ? { cwd: details.cwd } : {}),
          ...(details?.exitCode !== undefined ? { exitCode: details.exitCode } : {}),
          ...(item.context !== undefined ? { context: redact(item.context) } : {}),
          ...(item.codes !== undefined ? { codes: [...item.codes] } : {}),
        };
      });
    },
  };
}

/** What Explain gets for a captured error: its line, said to come from where it was printed. */
export function explainArgument(item: CapturedItem): { text: string; from: string } | string {
  if (!item.context || !item.context.includes(item.value)) return item.value;
  return { text: item.context, from: `the line captured from ${item.source}` };
}

/** `openCaptured` is called with an item id (a click) or a tree node (a context menu). */
function itemFrom(target: unknown, capture: LiveCapture): CapturedItem | undefined {
  if (typeof target === 'number') return capture.store.get(target);
  const node = target as CapturedNode | undefined;
  if (node && node.type === 'item') return capture.store.get(node.item.id);
  return undefined;
}
