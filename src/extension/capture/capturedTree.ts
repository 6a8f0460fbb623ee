import * as vscode from 'vscode';
import type { CapturedItem, CapturedSession, SessionDetails } from '../../core/capture/captureStore';
import { errorLabel, expiryPhrase, tokenFacts, tokenLabel, type TokenFacts } from '../../core/capture/labels';
import type { CapturedErrorFacts } from '../../core/capture/errorFacts';
import { redact } from '../../core/redact';
import { escapeMarkdown, showInvisibles, truncate } from '../../core/render/escape';
import { CommandId } from '../commandIds';
import type { LiveCapture } from './liveCapture';

export type CapturedNode =
  | { type: 'session'; session: CapturedSession }
  | { type: 'item'; item: CapturedItem }
  /** A terminal: the commands run in it that printed something, newest first. */
  | { type: 'terminal'; key: string; name: string };

type ErrorFactsFn = (code: string, family?: string, context?: string) => CapturedErrorFacts;

/**
 * The Captured view: one group per debug session (newest first), its tokens and errors newest first.
 * Labels are worked out when VS Code asks for a row, never on the debug adapter's message path; a
 * token is decoded once, its "expires in" words are redone at each refresh.
 */
export class CapturedTreeProvider implements vscode.TreeDataProvider<CapturedNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<CapturedNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly tokenFactsCache = new WeakMap<CapturedItem, TokenFacts>();
  private readonly errorFactsCache = new WeakMap<CapturedItem, CapturedErrorFacts>();
  private errorFactsFn: ErrorFactsFn | undefined;
  private loadingCatalog: Promise<void> | undefined;

  constructor(
    private readonly capture: LiveCapture,
    private readonly now: () => number = Date.now,
  ) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  getChildren(node?: CapturedNode): CapturedNode[] {
    const { store } = this.capture;
    if (!node) {
      // Debug sessions at the top; a terminal's commands under one row for the terminal, where its newest command would be.
      const rows: CapturedNode[] = [];
      const terminals = new Set<string>();
      for (const session of store.sessions()) {
        const key = session.details?.terminalKey;
        if (key === undefined) rows.push({ type: 'session', session });
        else if (!terminals.has(key)) {
          terminals.add(key);
          rows.push({ type: 'terminal', key, name: session.details?.terminal ?? 'terminal' });
        }
      }
      return rows;
    }
    if (node.type === 'terminal') {
      return store
        .sessions()
        .filter((session) => session.details?.terminalKey === node.key)
        .map((session) => ({ type: 'session', session }));
    }
    if (node.type === 'session') return store.itemsOf(node.session.id).map((item) => ({ type: 'item', item }));
    return [];
  }

  getParent(node: CapturedNode): CapturedNode | undefined {
    if (node.type === 'terminal') return undefined;
    if (node.type === 'session') {
      const details = node.session.details;
      return details?.terminalKey ? { type: 'terminal', key: details.terminalKey, name: details.terminal ?? 'terminal' } : undefined;
    }
    const session = this.capture.store.sessions().find((s) => s.id === node.item.session);
    return session ? { type: 'session', session } : undefined;
  }

  async getTreeItem(node: CapturedNode): Promise<vscode.TreeItem> {
    if (node.type === 'terminal') return this.terminalItem(node);
    if (node.type === 'session') return node.session.details?.terminalKey ? this.commandItem(node.session) : this.sessionItem(node.session);
    if (node.item.kind === 'error') await this.loadCatalog();
    return this.itemRow(node.item);
  }

  /** The label as shown, for tests and the accessibility tree. */
  labelOf(item: CapturedItem): string {
    // Labels are plain text, but a claim's bidi override would still reverse them: made visible.
    if (item.kind === 'token') return showInvisibles(tokenLabel(this.factsOfToken(item), this.now()));
    return showInvisibles(errorLabel(item.value, this.factsOfError(item)));
  }

  dispose(): void {
    this.changed.dispose();
  }

  private sessionItem(session: CapturedSession): vscode.TreeItem {
    const row = new vscode.TreeItem(session.name, vscode.TreeItemCollapsibleState.Expanded);
    row.id = `session:${session.id}`;
    const count = this.capture.store.itemsOf(session.id).length;
    const state = session.endedAt === undefined ? `started ${clock(session.startedAt)}` : `ended ${clock(session.endedAt)}`;
    row.description = `${count} item${count === 1 ? '' : 's'} · ${state}`;
    row.iconPath = new vscode.ThemeIcon(session.endedAt === undefined ? 'debug-alt' : 'debug-disconnect');
    row.contextValue = 'authlens.captured.session';
    return row;
  }

  private terminalItem(node: { key: string; name: string }): vscode.TreeItem {
    const row = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.Expanded);
    row.id = `terminal:${node.key}`;
    const commands = this.capture.store.sessions().filter((session) => session.details?.terminalKey === node.key).length;
    row.description = `terminal · ${commands} command${commands === 1 ? '' : 's'}`;
    row.iconPath = new vscode.ThemeIcon('terminal');
    row.contextValue = 'authlens.captured.terminal';
    return row;
  }

  /** A command run in a terminal: its command line, then how it ended and where it ran. */
  private commandItem(session: CapturedSession): vscode.TreeItem {
    const details = session.details ?? {};
    const row = new vscode.TreeItem(session.name, vscode.TreeItemCollapsibleState.Expanded);
    row.id = `session:${session.id}`;
    const count = this.capture.store.itemsOf(session.id).length;
    row.description = commandDescription(details, count, session.endedAt === undefined);
    const md = [
      `**${details.commandLine ?? session.name}**`,
      details.exitCode !== undefined
        ? `Exit code ${details.exitCode}`
        : session.endedAt === undefined
          ? 'Running'
          : 'Ended (exit code unknown)',
      details.cwd ? `In ${details.cwd}` : undefined,
      `In terminal ${details.terminal ?? ''}, started ${clock(session.startedAt)}`,
    ];
    row.tooltip = markdown(md);
    row.iconPath = new vscode.ThemeIcon(details.exitCode !== undefined && details.exitCode !== 0 ? 'error' : 'terminal-bash');
    row.contextValue = 'authlens.captured.session';
    return row;
  }

  private itemRow(item: CapturedItem): vscode.TreeItem {
    const row = new vscode.TreeItem(this.labelOf(item), vscode.TreeItemCollapsibleState.None);
    row.id = `item:${item.id}`;
    const repeats = item.count > 1 ? ` · ×${item.count}` : '';
    row.description = `${clock(item.lastSeen)} · ${item.source}${repeats}`;
    row.tooltip = item.kind === 'token' ? this.tokenTooltip(item) : this.errorTooltip(item);
    row.iconPath = new vscode.ThemeIcon(
      item.kind === 'token' ? 'key' : 'error',
      item.kind === 'error' ? new vscode.ThemeColor('problemsErrorIcon.foreground') : undefined,
    );
    row.contextValue = `authlens.captured.${item.kind}`;
    row.command = {
      command: CommandId.openCaptured,
      title: item.kind === 'token' ? 'Decode with AuthLens' : 'Explain with AuthLens',
      arguments: [item.id],
    };
    return row;
  }

  private tokenTooltip(item: CapturedItem): vscode.MarkdownString {
    const facts = this.factsOfToken(item);
    const lines = [
      `**${facts.kind}**${facts.provider ? ` · ${facts.provider}` : ''}${facts.alg ? ` · ${facts.alg}` : ''}`,
      expiryPhrase(facts.exp, this.now()) ?? 'no expiry: the token has no exp claim',
      facts.problem ? `Could not decode: ${facts.problem}` : undefined,
      seenLine(item),
      'Click to decode. The token is kept in memory only.',
    ];
    return markdown(lines);
  }

  private errorTooltip(item: CapturedItem): vscode.MarkdownString {
    const facts = this.factsOfError(item);
    const lines = [
      `**${item.value}**${facts?.name && facts.name !== item.value ? ` · ${facts.name}` : ''}`,
      facts?.summary,
      facts?.description ? `Description: ${facts.description}` : undefined,
      facts?.traceId ? `Trace ID: ${facts.traceId}` : undefined,
      facts?.correlationId ? `Correlation ID: ${facts.correlationId}` : undefined,
      facts?.codesOnLine ? `Codes on the line: ${facts.codesOnLine.join(', ')}` : undefined,
      seenLine(item),
      'Click to explain.',
    ];
    return markdown(lines);
  }

  private factsOfToken(item: CapturedItem): TokenFacts {
    let facts = this.tokenFactsCache.get(item);
    if (!facts) {
      facts = tokenFacts(item.value, item.format, this.now());
      this.tokenFactsCache.set(item, facts);
    }
    return facts;
  }

  private factsOfError(item: CapturedItem): CapturedErrorFacts | undefined {
    if (!this.errorFactsFn) return undefined;
    let facts = this.errorFactsCache.get(item);
    if (!facts) {
      facts = this.errorFactsFn(item.value, item.family, item.context);
      this.errorFactsCache.set(item, facts);
    }
    return facts;
  }

  /** The catalog is a few hundred kilobytes: loaded the first time an error is shown, not at activation. */
  loadCatalog(): Promise<void> {
    this.loadingCatalog ??= import('../../core/capture/errorFacts')
      .then((module) => {
        this.errorFactsFn = module.capturedErrorFacts;
      })
      .catch(() => undefined);
    return this.loadingCatalog;
  }
}

