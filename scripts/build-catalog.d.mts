// Types for scripts/build-catalog.mjs, for the tests that call it.
import type { DataFamily, PackedCatalog } from '../src/core/errors/catalog/hydrate';
import type { RankingRule } from '../src/core/errors/catalog/types';

export interface CatalogVocabulary {
  oauth: string[];
  vendor: Record<string, string[]>;
  cognitoExceptions: string[];
  genericAws: string[];
}
export interface CompiledCatalog {
  families: DataFamily[];
  vocabulary: CatalogVocabulary;
  problems: string[];
}
export const DATA_DIR: string;
export const AADSTS_TABLE: string;
export const OUT_DATA: string;
export const OUT_VOCABULARY: string;
export function dataFiles(dataDir?: string): string[];
export function familyOf(file: string, dataDir?: string): string;
export function readAadstsTable(path?: string): Map<string, string>;
export function compileCatalog(options?: { dataDir?: string; table?: string }): Promise<CompiledCatalog>;
export function packCatalog(families: DataFamily[]): PackedCatalog;
export function dataModule(families: DataFamily[]): string;
export function vocabularyModule(families: DataFamily[], vocabulary: CatalogVocabulary): string;
export function buildCatalog(options?: {
  force?: boolean;
  quiet?: boolean;
}): Promise<{ families: DataFamily[]; vocabulary: CatalogVocabulary; count: number } | undefined>;
export const CONTEXT_FAMILIES: string[];
export function contextCodes(families: DataFamily[]): Record<string, string[]>;
export const MAX_SUMMARY: number;
export const MAX_SHARED: number;
export function proseProblems(entry: { summary: string; causes: string[]; fixes: string[] }, at: string): string[];
export function stockProblems(entries: { code: string; causes: string[] }[], where: string): string[];
export function rankingProblems(entry: { causes: string[]; fixes: string[]; ranking?: RankingRule[] }): string[];
