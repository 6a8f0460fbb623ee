/**
 * The error catalog and the response parser, loaded on first use. The catalog is a few hundred
 * kilobytes of data: activation must not pay for it, so the first hover or Explain imports it and the
 * time that takes is logged ("error catalog loaded in … ms").
 */
import type { ExplainCatalog } from './explainPolicy';

/** Where the load time is reported (the editor's log). */
export interface LoadLog {
  info(message: string): void;
}

export interface ErrorCore extends ExplainCatalog {
  /** How long the first load took, in milliseconds (import plus building the lookup tables). */
  loadMillis: number;
  entryCount: number;
}

let loading: Promise<ErrorCore> | undefined;

export function loadErrorCore(log?: LoadLog): Promise<ErrorCore> {
  loading ??= importCore(log).catch((error: unknown) => {
    // A failed load is retried on the next hover instead of being remembered forever.
    loading = undefined;
    throw error;
  });
  return loading;
}

async function importCore(log: LoadLog | undefined): Promise<ErrorCore> {
  const started = performance.now();
  const [explain, catalog] = await Promise.all([import('./explain'), import('./catalog/index')]);
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
