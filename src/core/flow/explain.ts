import type { Explainer } from './types';

/**
 * The hook to the offline error catalog (src/core/errors/). The flow engine asks it for every error
 * code it meets; until the catalog is wired in, nothing is explained and steps carry only the
 * provider's own text plus AuthLens's flow hints.
 */
export const explainNothing: Explainer = () => undefined;
