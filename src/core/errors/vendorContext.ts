/**
 * "Vendor meaning first": some providers reuse a generic OAuth value with a meaning of their own
 * (Spotify's authorize page says `INVALID_CLIENT: Invalid redirect URI` for an unregistered redirect
 * URI, not a bad secret; Salesforce's `invalid_grant` has a dozen descriptions of its own). When the text
 * around a code shows the vendor (its host names, its SDKs' class names, its headers) and the vendor's
 * family has an entry for that code, the vendor's entry explains it.
 *
 * Pure and light: the code lists come from the generated vocabulary (every code of these families),
 * not from the catalog. Bounded: the evidence is looked for once per text, at most `MAX_EVIDENCE_SCAN`
 * characters, and each code looks only `EVIDENCE_WINDOW` characters either side.
 */
import type { ErrorFamily } from './catalog/types';
import { VENDOR_CONTEXT_CODES } from './generated/vocabulary';

/** What shows each vendor in a text: host names, SDK names, headers, product names. */
const EVIDENCE: ReadonlyArray<readonly [ErrorFamily, string]> = [
  ['spotify', String.raw`accounts\.spotify\.com|api\.spotify\.com|\bspotipy\b|SpotifyOauthError|SpotifyAPI|\bspotify\b`],
  [
    'salesforce',
    String.raw`\.salesforce\.com|\.force\.com|\bjsforce\b|\brestforce\b|simple[-_]salesforce|\bsfdx\b|\bsalesforce\b|\bforcedotcom\b`,
  ],
  [
    'apple',
    String.raw`appleid\.apple\.com|sign in with apple|\bsiwa\b|AuthenticationServices|ASAuthorization|\bapple[-_ ]?(?:sign|auth|id\b)`,
  ],
  ['supabase', String.raw`supabase|\bgotrue\b|AuthApiError|AuthWeakPasswordError|x-sb-error-code`],
  ['pingfederate', String.raw`/as/token\.oauth2|/as/authorization\.oauth2|/as/introspect\.oauth2|pingfederate|pingidentity|\bpingone\b`],
];

const EVIDENCE_PATTERN = new RegExp(EVIDENCE.map(([, source]) => `(${source})`).join('|'), 'gi');

/**
 * A gate the whole pattern is run behind: every piece of evidence above contains one of these stems
 * (each letter matched in either case, as the pattern's `i` flag does). Case-folding classes without the
 * `i` flag let V8 skip most positions quickly: a log with no vendor in it costs a third of the full search.
 * Grouped by first letter (`[Ss](?:…|…)`): measured about 15% faster than the flat list of the same stems.
 */
const EVIDENCE_GATE =
  /[Ss](?:[Pp][Oo][Tt][Ii]|[Ff][Dd][Xx]|[Ii][Ww][Aa]|[Uu][Pp][Aa][Bb])|[Ff][Oo][Rr][Cc][Ee]|[Aa](?:[Pp](?:[Pp][Ll][Ee]|[Ii][Ee][Rr][Rr])|[Ss][Aa][Uu][Tt][Hh])|[Tt][Ii][Oo][Nn][Ss][Ee][Rr][Vv]|[Gg][Oo][Tt][Rr][Uu][Ee]|[Kk][Pp][Aa][Ss][Ss][Ww]|[Xx]-[Ss][Bb]-|\/[Aa][Ss]\/|[Pp][Ii][Nn][Gg][FfIiOo]/;

/** Whether `text` may hold evidence at all (false means: certainly none). Exported for its test. */
export function mayShowVendor(text: string): boolean {
  return EVIDENCE_GATE.test(text);
}

/** How far from a code its vendor's evidence may be: a pasted request and its response, not a whole log. */
export const EVIDENCE_WINDOW = 1500;
/** Texts longer than this are searched for `families()` only in their first part (a pasted response is short). */
const MAX_EVIDENCE_SCAN = 4 * 1024 * 1024;
/** How far past a window the search goes when its start was searched already (see `cover`). */
const SEARCH_AHEAD = 2 * EVIDENCE_WINDOW;
/** Longer than any piece of evidence: a window is searched this far past its end, so a sign that starts inside it is matched whole. */
const LONGEST_SIGN = 64;

const CONTEXT_CODES = new Map<ErrorFamily, ReadonlySet<string>>(
  Object.entries(VENDOR_CONTEXT_CODES).map(([family, codes]) => [family as ErrorFamily, new Set(codes)]),
);

/** Lower-cased code → the vendors whose family has an entry for it (built once: asked for every generic code found). */
const VENDORS_BY_CODE = new Map<string, readonly ErrorFamily[]>();
for (const [family, codes] of CONTEXT_CODES) {
  for (const code of codes) VENDORS_BY_CODE.set(code, [...(VENDORS_BY_CODE.get(code) ?? []), family]);
}
const NO_VENDOR: readonly ErrorFamily[] = [];

/** The vendors whose family has an entry for `code` (any case). */
export function vendorsWithCode(code: string): readonly ErrorFamily[] {
  return VENDORS_BY_CODE.get(code.toLowerCase()) ?? NO_VENDOR;
}

