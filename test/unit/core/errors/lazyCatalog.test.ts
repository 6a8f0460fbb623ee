import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');
const CATALOG = join(ROOT, 'src/core/errors/catalog');

/** Static, value (not `import type`) imports of a TypeScript file, resolved to files. */
function staticImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of source.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm)) {
    const base = resolve(dirname(file), match[1]!);
    const candidate = [`${base}.ts`, join(base, 'index.ts'), base].find((path) => existsSync(path) && path.endsWith('.ts'));
    if (candidate) found.push(candidate);
  }
  return found;
}

/** Every file reachable from `entry` through static imports. Dynamic `import()` is where laziness starts. */
function eagerGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...staticImports(file));
  }
  return seen;
}

function catalogDataIn(graph: Set<string>): string[] {
  return [...graph].filter((file) => file.startsWith(CATALOG) && !file.endsWith('types.ts')).map((file) => relative(ROOT, file));
}

test('the recogniser and the scan never load the catalog data', () => {
  for (const entry of ['src/core/scan/scan.ts', 'src/core/errors/recognize.ts', 'src/cli/scanCommand.ts']) {
    assert.deepEqual(catalogDataIn(eagerGraph(join(ROOT, entry))), [], entry);
  }
});

test('the CLI loads the catalog only for explain (a dynamic import)', () => {
  assert.deepEqual(catalogDataIn(eagerGraph(join(ROOT, 'src/cli/main.ts'))), []);
  assert.ok(catalogDataIn(eagerGraph(join(ROOT, 'src/cli/explainCommand.ts'))).length > 0, 'explain does use it');
  assert.match(readFileSync(join(ROOT, 'src/cli/main.ts'), 'utf8'), /await import\('\.\/explainCommand'\)/);
});

test('activating the extension does not load the catalog data', () => {
  assert.deepEqual(catalogDataIn(eagerGraph(join(ROOT, 'src/extension/extension.ts'))), []);
});
