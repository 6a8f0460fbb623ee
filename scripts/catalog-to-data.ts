/**
 * Converts error-catalog modules written in the old TypeScript style (arrays of `ErrorEntry` built with
 * object literals, per-family builders, Okta tuples, Keycloak rows) into data/errors/ YAML. Kept in the
 * tree so entries another branch adds the old way can be converted when it is merged:
 *
 *   npx tsx scripts/catalog-to-data.ts src/core/errors/catalog/saml.ts          # → data/errors/saml.yaml
 *   npx tsx scripts/catalog-to-data.ts --out data/errors/entra/extra.yaml src/core/errors/catalog/entra/extra.ts
 *   npx tsx scripts/catalog-to-data.ts --vocabulary-rev main~1 src/core/errors/catalog/okta.ts
 *
 * The module is imported and evaluated, so every builder and stock text is expanded. What the build
 * computes is left out (the family, a name equal to the code or to the public Entra table's, the Entra
 * lookup and reference links, the Okta list link). An existing target file keeps its entries and comments;
 * new codes are appended, a code already there is reported and skipped unless `--replace`.
 * `--vocabulary-rev <git rev>` reads that revision's src/core/errors/vocabulary.ts (the old hand-kept code
 * lists) and marks the entries the recogniser knows with `vocabulary`. Then run `node scripts/build-catalog.mjs`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { ErrorEntry, ErrorFamily } from '../src/core/errors/catalog/types';
import { computedLinks, hydrateEntry, type DataEntry } from '../src/core/errors/catalog/hydrate';

const ROOT = resolve(__dirname, '..');
const DATA_DIR = join(ROOT, 'data/errors');
const PROSE_KEYS = new Set(['summary', 'causes', 'fixes', 'where', 'meaning']);
const KEY_ORDER = ['code', 'name', 'summary', 'causes', 'fixes', 'links', 'spec', 'contexts', 'vocabulary'] as const;

interface Vocabulary {
  oauth: ReadonlySet<string>;
  vendor: ReadonlyMap<string, string>;
  cognito: ReadonlySet<string>;
  genericAws: ReadonlySet<string>;
}

function usage(message: string): never {
  console.error(`${message}\nusage: npx tsx scripts/catalog-to-data.ts [--out FILE.yaml] [--replace] [--vocabulary-rev REV] MODULE.ts...`);
  process.exit(2);
}

function aadstsNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const line of readFileSync(join(ROOT, 'test/fixtures/errors/aadsts-codes.tsv'), 'utf8').split(/\r?\n/).slice(1)) {
    const [digits = '', raw = ''] = line.split('\t');
    const name = /^\[v\w+: (\w+)\]$/.exec(raw.trim())?.[1] ?? raw.trim();
    if (name && !names.has(digits.trim())) names.set(digits.trim(), name);
  }
  return names;
}

async function oldVocabulary(rev: string): Promise<Vocabulary> {
  const source = execFileSync('git', ['show', `${rev}:src/core/errors/vocabulary.ts`], { cwd: ROOT, encoding: 'utf8' });
  const file = join(mkdtempSync(join(tmpdir(), 'authlens-vocabulary-')), 'vocabulary.ts');
  // Its only import is a type, which tsx erases; point it at the tree anyway.
  writeFileSync(file, source.replace(/from '\.\/catalog\/types'/g, `from ${JSON.stringify(join(ROOT, 'src/core/errors/catalog/types'))}`));
  const old = (await import(pathToFileURL(file).href)) as {
    OAUTH_ERROR_CODES: ReadonlySet<string>;
    COGNITO_EXCEPTIONS: ReadonlySet<string>;
    GENERIC_AWS_EXCEPTIONS: ReadonlySet<string>;
    vendorVocabulary(): ReadonlyMap<string, string>;
  };
  return {
    oauth: old.OAUTH_ERROR_CODES,
    vendor: old.vendorVocabulary(),
    cognito: old.COGNITO_EXCEPTIONS,
    genericAws: old.GENERIC_AWS_EXCEPTIONS,
  };
}

function vocabularyMark(entry: ErrorEntry, vocabulary: Vocabulary | undefined): true | 'context' | undefined {
  if (!vocabulary) return undefined;
  if (entry.family === 'oauth') return vocabulary.oauth.has(entry.code) ? true : undefined;
  if (entry.family === 'cognito' && vocabulary.cognito.has(entry.code)) return vocabulary.genericAws.has(entry.code) ? 'context' : true;
  return vocabulary.vendor.get(entry.code) === entry.family ? true : undefined;
}

/** The entry as stored: computed parts left out. */
export function toData(entry: ErrorEntry, tableNames: ReadonlyMap<string, string>): DataEntry {
  const { family, name, links, ...rest } = entry;
  const computed = computedLinks(family, entry.code);
  const own = links.slice(0, computed.length).every((link, i) => isDeepStrictEqual(link, computed[i]))
    ? links.slice(computed.length)
    : links;
  const digits = family === 'entra' ? /^AADSTS(\d+)$/.exec(entry.code)?.[1] : undefined;
  const defaultName = digits ? tableNames.get(digits) : entry.code;
  return { ...rest, ...(name !== defaultName ? { name } : {}), ...(own.length > 0 ? { links: own } : {}) };
}

