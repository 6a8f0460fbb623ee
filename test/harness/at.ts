import assert from 'node:assert/strict';

/** `list[index]`, failing the test with a clear message when there is no such element (for noUncheckedIndexedAccess). */
export function at<T>(list: readonly T[], index: number, what = 'element'): T {
  const value = list[index];
  assert.ok(value !== undefined, `expected ${what} ${index}, but there are only ${list.length}`);
  return value;
}
