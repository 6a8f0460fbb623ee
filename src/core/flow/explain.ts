import type { Explainer } from './types';

/** Explains nothing: steps then carry only the provider's own text and AuthLens's flow hints. */
export const explainNothing: Explainer = () => undefined;

let catalog: Promise<Explainer> | undefined;

/**
 * An explainer backed by the offline error catalog (src/core/errors/catalog). The catalog is a few
 * hundred kilobytes, so it is imported on first use, not when the flow engine loads. Protocol codes
 * prefer the OAuth family (`invalid_grant` exists in several families); AADSTS codes find Entra's.
 */
export function catalogExplainer(): Promise<Explainer> {
  catalog ??= import('../errors/catalog/index').then(
    ({ lookupError }) =>
      (code: string) =>
        lookupError(code, /^AADSTS/i.test(code) ? 'entra' : 'oauth'),
  );
  return catalog;
}

/** The default: the catalog, loaded the first time an error needs explaining. */
export const explainFromCatalog: Explainer = async (code) => (await catalogExplainer())(code);
