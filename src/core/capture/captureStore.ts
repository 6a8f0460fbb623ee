/**
 * What live capture has found, in memory only: a bounded list of items grouped by session.
 *
 * - The same token or code seen again in the same session is one item with a count, not a new item.
 * - At most `maxItems` items; when full, the oldest item goes first.
 * - Sessions are listed newest first, items in a session newest first.
 *
 * Holds token strings, so it must never be serialised to disk or to the log; `counts()` is what may be logged.
 */
import type { TokenFormat } from '../scan/findings';
import type { StreamMatch } from './streamScanner';
import { detached } from '../text/detach';

export type CapturedKind = 'token' | 'error';

export interface CapturedItem {
  readonly id: number;
  readonly session: string;
  readonly kind: CapturedKind;
  /** The token, or the error code as written (`AADSTS700082`, `invalid_grant`). */
  readonly value: string;
  /** Error family from the recogniser (`entra`, `oauth`, `okta`, …). */
  readonly family?: string;
  readonly format?: TokenFormat;
  /** Where it was printed: `stdout`, `stderr`, `console`, a terminal's name. */
  readonly source: string;
  /** For errors: the line it was on (bounded), so the whole response can be explained. */
  readonly context?: string;
  /** For errors: every code on that line (or response), in order, when there are several; `value` is the one to show. */
  readonly codes?: readonly string[];
  readonly firstSeen: number;
  lastSeen: number;
  /** How many times it was printed in this session. */
  count: number;
}

export interface CapturedSession {
  readonly id: string;
  readonly name: string;
  readonly startedAt: number;
  endedAt?: number;
  /** For a command run in a terminal: which terminal, the command line, where and how it ended. */
  details?: SessionDetails;
}

export interface SessionDetails {
  /** The terminal's name, as shown. */
  terminal?: string;
  /** Tells apart two terminals of the same name: sessions with the same key are listed under one terminal. */
  terminalKey?: string;
  commandLine?: string;
  cwd?: string;
  exitCode?: number;
}

export interface CaptureCounts {
  sessions: number;
  items: number;
  tokens: number;
  errors: number;
}

export interface AddResult {
  item: CapturedItem;
  /** False when the item was already there and only its count went up. */
  isNew: boolean;
}

export interface CaptureStoreOptions {
  maxItems?: number;
  /** Ended sessions with no items left are forgotten beyond this many. */
  maxEmptySessions?: number;
  now?: () => number;
}

export const DEFAULT_MAX_ITEMS = 500;

export class CaptureStore {
  private maxItems: number;
  private readonly maxEmptySessions: number;
  private readonly now: () => number;
  /** Insertion order is age order: the first entry is the oldest item. */
  private readonly byId = new Map<number, CapturedItem>();
  /** session → kind → value → item id, for counting repeats (nested: no key strings built per add). */
  private readonly byValue = new Map<string, Record<CapturedKind, Map<string, number>>>();
  private readonly sessionsById = new Map<string, CapturedSession>();
  private nextId = 1;

  constructor(options: CaptureStoreOptions = {}) {
    this.maxItems = clampMax(options.maxItems);
    this.maxEmptySessions = Math.max(0, options.maxEmptySessions ?? 20);
    this.now = options.now ?? Date.now;
  }

  /** Registers a session (a debug session, a terminal) so its items can be grouped under its name. */
  openSession(id: string, name: string, details?: SessionDetails): CapturedSession {
    const existing = this.sessionsById.get(id);
    if (existing) return existing;
    const session: CapturedSession = { id, name, startedAt: this.now(), ...(details ? { details: { ...details } } : {}) };
    this.sessionsById.set(id, session);
    this.forgetEmptySessions();
    return session;
  }

  /** Adds what became known later (a command's exit code) to a session. */
  updateSession(id: string, details: SessionDetails): void {
    const session = this.sessionsById.get(id);
    if (!session) return;
    const known = session.details ?? {};
    // What was already known stays (the folder the command started in), what was missing is added.
    session.details = {
      ...details,
      ...Object.fromEntries(Object.entries(known).filter(([, v]) => v !== undefined)),
      ...(details.exitCode !== undefined ? { exitCode: details.exitCode } : {}),
    };
  }

  endSession(id: string): void {
    const session = this.sessionsById.get(id);
    if (session && session.endedAt === undefined) session.endedAt = this.now();
    this.forgetEmptySessions();
  }

