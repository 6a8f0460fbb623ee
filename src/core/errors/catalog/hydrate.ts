/**
 * From the compact data the build emits (scripts/build-catalog.mjs, out of data/errors/) to catalog
 * entries: the family comes from the file, the name defaults to the code, and the links every entry of
 * a family shares are added here rather than stored hundreds of times.
 */
import type { ErrorEntry, ErrorFamily, ErrorLink } from './types';

/** An entry as stored: no family (the file says it), the name only when it is not the code. */
export type DataEntry = Omit<ErrorEntry, 'family' | 'name' | 'links'> & { name?: string; links?: ErrorLink[] };

export interface DataFamily {
  family: ErrorFamily;
  entries: readonly DataEntry[];
}

const ENTRA_REFERENCE: ErrorLink = {
  title: 'Microsoft Entra authentication and authorization error codes',
  url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes',
};

const B2C_REFERENCE: ErrorLink = {
  title: 'Azure AD B2C error codes',
  url: 'https://learn.microsoft.com/azure/active-directory-b2c/error-codes',
};

const FIREBASE_REFERENCE: ErrorLink = {
  title: 'Firebase Auth JavaScript reference: AuthErrorCodes',
  url: 'https://firebase.google.com/docs/reference/js/auth#autherrorcodes',
};

/** The links a family computes for a code, put in front of the entry's own. */
export function computedLinks(family: ErrorFamily, code: string): ErrorLink[] {
  if (family === 'entra') {
    const digits = /^AADSTS(\d+)$/.exec(code)?.[1];
    if (digits)
      return [{ title: `Entra error lookup: ${code}`, url: `https://login.microsoftonline.com/error?code=${digits}` }, ENTRA_REFERENCE];
  }
  if (family === 'b2c') return [B2C_REFERENCE];
  if (family === 'firebase') return [FIREBASE_REFERENCE];
  if (family === 'okta' && /^E\d{7}$/.test(code)) {
    return [{ title: `Okta error codes: ${code}`, url: `https://developer.okta.com/docs/reference/error-codes/#${code.toLowerCase()}` }];
  }
  return [];
}

export function hydrateEntry(family: ErrorFamily, data: DataEntry): ErrorEntry {
  const computed = computedLinks(family, data.code);
  const entry: ErrorEntry = {
    code: data.code,
    family,
    name: data.name ?? data.code,
    summary: data.summary,
    causes: data.causes,
    fixes: data.fixes,
    links: data.links ? (computed.length > 0 ? computed.concat(data.links) : data.links) : computed,
  };
  if (data.spec !== undefined) entry.spec = data.spec;
  if (data.contexts !== undefined) entry.contexts = data.contexts;
  if (data.ranking !== undefined) entry.ranking = data.ranking;
  return entry;
}

/**
 * The form the build emits: links and the causes or fixes several entries share are stored once, in
 * `links` and `texts`, and referred to by index (a number where a string or a link would be).
 */
export interface PackedCatalog {
  links: readonly ErrorLink[];
  texts: readonly string[];
  families: readonly {
    family: ErrorFamily;
    entries: readonly (Omit<DataEntry, 'links' | 'causes' | 'fixes'> & {
      links?: number[];
      causes: (string | number)[];
      fixes: (string | number)[];
    })[];
  }[];
}

export function hydrateCatalog(packed: PackedCatalog): ErrorEntry[] {
  const { texts, links } = packed;
  const text = (item: string | number): string => (typeof item === 'number' ? texts[item]! : item);
  const link = (i: number): ErrorLink => links[i]!;
  const entries: ErrorEntry[] = [];
  for (const group of packed.families) {
    for (const stored of group.entries) {
      const data: DataEntry = {
        code: stored.code,
        summary: stored.summary,
        causes: stored.causes.map(text),
        fixes: stored.fixes.map(text),
      };
      if (stored.name !== undefined) data.name = stored.name;
      if (stored.links !== undefined) data.links = stored.links.map(link);
      if (stored.spec !== undefined) data.spec = stored.spec;
      if (stored.contexts !== undefined) data.contexts = stored.contexts;
      if (stored.ranking !== undefined) data.ranking = stored.ranking;
      entries.push(hydrateEntry(group.family, data));
    }
  }
  return entries;
}
