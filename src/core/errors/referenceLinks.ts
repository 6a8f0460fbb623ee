import type { ErrorEntry, ErrorLink } from './catalog/types';
import { isWebUrl } from '../render/webUrl';

/**
 * The reference links for an entry: its own https links, and for an AADSTS code Microsoft's live
 * lookup page, which knows codes newer than our catalog. Duplicates and non-https links are dropped.
 */
export function referenceLinks(code: string, entry?: ErrorEntry): ErrorLink[] {
  const links: ErrorLink[] = [];
  const add = (link: ErrorLink): void => {
    if (isWebUrl(link.url) && !links.some((known) => known.url === link.url)) links.push(link);
  };
  for (const link of entry?.links ?? []) add(link);
  const live = entraLookupLink(code);
  if (live && !links.some((link) => link.url.toLowerCase() === live.url.toLowerCase())) add(live);
  return links;
}

/** `https://login.microsoftonline.com/error?code=NNNN` for `AADSTSNNNN`, else undefined. */
export function entraLookupLink(code: string): ErrorLink | undefined {
  const digits = /^AADSTS(\d{4,8})$/i.exec(code)?.[1];
  return digits
    ? { title: `Microsoft's live lookup for AADSTS${digits}`, url: `https://login.microsoftonline.com/error?code=${digits}` }
    : undefined;
}