/** "exit 1 · ~/orders · 2 items": what the row says after the command line. */
export function commandDescription(details: SessionDetails, count: number, running: boolean): string {
  const state = details.exitCode !== undefined ? `exit ${details.exitCode}` : running ? 'running' : 'ended';
  return [state, details.cwd, `${count} item${count === 1 ? '' : 's'}`].filter(Boolean).join(' · ');
}

function seenLine(item: CapturedItem): string {
  const times = item.count > 1 ? `, ${item.count} times (first at ${clock(item.firstSeen)})` : '';
  return `Seen on ${item.source} at ${clock(item.lastSeen)}${times}`;
}

function markdown(lines: (string | undefined)[]): vscode.MarkdownString {
  // Values come from the program's output: escape them and trust no command links.
  const text = lines
    .filter((line): line is string => Boolean(line))
    .map((line) => escapeMarkdownKeepingBold(redact(line)))
    .join('\n\n');
  const md = new vscode.MarkdownString(text);
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}

/** Escapes markdown in a line while keeping our own leading `**…**`. */
function escapeMarkdownKeepingBold(line: string): string {
  const escape = (s: string) => escapeMarkdown(truncate(s, 400));
  // `**bold**rest`: indexOf, not a regex (`^\*\*(.+?)\*\*(.*)$` backtracks on long runs of `*`).
  const close = line.startsWith('**') ? line.indexOf('**', 3) : -1;
  return close !== -1 ? `**${escape(line.slice(2, close))}**${escape(line.slice(close + 2))}` : escape(line);
}

function clock(epochMs: number): string {
  const date = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}