function scalar(value: string, prose: boolean): Scalar {
  const node = new Scalar(value);
  // Prose is always a folded block: any character may be typed in it, nothing is ever escaped.
  const plainOk = !/^[\s"'`@%&*!|>{}[\],#?:-]|: | #|\s$/.test(value) && !/^(true|false|null|yes|no|on|off|~|[-+.\d].*)$/i.test(value);
  node.type = prose || !plainOk ? Scalar.BLOCK_FOLDED : Scalar.PLAIN;
  return node;
}

function node(value: unknown, key?: string): unknown {
  if (typeof value === 'string') return scalar(value, key !== undefined && PROSE_KEYS.has(key));
  if (Array.isArray(value)) {
    const seq = new YAMLSeq();
    for (const item of value) seq.items.push(node(item, key));
    return seq;
  }
  if (value && typeof value === 'object') {
    const map = new YAMLMap();
    const record = value as Record<string, unknown>;
    const keys = [
      ...KEY_ORDER.filter((k) => k in record),
      ...Object.keys(record).filter((k) => !(KEY_ORDER as readonly string[]).includes(k)),
    ];
    for (const k of keys) if (record[k] !== undefined) map.items.push(new Document().createPair(k, node(record[k], k)) as never);
    return map;
  }
  return value;
}

function headerComment(modulePath: string): string | undefined {
  const source = readFileSync(modulePath, 'utf8');
  const block = /\/\*\*([\s\S]*?)\*\//.exec(source)?.[1];
  if (!block) return undefined;
  const text = block
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, '').trimEnd())
    .join('\n')
    .trim();
  return `${text}\n(converted from ${relative(ROOT, modulePath)})`;
}

