// The desktop bundle VS Code parses at activation stays small: the error catalog and SAML/HAR (xmldom,
// the HAR reader, the trace views) are bundles of their own, required on first use. Built here in
// memory, minified, with the same split plugins as `npm run build:production`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as esbuild from 'esbuild';
import { catalogApart, flowApart, tracesApart } from '../../../scripts/bundleSplits.mjs';

/**
 * dist/extension.js, production build, in KiB: 257 when the Architecture issue was filed; 238.5 with the
 * catalog, SAML/HAR and the Flow Tester's host apart. Raise it on purpose, in the commit that needs it.
 */
const EXTENSION_BUDGET_KIB = 257;

async function bundle(entry: string, plugins: esbuild.Plugin[]) {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    minify: true,
    legalComments: 'none',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    plugins,
    logLevel: 'silent',
    supported: { 'dynamic-import': false },
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  return { bytes: output.bytes, inputs: Object.keys(output.inputs), code: result.outputFiles[0]!.text };
}

test(`dist/extension.js stays under ${EXTENSION_BUDGET_KIB} KiB and holds no SAML, HAR, Flow Tester host or catalog code`, async () => {
  const extension = await bundle('src/extension/extension.ts', [catalogApart, tracesApart, flowApart]);
  const kib = extension.bytes / 1024;
  console.log(`  extension.js ${kib.toFixed(1)} KiB (budget ${EXTENSION_BUDGET_KIB} KiB)`);
  assert.ok(kib <= EXTENSION_BUDGET_KIB, `extension.js is ${kib.toFixed(1)} KiB, over its ${EXTENSION_BUDGET_KIB} KiB budget`);
  const heavy = extension.inputs.filter((file) =>
    /node_modules\/@xmldom\/|src\/core\/har\/(analyze|read|checks)|src\/core\/saml\/(decode|xml|extract)|src\/extension\/traces\/(samlHtml|traceHtml)|catalog\/generated\/|node_modules\/oauth4webapi\/|src\/core\/flow\/flowSession|src\/node\/(loopback|mtlsFetch)/.test(
      file,
    ),
  );
  assert.deepEqual(heavy, [], 'loaded lazily, never part of extension.js');
  // The lazy bundles are required by their file names, next to extension.js.
  for (const lazy of ['./traces.js', './errorCatalog.js', './flow.js'])
    assert.ok(extension.code.includes(`require("${lazy}")`), `extension.js requires ${lazy}`);
});

test('dist/traces.js holds xmldom, the HAR reader and the trace views, but not the catalog', async () => {
  const traces = await bundle('src/extension/traces/tracesBundle.ts', [catalogApart]);
  for (const expected of [
    /node_modules\/@xmldom\/xmldom\//,
    /src\/core\/har\/analyze\.ts$/,
    /src\/core\/saml\/decode\.ts$/,
    /src\/extension\/traces\/traceHtml\.ts$/,
    /src\/core\/agent\/explainHarTool\.ts$/,
  ]) {
    assert.ok(
      traces.inputs.some((file) => expected.test(file)),
      `${expected} in traces.js`,
    );
  }
  assert.deepEqual(
    traces.inputs.filter((file) => file.includes('catalog/generated/')),
    [],
  );
});

test('dist/flow.js holds the Flow Tester host: the session, the engine, oauth4webapi and the loopback listener', async () => {
  const flow = await bundle('src/extension/flow/flowTesterView.ts', [catalogApart, tracesApart]);
  for (const expected of [
    /node_modules\/oauth4webapi\//,
    /src\/core\/flow\/flowSession\.ts$/,
    /src\/node\/loopback\.ts$/,
    /src\/extension\/flow\/viewModel\.ts$/,
  ]) {
    assert.ok(
      flow.inputs.some((file) => expected.test(file)),
      `${expected} in flow.js`,
    );
  }
  assert.deepEqual(
    flow.inputs.filter((file) => file.includes('catalog/generated/') || file.includes('@xmldom')),
    [],
  );
});
