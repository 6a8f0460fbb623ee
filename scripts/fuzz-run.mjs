// `npm run fuzz -- …`: bundles scripts/fuzz.ts with esbuild (as the parsers ship: one bundle, no
// per-call import getters, no TypeScript loader) into out/fuzz.js and runs it with the same arguments.
// Measured: two to five times the inputs per second of running the sources through tsx.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { buildCatalog } from './build-catalog.mjs';

await buildCatalog({ quiet: true });
await esbuild.build({
  entryPoints: ['scripts/fuzz.ts'],
  outfile: 'out/fuzz.js',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  logLevel: 'warning',
  sourcemap: 'inline',
});
const run = spawnSync(process.execPath, ['--enable-source-maps', 'out/fuzz.js', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = run.status ?? 1;
