/**
 * JWT times (RFC 7519 "NumericDate": seconds since 1970, UTC) turned into something a person can read:
 * an ISO date, the same moment in local time, and words relative to now.
 */
import { formatDuration } from './duration';

export interface TimeDisplayOptions {
  /** Milliseconds since 1970; injectable so tests and hovers agree on "now". */
  now?: number;
  /** IANA time zone for the local rendering; defaults to the machine's. */
  timeZone?: string;
}

export interface DisplayedTime {
  /** The claim's value in seconds. */
  seconds: number;
  /** `2026-11-28T06:46:46Z` (UTC, whole seconds). */
  iso: string;
  /** The same moment in local time, e.g. `28 Nov 2026, 07:46:46 CET`. */
  local: string;
  /** Seconds from now to the time: negative in the past. */
  secondsFromNow: number;
  /** "3 h 12 min ago" or "in 47 minutes". */
  relative: string;
}

/** Largest NumericDate we render (year 9999); beyond that `Date` cannot represent it faithfully. */
const MAX_SECONDS = 253402300799;

/** True when a claim value can be read as a NumericDate (a finite, non-negative number in range). */
export function isNumericDate(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_SECONDS;
}

export function displayTime(seconds: number, options: TimeDisplayOptions = {}): DisplayedTime {
  const now = options.now ?? Date.now();
  const date = new Date(Math.floor(seconds) * 1000);
  const secondsFromNow = Math.round(seconds - now / 1000);
  return {
    seconds,
    iso: date.toISOString().replace('.000Z', 'Z'),
    local: formatLocal(date, options.timeZone),
    secondsFromNow,
    relative: relativeWords(secondsFromNow),
  };
}

/** "just now", "5 minutes ago", "in 2 days 3 h". */
export function relativeWords(secondsFromNow: number): string {
  if (Math.abs(secondsFromNow) < 1) return 'just now';
  const span = formatDuration(secondsFromNow);
  return secondsFromNow < 0 ? `${span} ago` : `in ${span}`;
}

// Building an Intl formatter costs far more than using one; keep one per time zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatLocal(date: Date, timeZone: string | undefined): string {
  try {
    const key = timeZone ?? '';
    let formatter = formatters.get(key);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'long', ...(timeZone ? { timeZone } : {}) });
      if (formatters.size > 32) formatters.clear();
      formatters.set(key, formatter);
    }
    return formatter.format(date);
  } catch {
    // An unknown time zone name: fall back to UTC rather than fail the whole analysis.
    return date.toISOString().replace('.000Z', 'Z');
  }
}
