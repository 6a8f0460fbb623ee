/**
 * The web extension's bundle (package.json `browser`) is built for the web worker: nothing of Node
 * in it, only `vscode` required, and none of the desktop-only features (Flow Tester, capture).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as esbuild from 'esbuild';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

test('package.json has a browser entry beside main', () => {
  assert.equal(pkg.browser, './dist/web/extension.js');
  assert.equal(pkg.main, './dist/extension.js');
});

test('the web entry bundles for the browser with only vscode external, and leaves the desktop-only code out', async () => {
  const result = await esbuild.build({
    entryPoints: ['src/extension/web.ts'],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  const imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports.filter((i) => i.external).map((i) => i.path));
  assert.deepEqual([...new Set(imports)], ['vscode']);
  assert.deepEqual(
    inputs.filter((file) => /src\/(core|extension)\/(flow|capture)\//.test(file) && !file.endsWith('types.ts')),
    [],
  );
  const code = result.outputFiles[0]!.text;
  // Strings hold prose ("…the process. …"), the catalog's data is one big JSON.parse('…') literal: only code counts.
  const codeOnly = code
    .replace(/JSON\.parse\('(?:[^'\\]|\\.)*'\)/g, '')
    .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '');
  assert.ok(!/\b(Buffer|process)\.[a-z]/.test(codeOnly), 'Node globals in the web bundle');
  assert.ok(
    inputs.some((file) => file.includes('src/core/errors/catalog/')),
    'the catalog is inside the web bundle',
  );
  assert.ok(
    inputs.some((file) => file.includes('jose/dist/webapi')),
    'jose in its Web Crypto build',
  );
});
