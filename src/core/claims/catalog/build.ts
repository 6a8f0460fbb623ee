import type { ClaimEntry, ClaimValueType, ProviderFamily } from '../types';

/** Shorthand for writing catalog tables: one line per claim reads better than an object literal. */
export function entries(
  provider: ProviderFamily,
  location: ClaimEntry['location'],
  rows: [name: string, title: string, valueType: ClaimValueType, source: string, description: string, pii?: 'pii'][],
): ClaimEntry[] {
  return rows.map(([name, title, valueType, source, description, pii]) => ({
    name,
    location,
    provider,
    title,
    valueType,
    source,
    description,
    ...(pii ? { pii: true } : {}),
  }));
}
