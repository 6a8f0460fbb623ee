export { analyzeHar, type HarAnalyzeOptions } from './analyze';
export { sanitizeHar } from './sanitize';
export { readHar, HarReadError } from './read';
export type { HarAnalysis, HarCheck, HarError, HarExchange, HarSamlLeg, HarToken } from './types';
export type { HarRole } from './roles';
