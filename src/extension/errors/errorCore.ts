/**
 * The error catalog and the response parser, loaded on first use. The catalog is a few hundred
 * kilobytes of data: activation must not pay for it, so the first hover or Explain imports it and the
 * time that takes is logged ("error catalog loaded in … ms").
 */
import type { ErrorEntry } from '../../core/errors/catalog/types';
import type { ErrorExplanation } from '../../core/errors/explain';
import type { Log } from '../log';

export interface ErrorCore {
  explainText(text: string): ErrorExplanation;
  lookupError(code: string, familyHint?: string): ErrorEntry | undefined;
  lookupAll(code: string, familyHint?: string): ErrorEntry[];
  /** How long the first load took, in milliseconds (import plus building the lookup tables). */
  loadMillis: number;
  entryCount: number;
}

let loading: Promise<ErrorCore> | undefined;

export function loadErrorCore(log?: Log): Promise<ErrorCore> {
  loading ??= importCore(log).catch((error: unknown) => {
    // A failed load is retried on the next hover instead of being remembered forever.
    loading = undefined;
    throw error;
  });
  return loading;
}

async function importCore(log: Log | undefined): Promise<ErrorCore> {
  const started = performance.now();
  const [explain, catalog] = await Promise.all([import('../../core/errors/explain'), import('../../core/errors/catalog/index')]);
  // Build the lookup tables now, so the measured figure is the whole first-use cost.
  const stats = catalog.catalogStats();
  const loadMillis = performance.now() - started;
  log?.info(`error catalog loaded in ${loadMillis.toFixed(1)} ms (${stats.total} entries)`);
  return {
    explainText: explain.explainText,
    lookupError: catalog.lookupError,
    lookupAll: catalog.lookupAll,
    loadMillis,
    entryCount: stats.total,
  };
}
