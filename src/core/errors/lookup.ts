/**
 * Looking codes up in the error catalog: normalising what people type or paste (`aadsts50058`,
 * `AADSTS 50058`, `aadb2c90118`, `e0000011`, `"invalid_grant"`), and choosing the best entry when a code exists in
 * several families. Pure: the catalog data is passed in, so tests can use small inline entries.
 */
import type { ErrorEntry, ErrorFamily } from './catalog/types';

export const ERROR_FAMILIES: readonly ErrorFamily[] = [
  'oauth',
  'entra',
  'b2c',
  'entra-suberror',
  'msal',
  'identitymodel',
  'okta',
  'google',
  'github',
  'keycloak',
  'auth0',
  'cognito',
  'firebase',
  'graph',
  'aws-sts',
  'saml',
  'supabase',
  'salesforce',
  'spotify',
  'apple',
  'pingfederate',
];

/**
 * Which family explains a shared code best when nothing hints otherwise: the standard first, then
 * the providers that write their own codes, then client libraries and Entra's sub-errors, which mostly
 * echo protocol values.
 */
const PRIORITY: readonly ErrorFamily[] = [
  'oauth',
  'entra',
  'b2c',
  'identitymodel',
  'graph',
  'okta',
  'cognito',
  'aws-sts',
  'firebase',
  'google',
  'github',
  'keycloak',
  'auth0',
  'supabase',
  'salesforce',
  'spotify',
  'apple',
  'pingfederate',
  'msal',
  'entra-suberror',
  'saml',
];

export interface CatalogStats {
  total: number;
  byFamily: Record<ErrorFamily, number>;
}

export interface CatalogIndex {
  /** The best entry for `code`; a `familyHint` (e.g. the family a scan reported) wins when it has the code. */
  lookupError(code: string, familyHint?: string): ErrorEntry | undefined;
  /** Every entry for `code`, best first. */
  lookupAll(code: string, familyHint?: string): ErrorEntry[];
  catalogStats(): CatalogStats;
}

export interface NormalizedCode {
  /** The code in its family's own form: `AADSTS50058`, `E0000011`, `invalid_grant`. */
  code: string;
  /** Set when the form alone says which family it is. */
  family?: ErrorFamily;
}

/**
 * Turns user input into a catalog key. A bare number is an Entra code only with the `entra` hint:
 * on its own, `50058` could be anything. Returns undefined for input that cannot be a code.
 */
export function normalizeCode(raw: string, familyHint?: string): NormalizedCode | undefined {
  const code = trimEndChars(trimChars(raw.trim(), '"\'`'), ':.,;').trim();
  if (code.length === 0 || code.length > 100) return undefined;
  const aadsts = /^AADSTS[\s-]*(\d{4,8})$/i.exec(code);
  if (aadsts) return { code: `AADSTS${aadsts[1]}`, family: 'entra' };
  const b2c = /^AADB2C[\s-]*(\d{5})$/i.exec(code);
  if (b2c) return { code: `AADB2C${b2c[1]}`, family: 'b2c' };
  if (/^\d{4,8}$/.test(code)) return familyHint === 'entra' ? { code: `AADSTS${code}`, family: 'entra' } : undefined;
  if (/^E\d{7}$/i.test(code)) return { code: code.toUpperCase(), family: 'okta' };
  // SAML 2.0 status codes are URNs; the bare name (`Requester`) counts with the `saml` hint.
  const saml = /^urn:oasis:names:tc:SAML:2\.0:status:([A-Za-z]{3,40})$/i.exec(code);
  if (saml) return { code: `urn:oasis:names:tc:SAML:2.0:status:${saml[1]}`, family: 'saml' };
  if (familyHint === 'saml' && /^[A-Za-z]{3,40}$/.test(code)) return { code: `urn:oasis:names:tc:SAML:2.0:status:${code}`, family: 'saml' };
  if (/^IDX\d{5}$/i.test(code)) return { code: code.toUpperCase(), family: 'identitymodel' };
  if (/^auth\/[a-z0-9-]{2,80}$/i.test(code)) return { code: code.toLowerCase(), family: 'firebase' };
  if (!/^[A-Za-z][A-Za-z0-9_.-]*$/.test(code)) return undefined;
  return { code };
}

/** `text` without any of `chars` at either end. (A regex `[…]+$` would rescan every run of them: quadratic.) */
function trimChars(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text[start]!)) start++;
  return trimEndChars(text.slice(start), chars);
}

/** `text` without any of `chars` at its end. */
function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** Builds the lookup tables on first use, so importing a catalog costs nothing until someone asks. */
export function createCatalogIndex(load: () => readonly ErrorEntry[]): CatalogIndex {
  let byCode: Map<string, ErrorEntry[]> | undefined;
  let entries: readonly ErrorEntry[] = [];

  function tables(): Map<string, ErrorEntry[]> {
    if (byCode) return byCode;
    entries = load();
    byCode = new Map();
    for (const entry of entries) {
      const key = entry.code.toLowerCase();
      const list = byCode.get(key) ?? [];
      // A family lists a code once; a repeated row (Entra's table has one) keeps the first.
      if (!list.some((other) => other.family === entry.family && other.code === entry.code)) list.push(entry);
      byCode.set(key, list);
    }
    for (const list of byCode.values()) list.sort((a, b) => PRIORITY.indexOf(a.family) - PRIORITY.indexOf(b.family));
    return byCode;
  }

  function lookupAll(raw: string, familyHint?: string): ErrorEntry[] {
    if (typeof raw !== 'string') return [];
    const normalized = normalizeCode(raw, familyHint);
    if (!normalized) return [];
    const found = tables().get(normalized.code.toLowerCase()) ?? [];
    // The hinted family first when it has the code (Spotify's `INVALID_CLIENT` for `invalid_client` seen on Spotify),
    // then the exact spelling (`NotAuthorizedException` over a lowercase twin).
    const rank = (entry: ErrorEntry): number =>
      (entry.family === (familyHint ?? normalized.family) ? 0 : 2) + (entry.code === normalized.code ? 0 : 1);
    return [...found].sort((a, b) => rank(a) - rank(b));
  }

  return {
    lookupAll,
    lookupError: (code, familyHint) => lookupAll(code, familyHint)[0],
    catalogStats() {
      tables();
      const byFamily = Object.fromEntries(ERROR_FAMILIES.map((family) => [family, 0])) as Record<ErrorFamily, number>;
      for (const entry of entries) byFamily[entry.family] = (byFamily[entry.family] ?? 0) + 1;
      return { total: entries.length, byFamily };
    },
  };
}
