import type { JsonValue } from './types';

/**
 * How deeply a parsed JSON value nests, counted without recursion (so a hostile `[[[[…` cannot
 * overflow the stack), stopping early once `limit` is passed.
 */
export function jsonDepthExceeds(value: JsonValue, limit: number): boolean {
  const stack: [JsonValue, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth > limit) return true;
    const children = Array.isArray(current) ? current : Object.values(current);
    for (const child of children) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}
