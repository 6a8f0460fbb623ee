import * as vscode from 'vscode';
import { CaptureStore, type CapturedItem, type SessionDetails } from '../../core/capture/captureStore';
import { createOutputBatcher } from '../../core/capture/outputBatcher';
import { mergeByLine } from '../../core/capture/mergeByLine';
import { createStreamScanner, denseOutputNote, type StreamFinding } from '../../core/capture/streamScanner';
import type { Log } from '../log';
import type { DebugOutputSink } from './debugOutputTracker';

/** After this long without output, a stream's unfinished line is scanned as it is. */
const QUIET_FLUSH_MS = 400;
/** The view and the badge are refreshed at most this often while output pours in. */
const REFRESH_MS = 150;

/** Where a stream's items are listed: a debug session (the top-level one), or a command run in a terminal. */
export interface CaptureGroup {
  id: string;
  name: string;
  details?: SessionDetails;
}

export interface LiveCaptureSettings {
  enabled: boolean;
  /** Also scan commands run in terminals with shell integration. */
  terminals: boolean;
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
  /** Output waits here for a moment so the adapter's message path only queues it. */
  private readonly batcher = createOutputBatcher(this.scanner);
  private drainScheduled = false;
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
  private readonly groups = new Map<string, CaptureGroup>();
  private readonly sessionsWithError = new Set<string>();
  /** Capped scans already announced (a refresh brings the view's note even when a capped scan found nothing). */
  private cappedScansSeen = 0;
  /** Capped scans before the last Clear: the note is about what is listed now. */
  private cappedScansCleared = 0;

  constructor(
    private settings: LiveCaptureSettings,
    private readonly log: Log,
    now: () => number = Date.now,
  ) {
    this.store = new CaptureStore({ maxItems: settings.maxItems, now });
  }

  get isPaused(): boolean {
    return this.paused;
  }

  /** What the view says when some output was too dense to scan whole (scans that ran out of their budget), else undefined. */
  get denseNote(): string | undefined {
    return denseOutputNote(this.scanner.stats().cappedScans - this.cappedScansCleared);
  }

  get isEnabled(): boolean {
    return this.settings.enabled;
  }

  /** Terminal commands are captured too (`authlens.capture.terminals`, under `authlens.capture.enabled`). */
  get terminalsEnabled(): boolean {
    return this.settings.enabled && this.settings.terminals;
  }

  setPaused(paused: boolean): void {
    this.paused = paused;
    if (paused) this.batcher.discard();
  }

  updateSettings(settings: LiveCaptureSettings): void {
    this.settings = settings;
    const before = this.store.size;
    this.store.setMaxItems(settings.maxItems);
    if (this.store.size !== before) this.scheduleRefresh();
  }

  /** Hot path: called for each output event. Only queues the text; the scan runs right after, off this path. */
  output(session: vscode.DebugSession, category: string, text: string): void {
    if (this.paused || !this.settings.enabled) return;
    if (!this.groups.has(session.id)) this.groupOf(session);
    const full = this.batcher.push(`${session.id}/${category}`, text);
    if (full) this.drain();
    else if (!this.drainScheduled) {
      this.drainScheduled = true;
      setImmediate(() => this.drain());
    }
  }

  /** Scans what the batcher queued and records the findings. */
  drain(): void {
    this.drainScheduled = false;
    if (this.batcher.pendingChars === 0) return;
    const now = performance.now();
    const found = this.batcher.drain((stream) => this.lastFed.set(stream, now));
    this.flushTimer ??= setTimeout(() => this.flushQuietStreams(), QUIET_FLUSH_MS);
    this.recordByStream(found);
    this.refreshIfCapped();
  }

