// Runs node's built-in test runner over TypeScript test files (through tsx), since Node 20's
// `--test` neither globs nor knows `.ts`. Usage: node scripts/run-node-tests.mjs [--parallel] [--node-test-flag…] <dir|file>...
// Files run one at a time unless `--parallel` (the unit tier: as many at once as the machine has cores,
// or AUTHLENS_TEST_CONCURRENCY); the tiers that start code-server, Chromium or the identity provider stay serial.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { buildCatalog } from './build-catalog.mjs';

function testFiles(path) {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => {
      const child = join(path, name);
      if (statSync(child).isDirectory()) return testFiles(child);
      return /\.test\.(ts|mts|mjs)$/.test(name) ? [child] : [];
    });
}

const args = process.argv.slice(2);
const parallel = args.includes('--parallel');
const flags = args.filter((arg) => arg.startsWith('--') && arg !== '--parallel'); // e.g. --test-name-pattern=…, passed to node's runner
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
const concurrency = parallel ? Number(process.env.AUTHLENS_TEST_CONCURRENCY) || Math.max(2, availableParallelism()) : 1;
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, ...flags, ...files], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
