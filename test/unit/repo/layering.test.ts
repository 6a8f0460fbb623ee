/**
 * The layers, checked on the sources (the ESLint rules say the same while editing): only the editor
 * layer imports `vscode`; webview scripts, which run in a browser page, import neither `vscode` nor Node.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(?:ts|mts|js|mjs)$/.test(name) ? [path] : [];
  });
}

/** Every module specifier a file imports, re-exports or requires. */
function specifiers(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"\n]+)['"]/gm))
    found.push(match[1]!);
  return found;
}

const NODE = new Set(builtinModules);
const isNode = (spec: string) => spec.startsWith('node:') || NODE.has(spec);
const importers = (dir: string, bad: (spec: string) => boolean) =>
  files(dir).flatMap((file) =>
    specifiers(readFileSync(file, 'utf8'))
      .filter(bad)
      .map((spec) => `${file}: ${spec}`),
  );

test('vscode is imported only under src/extension', () => {
  const offenders = importers('src', (spec) => spec === 'vscode').filter((line) => !line.startsWith(`src${sep}extension${sep}`));
  assert.deepEqual(offenders, []);
});

test('webview scripts import neither vscode nor Node modules', () => {
  assert.deepEqual(
    importers('src/webview', (spec) => spec === 'vscode' || isNode(spec)),
    [],
  );
});

test('the core imports no Node module', () => {
  assert.deepEqual(importers('src/core', isNode), []);
});

test('the import finder sees every form it checks', () => {
  const source =
    "import * as vscode from 'vscode';\nimport 'node:fs';\nexport { x } from \"http\";\nconst y = require('path');\nawait import('os');";
  assert.deepEqual(specifiers(source), ['vscode', 'node:fs', 'http', 'path', 'os']);
});
