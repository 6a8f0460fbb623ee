/**
 * Looks a claim or header parameter up in the catalog. When a provider gives a name its own meaning
 * (`scp` in Entra vs Okta, `typ` in Keycloak, `sid`…) the provider's entry wins and the others are
 * listed in `otherMeanings`, so the hover can say "in Okta tokens this means…".
 */
import { CLAIM_CATALOG, isPrefixEntry } from './catalog/index';
import { ENTRA_OPTIONAL } from './sources';
import type { ClaimDescription, ClaimEntry, ProviderFamily } from './types';

const exact = new Map<string, ClaimEntry[]>();
const prefixes: ClaimEntry[] = [];
for (const entry of CLAIM_CATALOG) {
  if (isPrefixEntry(entry)) {
    prefixes.push(entry);
    continue;
  }
  const key = `${entry.location}:${entry.name}`;
  exact.set(key, [...(exact.get(key) ?? []), entry]);
}

export function describeClaim(
  name: string,
  provider: ProviderFamily = 'standard',
  location: ClaimEntry['location'] = 'payload',
): ClaimDescription | undefined {
  const candidates = exact.get(`${location}:${name}`) ?? prefixCandidates(name, location);
  if (candidates.length === 0) return undefined;
  const best =
    candidates.find((entry) => entry.provider === provider) ?? candidates.find((entry) => entry.provider === 'standard') ?? candidates[0]!;
  const otherMeanings = candidates
    .filter((entry) => entry !== best && entry.provider !== 'standard')
    .map((entry) => ({ provider: entry.provider, title: entry.title }));
  return { ...best, name, otherMeanings };
}

function prefixCandidates(name: string, location: ClaimEntry['location']): ClaimEntry[] {
  if (location !== 'payload') return [];
  const normalized = name.startsWith('http://') ? `https://${name.slice(7)}` : name;
  const found = prefixes.filter((entry) => normalized.startsWith(entry.name));
  if (found.length > 0) return found;
  if (name.startsWith('xms_')) {
    return [
      {
        name,
        location,
        provider: 'entra',
        title: 'Microsoft extension claim',
        valueType: 'any',
        source: ENTRA_OPTIONAL,
        description:
          'A Microsoft-specific claim (the `xms_` prefix). Most are optional claims or internal data; check the optional claims reference before relying on it.',
      },
    ];
  }
  return [];
}
