// One build for everything AuthLens ships or tests: the extension host bundle (Node), the webview
// scripts (browser), the `authlens` CLI (Node) and the integration suite that runs inside VS Code.
// Usage: node build.mjs [--production] [--watch] [--tests]
import * as esbuild from 'esbuild';
import { readdirSync, statSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildCatalog } from './scripts/build-catalog.mjs';
import { catalogApart, flowApart, tracesApart } from './scripts/bundleSplits.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const withTests = process.argv.includes('--tests');

/** Every `main.ts` under src/webview/<name>/ becomes dist/webview/<name>.js. */
function webviewEntries() {
  const root = 'src/webview';
  return readdirSync(root)
    .filter((name) => statSync(join(root, name)).isDirectory())
    .map((name) => ({ in: join(root, name, 'main.ts'), out: `webview/${name}` }))
    .filter((entry) => {
      try {
        return statSync(entry.in).isFile();
      } catch {
        return false;
      }
    });
}

function filesUnder(dir, suffix) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...filesUnder(path, suffix));
    else if (name.endsWith(suffix)) found.push(path);
  }
  return found;
}

/**
 * The error catalog is data (data/errors/*.yaml): validated and emitted as TypeScript modules before
 * anything is bundled. A problem in a data file stops the build with the file and code named.
 */
try {
  await buildCatalog();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

/**
 * The MCP server (`authlens mcp`) is its own file too, dist/mcpServer.js: the SDK and zod are ~700 KiB
 * that `authlens decode | scan | explain` must not parse at start-up.
 */
const MCP = resolve('src/cli/mcpCommand');
const mcpApart = {
  name: 'mcp-server-apart',
  setup(build) {
    build.onResolve({ filter: /mcpCommand$/ }, (args) =>
      resolve(args.resolveDir, args.path) === MCP && args.importer !== '' ? { path: './mcpServer.js', external: true } : undefined,
    );
  },
};

/**
 * What the CLI imports lazily (`await import('./verifyCommand')`, the HAR reader…) is bundled apart,
 * dist/cli-<name>.js, loaded by the command that needs it: `authlens scan` parses only the scanner at
 * start-up (the whole CLI in one file cost about 20 ms of start-up, a tenth of a 100 MB scan's budget).
 */
const CLI_LAZY = new Map();
for (const name of readdirSync('src/cli').filter((file) => file.endsWith('.ts'))) {
  for (const [, path] of readFileSync(join('src/cli', name), 'utf8').matchAll(/\bimport\('(\.{1,2}\/[^']+)'\)/g)) {
    const target = resolve('src/cli', path);
    if (target === MCP) continue; // the MCP server has its own file (above)
    const base = target.split(/[\\/]/).pop();
    CLI_LAZY.set(target, `cli-${base === 'index' ? target.split(/[\\/]/).slice(-2, -1)[0] : base}`);
  }
}
const cliLazy = {
  name: 'cli-lazy',
  setup(build) {
    build.onResolve({ filter: /^\.{1,2}\// }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const out = CLI_LAZY.get(resolve(args.resolveDir, args.path));
      return out ? { path: `./${out}.js`, external: true } : undefined;
    });
  },
};

/** The web worker has no Node: any `node:` or built-in import there is a build error, not a runtime surprise. */
const NODE_BUILTINS = /^(node:|(assert|buffer|child_process|crypto|events|fs|http|https|net|os|path|stream|tls|url|util|zlib)(\/.*)?$)/;
const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: NODE_BUILTINS }, (args) => ({
      errors: [{ text: `"${args.path}" (imported by ${args.importer}) is a Node module: the web extension cannot use it` }],
    }));
  },
};

const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  logLevel: 'warning',
  metafile: true,
  legalComments: 'none',
};

const builds = [
  {
    ...common,
    entryPoints: [{ in: 'src/extension/extension.ts', out: 'extension' }],
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    plugins: [catalogApart, tracesApart, flowApart],
    // The lazy bundles load by require() (as the catalog does), not by Node's ESM loader.
    supported: { 'dynamic-import': false },
  },
  {
    ...common,
    entryPoints: [{ in: 'src/extension/flow/flowTesterView.ts', out: 'flow' }],
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    plugins: [catalogApart, tracesApart],
    supported: { 'dynamic-import': false },
  },
  {
    ...common,
    entryPoints: [{ in: 'src/extension/traces/tracesBundle.ts', out: 'traces' }],
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    plugins: [catalogApart],
  },
  {
    ...common,
    entryPoints: [{ in: 'src/cli/main.ts', out: 'cli' }],
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [catalogApart, mcpApart, cliLazy],
    define: { __AUTHLENS_VERSION__: JSON.stringify(version) },
  },
  {
    ...common,
    entryPoints: [...CLI_LAZY].map(([path, out]) => ({ in: path, out })),
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    plugins: [catalogApart, mcpApart, cliLazy],
    define: { __AUTHLENS_VERSION__: JSON.stringify(version) },
  },
  {
    ...common,
    entryPoints: [{ in: 'src/cli/mcpCommand.ts', out: 'mcpServer' }],
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    plugins: [catalogApart],
  },
  {
    ...common,
    entryPoints: [{ in: 'src/core/errors/catalog/index.ts', out: 'errorCatalog' }],
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  },
  // The web extension (package.json `browser`) for the web worker extension host: one file, only
  // `vscode` external, no Node built-ins (the build fails if one sneaks in). The catalog is inside.
  {
    ...common,
    entryPoints: [{ in: 'src/extension/web.ts', out: 'web/extension' }],
    outdir: 'dist',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    define: { global: 'globalThis' },
    plugins: [noNodeBuiltins],
  },
  // Webview scripts run in a browser page: no Node built-in (nor vscode, which nothing provides there).
  {
    ...common,
    entryPoints: webviewEntries(),
    outdir: 'dist',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    plugins: [noNodeBuiltins],
  },
];
if (withTests) {
  // The extension-host suite: each test file is its own bundle so mocha can load them one by one.
  builds.push({
    ...common,
    minify: false,
    sourcemap: 'inline',
    entryPoints: filesUnder('test/integration', '.ts').map((file) => ({ in: file, out: file.replace(/\.ts$/, '') })),
    outdir: 'out',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
  });
}

function sizes(result) {
  for (const [file, info] of Object.entries(result.metafile.outputs)) {
    if (!file.endsWith('.map') && !file.startsWith('out/')) console.log(`  ${file}  ${(info.bytes / 1024).toFixed(1)} KiB`);
  }
}

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
  console.log('esbuild: watching');
} else {
  const results = await Promise.all(builds.map((options) => esbuild.build(options)));
  console.log(`esbuild: built${production ? ' (production)' : ''}`);
  results.forEach(sizes);
}
