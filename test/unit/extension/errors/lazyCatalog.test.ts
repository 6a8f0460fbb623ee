import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The modules that hold or pull in the catalog data: only `import type` or a dynamic `import()` may name them. */
const HEAVY = /(?:core\/errors\/|\.\/)(catalog\/index|explain|responses\/parse|catalog\/(?!types)[\w/]+)['"]/;

/** What the hover and the Explain command import before the catalog is needed: the editor layer and the core's explain policy. */
const LIGHT = [
  ...readdirSync('src/extension/errors')
    .filter((file) => file.endsWith('.ts'))
    .map((name) => join('src/extension/errors', name)),
  ...[
    'errorCore',
    'explainPolicy',
    'explainModel',
    'hoverTarget',
    'responseWindow',
    'ranking',
    'referenceLinks',
    'responseFacts',
    'embeddedHeader',
  ].map((name) => `src/core/errors/${name}.ts`),
];

test('the error layer never imports the catalog statically, so activation does not load it', () => {
  const offenders: string[] = [];
  for (const name of LIGHT) {
    const source = readFileSync(name, 'utf8');
    for (const [statement] of source.matchAll(/^import\s(?!type\s)[^;]*;/gm)) {
      if (HEAVY.test(statement)) offenders.push(`${name}: ${statement}`);
    }
  }
  assert.deepEqual(offenders, []);
  // And the one place that loads it does so dynamically.
  assert.match(
    readFileSync('src/core/errors/errorCore.ts', 'utf8'),
    /await Promise\.all\(\[import\('\.\/explain'\), import\('\.\/catalog\/index'\)\]\)/,
  );
});

test('what the hover needs before the catalog (recognition) does not import the catalog either', () => {
  for (const file of ['src/core/errors/recognize.ts', 'src/core/errors/vocabulary.ts']) {
    for (const [statement] of readFileSync(file, 'utf8').matchAll(/^import\s(?!type\s)[^;]*;/gm)) {
      assert.doesNotMatch(statement, HEAVY, `${file}: ${statement}`);
    }
  }
});