export interface VendorEvidence {
  /** The vendor shown near `start..end`, among `candidates`; the nearest evidence wins. */
  near(start: number, end: number, candidates: readonly ErrorFamily[]): ErrorFamily | undefined;
  /** Every vendor the text shows, first shown first. */
  families(): ErrorFamily[];
  /** Every sign, in order (the text's first `MAX_EVIDENCE_SCAN` characters). */
  all(): EvidenceHit[];
}

export interface EvidenceHit {
  family: ErrorFamily;
  /** Where the sign starts in the text. */
  at: number;
}

/** Every sign of a vendor in `text` (its first `MAX_EVIDENCE_SCAN` characters), in order: what `families()` reads, and the oracle of the windowed search's test. */
export function allEvidence(text: string): EvidenceHit[] {
  return vendorEvidence(text).all();
}

/**
 * The evidence in `text`, searched only where it is asked for: `near` looks at the window around a code
 * (`EVIDENCE_WINDOW` either side), each part of the text at most once however many codes share it, so a
 * 64 KiB piece of a log with one `invalid_grant` in it costs a search of 3 KB, not of the piece. Never throws.
 */
export function vendorEvidence(text: string): VendorEvidence {
  const source = typeof text === 'string' ? text : '';
  /** Hits by position, ascending. */
  const hits: EvidenceHit[] = [];
  /** Ranges of hit positions already searched: sorted, disjoint, not touching. */
  const searched: Array<[number, number]> = [];
  let all: EvidenceHit[] | undefined;

  /** Every hit that starts in `[from, to)`, in order. */
  function search(from: number, to: number): EvidenceHit[] {
    const found: EvidenceHit[] = [];
    if (to <= from) return found;
    // One character before (so a word boundary at `from` is judged as in the whole text) and a sign's length after.
    const sliceStart = Math.max(0, from - 1);
    const slice = source.slice(sliceStart, Math.min(source.length, to + LONGEST_SIGN));
    if (!mayShowVendor(slice)) return found;
    const pattern = new RegExp(EVIDENCE_PATTERN.source, 'gi');
    let hit: RegExpExecArray | null;
    while ((hit = pattern.exec(slice)) !== null) {
      const at = sliceStart + hit.index;
      if (at >= to) break;
      const group = hit.slice(1).findIndex((g) => g !== undefined);
      if (group >= 0 && at >= from) found.push({ family: EVIDENCE[group]![0], at });
      if (hit[0].length === 0) pattern.lastIndex++;
    }
    return found;
  }

  /** Searches `[from, to)` (not searched before) and files its hits in order. */
  function searchGap(from: number, to: number): void {
    const found = search(from, to);
    if (found.length > 0)
      hits.splice(
        lowerBound(hits.length, (k) => hits[k]!.at < from),
        0,
        ...found,
      );
  }

  /** Makes sure every hit starting in `[from, to)` is in `hits`. */
  function cover(from: number, to: number): void {
    if (to <= from) return;
    // The searched ranges that overlap or touch [from, to) are i..j-1 (ranges are sorted and disjoint).
    const i = lowerBound(searched.length, (k) => searched[k]![1] < from);
    let j = i;
    let cursor = from;
    for (; j < searched.length && searched[j]![0] <= to; j++) {
      const [start, end] = searched[j]!;
      if (start > cursor) searchGap(cursor, start);
      cursor = Math.max(cursor, end);
    }
    if (cursor < to) {
      // Part of the window was searched already, for a code just before: codes come in clusters, so search a
      // stretch ahead now rather than a few characters per code (on a line of codes, one small search per code
      // cost more in calls than in characters).
      const next = j < searched.length ? searched[j]![0] : source.length;
      const end = cursor > from ? Math.min(next, source.length, Math.max(to, cursor + SEARCH_AHEAD)) : to;
      searchGap(cursor, end);
      cursor = end;
      if (j < searched.length && searched[j]![0] <= cursor) cursor = Math.max(cursor, searched[j++]![1]);
    }
    const lo = i < j ? Math.min(from, searched[i]![0]) : from;
    searched.splice(i, j - i, [lo, Math.max(to, cursor)]);
  }

  return {
    near(start, end, candidates) {
      const from = Math.max(0, start - EVIDENCE_WINDOW);
      const to = Math.min(source.length, end + EVIDENCE_WINDOW + 1);
      cover(from, to);
      let best: { family: ErrorFamily; distance: number } | undefined;
      for (let k = lowerBound(hits.length, (n) => hits[n]!.at < from); k < hits.length && hits[k]!.at < to; k++) {
        const hit = hits[k]!;
        if (!candidates.includes(hit.family)) continue;
        const distance = hit.at < start ? start - hit.at : hit.at > end ? hit.at - end : 0;
        if (distance <= EVIDENCE_WINDOW && (!best || distance < best.distance)) best = { family: hit.family, distance };
      }
      return best?.family;
    },
    families() {
      all ??= search(0, Math.min(source.length, MAX_EVIDENCE_SCAN));
      return [...new Set(all.map((hit) => hit.family))];
    },
    all() {
      all ??= search(0, Math.min(source.length, MAX_EVIDENCE_SCAN));
      return all;
    },
  };
}

/** The first index in `[0, length)` for which `before` is false (`before` is true, then false). */
function lowerBound(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
