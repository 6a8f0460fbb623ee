/** Reads the catalog's data files as written (not as built), for tests that count or compare. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { dataFiles, familyOf } from '../../../../scripts/build-catalog.mjs';

export interface RawDataFile {
  path: string;
  family: string;
  text: string;
  doc: { entries: { code: string; [key: string]: unknown }[]; vocabularyOnly?: string[] };
}

let cache: RawDataFile[] | undefined;

export function rawDataFiles(): RawDataFile[] {
  return (cache ??= dataFiles().map((path) => {
    const text = readFileSync(path, 'utf8');
    return { path, family: familyOf(path), text, doc: parse(text) as RawDataFile['doc'] };
  }));
}

/** How many entry blocks the data files of `family` hold. */
export function dataEntryCount(family: string): number {
  return rawDataFiles()
    .filter((file) => file.family === family)
    .reduce((n, file) => n + file.doc.entries.length, 0);
}
