import * as vscode from 'vscode';
import { CaptureStore, type CapturedItem } from '../../core/capture/captureStore';
import { createStreamScanner, type StreamFinding } from '../../core/capture/streamScanner';
import type { Log } from '../log';
import type { DebugOutputSink } from './debugOutputTracker';

/** After this long without output, a stream's unfinished line is scanned as it is. */
const QUIET_FLUSH_MS = 400;
/** The view and the badge are refreshed at most this often while output pours in. */
const REFRESH_MS = 150;

export interface LiveCaptureSettings {
  enabled: boolean;
  maxItems: number;
  clearOnSessionEnd: boolean;
  notifyOnError: boolean;
}

/**
 * Live capture's state: the stream scanner, the bounded store, pause, and what happens when a debug
 * session ends. The debug adapter tracker calls `output` on the hot path; everything heavier (the
 * view refresh, notifications, log counts) runs later on a timer.
 */
export class LiveCapture implements DebugOutputSink, vscode.Disposable {
  readonly store: CaptureStore;
  private readonly scanner = createStreamScanner();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires (debounced) when items were added or removed. */
  readonly onDidChange = this.changed.event;
  private readonly newErrors = new vscode.EventEmitter<{ item: CapturedItem; sessionName: string }>();
  /** The first new auth error of each session, for the optional notification. */
  readonly onFirstErrorInSession = this.newErrors.event;
  private paused = false;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  /** Streams with output since their last flush → when they were last fed. */
  private readonly lastFed = new Map<string, number>();
  /** Debug session id → the id and name its items are grouped under (the top-level session). */
  private readonly groups = new Map<string, { id: string; name: string }>();
  private readonly sessionsWithError = new Set<string>();

  constructor(private settings: LiveCaptureSettings, private readonly log: Log, now: () => number = Date.now) {
    this.store = new CaptureStore({ maxItems: settings.maxItems, now });
  }

  get isPaused(): boolean {
    return this.paused;
  }

  get isEnabled(): boolean {
    return this.settings.enabled;
  }

  setPaused(paused: boolean): void {
    this.paused = paused;
  }

  updateSettings(settings: LiveCaptureSettings): void {
    this.settings = settings;
    const before = this.store.size;
    this.store.setMaxItems(settings.maxItems);
    if (this.store.size !== before) this.scheduleRefresh();
  }

  /** Hot path: called for each output event. Feeding is an indexOf precheck unless the piece may hold something. */
  output(session: vscode.DebugSession, category: string, text: string): void {
    if (this.paused || !this.settings.enabled) return;
    const stream = `${session.id}/${category}`;
    const found = this.scanner.feed(stream, text);
    this.lastFed.set(stream, performance.now());
    this.flushTimer ??= setTimeout(() => this.flushQuietStreams(), QUIET_FLUSH_MS);
    if (found.length > 0) this.record(this.groupOf(session), found);
  }

  /** Called when a debug session starts, so groups are ordered by start. */
  sessionStarted(session: vscode.DebugSession): void {
    const group = this.groupOf(session);
    this.store.openSession(group.id, group.name);
  }

  sessionEnded(session: vscode.DebugSession): void {
    const found = this.scanner.endAll(`${session.id}/`);
    const group = this.groupOf(session);
    if (found.length > 0 && !this.paused && this.settings.enabled) this.record(group, found);
    for (const key of [...this.lastFed.keys()]) if (key.startsWith(`${session.id}/`)) this.lastFed.delete(key);
    this.groups.delete(session.id);
    if (group.id !== session.id) return; // a child session ends before its parent: the group lives on
    this.store.endSession(group.id);
    this.sessionsWithError.delete(group.id);
    if (this.settings.clearOnSessionEnd) this.store.clearSession(group.id);
    this.scheduleRefresh();
    const counts = this.store.counts();
    this.log.info(`capture: session ended; holding ${counts.tokens} token(s) and ${counts.errors} error(s) in ${counts.sessions} session(s)`);
  }

  clear(): void {
    this.store.clear();
    this.sessionsWithError.clear();
    this.scheduleRefresh(0);
    this.log.info('capture: cleared');
  }

  /** Items of every session, newest session first, newest item first. */
  snapshot(): CapturedItem[] {
    return this.store.sessions().flatMap((session) => this.store.itemsOf(session.id));
  }

  dispose(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.changed.dispose();
    this.newErrors.dispose();
    this.store.clear();
  }

  private record(group: { id: string; name: string }, found: StreamFinding[]): void {
    this.store.openSession(group.id, group.name);
    for (const { stream, finding, context } of found) {
      const source = stream.slice(stream.lastIndexOf('/') + 1);
      const { item, isNew } = this.store.add(group.id, source, finding, context);
      if (isNew && item.kind === 'error' && !this.sessionsWithError.has(group.id)) {
        this.sessionsWithError.add(group.id);
        const sessionName = group.name;
        // Off the adapter's message path.
        setTimeout(() => this.newErrors.fire({ item, sessionName }), 0);
      }
    }
    this.scheduleRefresh();
  }

  /** Scans the unfinished lines of streams that went quiet; checks again later for the others. */
  private flushQuietStreams(): void {
    this.flushTimer = undefined;
    const now = performance.now();
    for (const [key, fedAt] of this.lastFed) {
      if (now - fedAt < QUIET_FLUSH_MS) continue;
      this.lastFed.delete(key);
      const found = this.scanner.flush(key);
      const group = this.groups.get(key.slice(0, key.lastIndexOf('/')));
      if (found.length > 0 && group && !this.paused && this.settings.enabled) this.record(group, found);
    }
    if (this.lastFed.size > 0) this.flushTimer = setTimeout(() => this.flushQuietStreams(), QUIET_FLUSH_MS);
  }

  private scheduleRefresh(delay = REFRESH_MS): void {
    if (this.refreshTimer) {
      if (delay > 0) return;
      clearTimeout(this.refreshTimer);
    }
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      this.changed.fire();
    }, delay);
  }

  /** Items of a multi-process debug session (js-debug's child sessions) are grouped under the top-level session. */
  private groupOf(session: vscode.DebugSession): { id: string; name: string } {
    const known = this.groups.get(session.id);
    if (known) return known;
    let root = session;
    for (let depth = 0; root.parentSession && depth < 16; depth++) root = root.parentSession;
    const group = { id: root.id, name: root.name };
    this.groups.set(session.id, group);
    return group;
  }
}
