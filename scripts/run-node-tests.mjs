// Runs node's built-in test runner over TypeScript test files (through tsx), since Node 20's
// `--test` neither globs nor knows `.ts`. Usage: node scripts/run-node-tests.mjs [--node-test-flag…] <dir|file>...
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildCatalog } from './build-catalog.mjs';

function testFiles(path) {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).sort().flatMap((name) => {
    const child = join(path, name);
    if (statSync(child).isDirectory()) return testFiles(child);
    return /\.test\.(ts|mts|mjs)$/.test(name) ? [child] : [];
  });
}

const args = process.argv.slice(2);
const flags = args.filter((arg) => arg.startsWith('--')); // e.g. --test-name-pattern=…, passed to node's runner
const paths = args.filter((arg) => !arg.startsWith('--'));
const files = paths.flatMap(testFiles);
if (files.length === 0) {
  console.error(`no test files under ${paths.join(' ')}`);
  process.exit(1);
}
// The catalog's generated modules (data/errors/ → src/core/errors/**/generated/), when a data file is newer.
try {
  await buildCatalog({ quiet: true });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...flags, ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
