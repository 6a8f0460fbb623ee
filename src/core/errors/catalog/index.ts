/**
 * The offline error catalog. Its entries are data (data/errors/**.yaml), which the build validates and
 * emits as `generated/data.ts` (scripts/build-catalog.mjs). Import this module lazily
 * (`await import('…/catalog/index')`): the data is a few hundred kilobytes, and the extension must not
 * pay for it at activation. The entries are hydrated and the lookup tables built on the first lookup.
 */
import { createCatalogIndex, type CatalogStats } from '../lookup';
import { catalogData } from './generated/data';
import { hydrateCatalog } from './hydrate';
import type { ErrorEntry } from './types';

let entries: readonly ErrorEntry[] | undefined;

/** Every entry of every family, in data-file order. */
export function allCatalogEntries(): readonly ErrorEntry[] {
  return (entries ??= hydrateCatalog(catalogData));
}

const catalog = createCatalogIndex(allCatalogEntries);

/** The best entry for a code (`AADSTS50058`, `aadsts50058`, `E0000011`, `invalid_grant`, `NotAuthorizedException`). */
export function lookupError(code: string, familyHint?: string): ErrorEntry | undefined {
  return catalog.lookupError(code, familyHint);
}

/** Every family's entry for a code, best first (`invalid_grant` is in oauth, msal, auth0, google …). */
export function lookupAll(code: string, familyHint?: string): ErrorEntry[] {
  return catalog.lookupAll(code, familyHint);
}

/** How many entries each family has. */
export function catalogStats(): CatalogStats {
  return catalog.catalogStats();
}

export type { CatalogStats };
