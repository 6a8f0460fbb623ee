import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The modules that hold or pull in the catalog data: only `import type` or a dynamic `import()` may name them. */
const HEAVY = /core\/errors\/(catalog\/index|explain|responses\/parse|catalog\/(?!types)[\w/]+)['"]/;

test('the error layer never imports the catalog statically, so activation does not load it', () => {
  const dir = 'src/extension/errors';
  const offenders: string[] = [];
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.ts'))) {
    const source = readFileSync(join(dir, name), 'utf8');
    for (const [statement] of source.matchAll(/^import\s(?!type\s)[^;]*;/gm)) {
      if (HEAVY.test(statement)) offenders.push(`${name}: ${statement}`);
    }
  }
  assert.deepEqual(offenders, []);
  // And the one place that loads it does so dynamically.
  assert.match(readFileSync(join(dir, 'errorCore.ts'), 'utf8'), /await Promise\.all\(\[import\('\.\.\/\.\.\/core\/errors\/explain'\), import\('\.\.\/\.\.\/core\/errors\/catalog\/index'\)\]\)/);
});

test('what the hover needs before the catalog (recognition) does not import the catalog either', () => {
  for (const file of ['src/core/errors/recognize.ts', 'src/core/errors/vocabulary.ts']) {
    for (const [statement] of readFileSync(file, 'utf8').matchAll(/^import\s(?!type\s)[^;]*;/gm)) {
      assert.doesNotMatch(statement, HEAVY, `${file}: ${statement}`);
    }
  }
});