  /**
   * Output of something that is not a debug session (a terminal command): `id` names the stream's
   * session, `group` is where its items are listed, `source` what the item says it was seen on.
   * The same queue and scanner as debug output, so it is just as cheap for the caller.
   */
  streamOutput(id: string, group: CaptureGroup, source: string, text: string): void {
    if (this.paused || !this.settings.enabled) return;
    if (!this.groups.has(id)) {
      this.groups.set(id, group);
      this.store.openSession(group.id, group.name, group.details);
    }
    const full = this.batcher.push(`${id}/${source}`, text);
    if (full) this.drain();
    else if (!this.drainScheduled) {
      this.drainScheduled = true;
      setImmediate(() => this.drain());
    }
  }

  /** The stream `id` ended (the command finished): its last line is scanned, its session closed with `details`. */
  streamEnded(id: string, details?: CaptureGroup['details']): void {
    const group = this.groups.get(id);
    if (!group) return;
    this.drain();
    const found = this.scanner.endAll(`${id}/`);
    if (found.length > 0 && !this.paused && this.settings.enabled) this.record(group, found);
    for (const key of [...this.lastFed.keys()]) if (key.startsWith(`${id}/`)) this.lastFed.delete(key);
    this.groups.delete(id);
    if (details) this.store.updateSession(group.id, details);
    this.store.endSession(group.id);
    this.sessionsWithError.delete(group.id);
    this.scheduleRefresh();
  }

  /** Called when a debug session starts, so groups are ordered by start. */
  sessionStarted(session: vscode.DebugSession): void {
    const group = this.groupOf(session);
    this.store.openSession(group.id, group.name);
  }

  sessionEnded(session: vscode.DebugSession): void {
    this.drain();
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
    this.log.info(
      `capture: session ended; holding ${counts.tokens} token(s) and ${counts.errors} error(s) in ${counts.sessions} session(s)`,
    );
  }

  clear(): void {
    this.store.clear();
    this.cappedScansCleared = this.scanner.stats().cappedScans;
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

  private record(group: CaptureGroup, found: StreamFinding[]): void {
    this.store.openSession(group.id, group.name, group.details);
    let firstError: CapturedItem | undefined;
    for (const { stream, finding, context, codes } of mergeByLine(found)) {
      const source = stream.slice(stream.lastIndexOf('/') + 1);
      const { item, isNew } = this.store.add(group.id, source, finding, context, codes);
      if (isNew && item.kind === 'error' && (!firstError || moreSpecific(item, firstError))) firstError = item;
    }
    if (firstError && !this.sessionsWithError.has(group.id)) {
      this.sessionsWithError.add(group.id);
      const event = { item: firstError, sessionName: group.name };
      setTimeout(() => this.newErrors.fire(event), 0);
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
      if (!this.paused && this.settings.enabled) this.recordByStream(this.scanner.flush(key));
    }
    this.refreshIfCapped();
    if (this.lastFed.size > 0) this.flushTimer = setTimeout(() => this.flushQuietStreams(), QUIET_FLUSH_MS);
  }

  /** Findings from several streams: each goes to its session's group. */
  private recordByStream(found: StreamFinding[]): void {
    if (found.length === 0) return;
    const bySession = new Map<string, StreamFinding[]>();
    for (const finding of found) {
      const sessionId = finding.stream.slice(0, finding.stream.lastIndexOf('/'));
      const list = bySession.get(sessionId);
      if (list) list.push(finding);
      else bySession.set(sessionId, [finding]);
    }
    for (const [sessionId, list] of bySession) {
      const group = this.groups.get(sessionId);
      if (group) this.record(group, list);
    }
  }

  private refreshIfCapped(): void {
    const capped = this.scanner.stats().cappedScans;
    if (capped === this.cappedScansSeen) return;
    this.cappedScansSeen = capped;
    this.scheduleRefresh();
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

/**
 * `ServerError: invalid_grant: AADSTS700082: …` names one error twice; the provider's own code says
 * more than the generic protocol word, so it is the one to announce.
 */
function moreSpecific(candidate: CapturedItem, current: CapturedItem): boolean {
  const generic = (item: CapturedItem) => item.family === 'oauth' || item.family === 'msal';
  return generic(current) && !generic(candidate);
}
