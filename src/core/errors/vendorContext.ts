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
 */
const EVIDENCE_GATE =
  /[Ss][Pp][Oo][Tt][Ii]|[Ff][Oo][Rr][Cc][Ee]|[Ss][Ff][Dd][Xx]|[Aa][Pp][Pp][Ll][Ee]|[Ss][Ii][Ww][Aa]|[Aa][Ss][Aa][Uu][Tt][Hh]|[Tt][Ii][Oo][Nn][Ss][Ee][Rr][Vv]|[Ss][Uu][Pp][Aa][Bb]|[Gg][Oo][Tt][Rr][Uu][Ee]|[Aa][Pp][Ii][Ee][Rr][Rr]|[Kk][Pp][Aa][Ss][Ss][Ww]|[Xx]-[Ss][Bb]-|\/[Aa][Ss]\/|[Pp][Ii][Nn][Gg][FfIiOo]/;

/** Whether `text` may hold evidence at all (false means: certainly none). Exported for its test. */
export function mayShowVendor(text: string): boolean {
  return EVIDENCE_GATE.test(text);
}

/** How far from a code its vendor's evidence may be: a pasted request and its response, not a whole log. */
export const EVIDENCE_WINDOW = 1500;
/** Texts longer than this are searched for evidence only in their first part (a pasted response is short). */
const MAX_EVIDENCE_SCAN = 4 * 1024 * 1024;

const CONTEXT_CODES = new Map<ErrorFamily, ReadonlySet<string>>(
  Object.entries(VENDOR_CONTEXT_CODES).map(([family, codes]) => [family as ErrorFamily, new Set(codes)]),
);

/** The vendors whose family has an entry for `code` (any case). */
export function vendorsWithCode(code: string): ErrorFamily[] {
  const lower = code.toLowerCase();
  return [...CONTEXT_CODES].filter(([, codes]) => codes.has(lower)).map(([family]) => family);
}

export interface VendorEvidence {
  /** The vendor shown near `start..end`, among `candidates`; the nearest evidence wins. */
  near(start: number, end: number, candidates: readonly ErrorFamily[]): ErrorFamily | undefined;
  /** Every vendor the text shows, first shown first. */
  families(): ErrorFamily[];
}

/** Finds every vendor's evidence in `text` once; then answers per code position. Never throws. */
export function vendorEvidence(text: string): VendorEvidence {
  const hits: { family: ErrorFamily; at: number }[] = [];
  if (typeof text === 'string') {
    const scanned = text.length > MAX_EVIDENCE_SCAN ? text.slice(0, MAX_EVIDENCE_SCAN) : text;
    const pattern = new RegExp(EVIDENCE_PATTERN.source, 'gi');
    let hit: RegExpExecArray | null;
    const gated = mayShowVendor(scanned);
    while (gated && (hit = pattern.exec(scanned)) !== null) {
      const group = hit.slice(1).findIndex((g) => g !== undefined);
      if (group >= 0) hits.push({ family: EVIDENCE[group]![0], at: hit.index });
      if (hit[0].length === 0) pattern.lastIndex++;
    }
  }
  return {
    near(start, end, candidates) {
      let best: { family: ErrorFamily; distance: number } | undefined;
      for (const hit of hits) {
        if (!candidates.includes(hit.family)) continue;
        const distance = hit.at < start ? start - hit.at : hit.at > end ? hit.at - end : 0;
        if (distance <= EVIDENCE_WINDOW && (!best || distance < best.distance)) best = { family: hit.family, distance };
      }
      return best?.family;
    },
    families() {
      return [...new Set(hits.map((hit) => hit.family))];
    },
  };
}
