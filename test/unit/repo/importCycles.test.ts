// `src` has no import cycles: every relative import (value or `import type`, static, re-export or
// dynamic `import()`) is an edge, and the graph's strongly connected components must all be single
// files. A cycle makes load order matter and keeps modules from being split or moved alone; shared
// types belong in a leaf module (e.g. core/scan/findings.ts for the detectors' match types).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|mts)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The relative module specifiers of a file, comments left out. */
export function specifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]/g,
    /\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g,
    /\brequire\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.push(match[1]!);
  return found;
}

function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.mts`, join(base, 'index.ts')].find(
    (path) => existsSync(path) && statSync(path).isFile() && /\.m?ts$/.test(path),
  );
}

/** Tarjan's strongly connected components of size > 1 (and self-imports). */
export function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    indices.set(node, index);
    low.set(node, index);
    index++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, indices.get(next)!));
      }
    }
    if (low.get(node) === indices.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!indices.has(node)) visit(node);
  return found;
}

test('the cycle finder finds a two-file cycle and a self-import, and passes a chain', () => {
  assert.deepEqual(
    cycles(
      new Map([
        ['a', ['b']],
        ['b', ['a']],
        ['c', ['c']],
        ['d', ['a']],
      ]),
    ),
    [['a', 'b'], ['c']],
  );
  assert.deepEqual(
    cycles(
      new Map([
        ['a', ['b']],
        ['b', ['c']],
        ['c', []],
      ]),
    ),
    [],
  );
  assert.deepEqual(
    specifiers(
      `import type { A } from '../scan/scan';\nexport { b } from './b';\n// import x from './commented'\nconst c = await import('./c');\nimport './side';`,
    ),
    ['../scan/scan', './b', './side', './c'],
  );
});

test('src has no import cycles (type-only and dynamic imports count)', () => {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const targets = specifiers(readFileSync(file, 'utf8'))
      .map((specifier) => resolveImport(file, specifier))
      .filter((path): path is string => path !== undefined);
    graph.set(file, [...new Set(targets)]);
  }
  assert.ok(graph.size > 100, `read ${graph.size} files`);
  const found = cycles(graph).map((component) => component.map((file) => relative(ROOT, file)).join(' ↔ '));
  assert.deepEqual(found, [], `import cycles:\n${found.join('\n')}`);
});
