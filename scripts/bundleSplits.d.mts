// Types for scripts/bundleSplits.mjs, for the bundle budget test.
import type { Plugin } from 'esbuild';

export const catalogApart: Plugin;
export const tracesApart: Plugin;
export const flowApart: Plugin;