async function entriesOf(modulePath: string): Promise<ErrorEntry[]> {
  const exports = (await import(pathToFileURL(modulePath).href)) as Record<string, unknown>;
  const found: ErrorEntry[] = [];
  for (const value of Object.values(exports)) {
    if (!Array.isArray(value)) continue;
    for (const item of value) {
      if (item && typeof item === 'object' && typeof item.code === 'string' && typeof item.family === 'string' && !found.includes(item))
        found.push(item as ErrorEntry);
    }
  }
  return found;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let out: string | undefined;
  let rev: string | undefined;
  let replace = false;
  const modules: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--out') out = args[++i] ?? usage('--out needs a file');
    else if (arg === '--vocabulary-rev') rev = args[++i] ?? usage('--vocabulary-rev needs a git revision');
    else if (arg === '--replace') replace = true;
    else if (arg.startsWith('--')) usage(`unknown option ${arg}`);
    else modules.push(resolve(arg));
  }
  if (modules.length === 0) usage('no module given');
  const vocabulary = rev ? await oldVocabulary(rev) : undefined;
  const tableNames = aadstsNames();
  const byTarget = new Map<string, { family: ErrorFamily; entries: ErrorEntry[]; header?: string }>();
  for (const modulePath of modules) {
    const entries = await entriesOf(modulePath);
    if (entries.length === 0) usage(`${relative(ROOT, modulePath)} exports no ErrorEntry array`);
    for (const entry of entries) {
      const target = resolve(out ?? join(DATA_DIR, `${entry.family}.yaml`));
      const group = byTarget.get(target) ?? { family: entry.family, entries: [], header: headerComment(modulePath) };
      if (group.family !== entry.family)
        usage(`${relative(ROOT, target)} would mix ${group.family} and ${entry.family}; convert them separately`);
      group.entries.push(entry);
      byTarget.set(target, group);
    }
  }

  for (const [target, group] of byTarget) {
    const doc = existsSync(target) ? parseDocument(readFileSync(target, 'utf8')) : new Document({ entries: [] });
    if (!existsSync(target) && group.header) doc.commentBefore = ` ${group.header.replace(/\n/g, '\n ')}`;
    const list = doc.get('entries');
    if (!isSeq(list)) usage(`${relative(ROOT, target)} has no entries list`);
    const codeAt = (item: unknown): string | undefined => (isMap(item) ? String(item.get('code')) : undefined);
    let added = 0;
    const skipped = new Set<string>();
    for (const entry of group.entries) {
      const data = toData(entry, tableNames);
      const mark = vocabularyMark(entry, vocabulary);
      // Round trip: the stored form, hydrated as the bundle does, is the entry itself.
      const digits = /^AADSTS(\d+)$/.exec(entry.code)?.[1];
      const named = data.name === undefined && entry.family === 'entra' && digits ? { ...data, name: tableNames.get(digits) } : data;
      if (!isDeepStrictEqual(hydrateEntry(entry.family, named), entry))
        throw new Error(`${entry.code}: the stored form does not round-trip`);
      const item = node({ ...data, ...(mark === undefined ? {} : { vocabulary: mark }) });
      const index = list.items.findIndex((existing) => codeAt(existing) === entry.code);
      if (index >= 0 && !replace) {
        skipped.add(entry.code);
        console.warn(`${relative(ROOT, target)}: ${entry.code} is already there; skipped (use --replace)`);
        continue;
      }
      if (index >= 0) list.items[index] = item as never;
      else list.items.push(item as never);
      added++;
    }
    if (vocabulary) {
      const known = new Set(group.entries.map((entry) => entry.code));
      const only: string[] = [];
      if (group.family === 'oauth') only.push(...[...vocabulary.oauth].filter((code) => !known.has(code)));
      for (const [code, family] of vocabulary.vendor) if (family === group.family && !known.has(code)) only.push(code);
      if (group.family === 'cognito') only.push(...[...vocabulary.cognito].filter((code) => !known.has(code)));
      if (only.length > 0 && !doc.has('vocabularyOnly')) doc.set('vocabularyOnly', doc.createNode(only));
      const entriesPair =
        doc.contents && isMap(doc.contents)
          ? doc.contents.items.find((pair) => String((pair.key as Scalar).value) === 'entries')
          : undefined;
      if (entriesPair && isMap(doc.contents)) {
        // Keep `entries` last: the short lists first, where a reader sees them.
        doc.contents.items = [...doc.contents.items.filter((pair) => pair !== entriesPair), entriesPair];
      }
    }
    mkdirSync(dirname(target), { recursive: true });
    const text = doc.toString({ lineWidth: 110, minContentWidth: 40, indentSeq: true });
    // What we wrote reads back as what we meant.
    const reread = parseDocument(text).toJS() as { entries: (DataEntry & { vocabulary?: unknown })[] };
    for (const entry of group.entries) {
      if (skipped.has(entry.code)) continue;
      const { vocabulary: _mark, ...stored } = reread.entries.find((e) => e.code === entry.code) ?? { code: '' };
      if (!isDeepStrictEqual(stored, toData(entry, tableNames))) throw new Error(`${entry.code}: the YAML does not read back the same`);
    }
    writeFileSync(target, text);
    console.log(`${relative(ROOT, target)}: ${added} added${skipped.size ? `, ${skipped.size} skipped` : ''} (${group.family})`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
