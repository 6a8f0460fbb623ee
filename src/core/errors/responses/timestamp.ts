/**
 * Entra and MSAL write `2024-05-01 09:12:33Z` (sometimes with fractions, sometimes with a `T`).
 * Returns ISO 8601 (`2024-05-01T09:12:33.000Z`) or undefined for anything that is not a real instant.
 */
export function timestampToIso(raw: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(raw.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, fraction = '', zone = 'Z'] = match;
  const millis = fraction ? fraction.slice(0, 4).padEnd(4, '0') : '';
  const offset = zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${millis}${offset}`);
  if (Number.isNaN(date.getTime())) return undefined;
  // Date quietly rolls 2024-02-31 over to March; a timestamp that does that was not real.
  if (offset === 'Z' && date.getUTCDate() !== Number(d)) return undefined;
  return date.toISOString();
}
