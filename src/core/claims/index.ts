/** The claim catalog: what each JWT claim and JOSE header parameter means, with its source. */
export { describeClaim } from './describeClaim';
export { CLAIM_CATALOG } from './catalog/index';
export type { ClaimDescription, ClaimEntry, ClaimValueType, ProviderFamily } from './types';