  /** Records a finding; a repeat of a value already held for the session bumps its count. */
  add(session: string, source: string, finding: StreamMatch, context?: string, codes?: readonly string[]): AddResult {
    if (!this.sessionsById.has(session)) this.openSession(session, session);
    const value = finding.kind === 'token' ? finding.text : finding.code;
    const index = this.valueIndex(session, finding.kind);
    const now = this.now();
    const knownId = index.get(value);
    const known = knownId === undefined ? undefined : this.byId.get(knownId);
    if (known) {
      known.count++;
      known.lastSeen = now;
      return { item: known, isNew: false };
    }
    const kept = detached(value);
    const item: CapturedItem =
      finding.kind === 'token'
        ? {
            id: this.nextId++,
            session,
            kind: 'token',
            value: kept,
            format: finding.format,
            source,
            firstSeen: now,
            lastSeen: now,
            count: 1,
          }
        : {
            id: this.nextId++,
            session,
            kind: 'error',
            value: kept,
            family: finding.family,
            source,
            ...(context === undefined ? {} : { context: detached(context) }),
            ...(codes && codes.length > 1 ? { codes: [...codes] } : {}),
            firstSeen: now,
            lastSeen: now,
            count: 1,
          };
    this.byId.set(item.id, item);
    index.set(kept, item.id);
    this.trim();
    return { item, isNew: true };
  }

  get(id: number): CapturedItem | undefined {
    return this.byId.get(id);
  }

  /** Every item, oldest first. */
  items(): CapturedItem[] {
    return [...this.byId.values()];
  }

  /** Sessions that have items, newest first. */
  sessions(): CapturedSession[] {
    const withItems = new Set<string>();
    for (const item of this.byId.values()) withItems.add(item.session);
    return [...this.sessionsById.values()].filter((session) => withItems.has(session.id)).reverse();
  }

  /** A session's items, newest first. */
  itemsOf(session: string): CapturedItem[] {
    const found: CapturedItem[] = [];
    for (const item of this.byId.values()) if (item.session === session) found.push(item);
    return found.reverse();
  }

  clear(): void {
    this.byId.clear();
    this.byValue.clear();
    for (const [id, session] of this.sessionsById) if (session.endedAt !== undefined) this.sessionsById.delete(id);
  }

  clearSession(session: string): void {
    for (const [id, item] of this.byId) {
      if (item.session !== session) continue;
      this.byId.delete(id);
    }
    this.byValue.delete(session);
    this.forgetEmptySessions();
  }

  setMaxItems(maxItems: number): void {
    this.maxItems = clampMax(maxItems);
    this.trim();
  }

  get size(): number {
    return this.byId.size;
  }

  /** Numbers only: safe to log. */
  counts(): CaptureCounts {
    let tokens = 0;
    for (const item of this.byId.values()) if (item.kind === 'token') tokens++;
    return { sessions: this.sessions().length, items: this.byId.size, tokens, errors: this.byId.size - tokens };
  }

  private valueIndex(session: string, kind: CapturedKind): Map<string, number> {
    let bySession = this.byValue.get(session);
    if (!bySession) {
      bySession = { token: new Map(), error: new Map() };
      this.byValue.set(session, bySession);
    }
    return bySession[kind];
  }

  private forgetValue(item: CapturedItem): void {
    const bySession = this.byValue.get(item.session);
    if (!bySession) return;
    bySession[item.kind].delete(item.value);
    if (bySession.token.size === 0 && bySession.error.size === 0) this.byValue.delete(item.session);
  }

  private trim(): void {
    if (this.byId.size <= this.maxItems) return;
    while (this.byId.size > this.maxItems) {
      const oldest = this.byId.values().next().value;
      if (oldest === undefined) break;
      this.byId.delete(oldest.id);
      this.forgetValue(oldest);
    }
    this.forgetEmptySessions();
  }

  /** Ended sessions without items are kept only up to `maxEmptySessions`, oldest dropped first. */
  private forgetEmptySessions(): void {
    const withItems = new Set<string>();
    for (const item of this.byId.values()) withItems.add(item.session);
    const empty = [...this.sessionsById.values()].filter((s) => s.endedAt !== undefined && !withItems.has(s.id));
    for (const session of empty.slice(0, Math.max(0, empty.length - this.maxEmptySessions))) this.sessionsById.delete(session.id);
  }
}

function clampMax(maxItems: number | undefined): number {
  const n = Math.floor(Number(maxItems ?? DEFAULT_MAX_ITEMS));
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 100_000) : DEFAULT_MAX_ITEMS;
}
