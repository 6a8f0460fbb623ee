export { decodeSaml, type SamlResult } from './decode';
export { locateSaml, type SamlBinding } from './input';
export type { SamlDecoded, SamlFinding, SamlMessage } from './types';
export type { SamlCheckOptions } from './findings';
export type { SamlError, SamlErrorCode } from './errors';
