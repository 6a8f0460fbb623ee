/** Runs every `bench/*.bench.ts` (see harness.ts); arguments filter by file name. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

async function main(): Promise<void> {
  const filters = process.argv.slice(2);
  const files = readdirSync(__dirname)
    .filter((name) => name.endsWith('.bench.ts'))
    .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
    .sort();
  for (const file of files) {
    console.log(`\n# ${file}`);
    const bench = (await import(join(__dirname, file))) as { run?: () => Promise<void> };
    if (typeof bench.run !== 'function') throw new Error(`${file} does not export run()`);
    await bench.run();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
