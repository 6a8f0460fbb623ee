import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import {
  compileCatalog,
  dataModule,
  MAX_SHARED,
  MAX_SUMMARY,
  OUT_DATA,
  OUT_VOCABULARY,
  vocabularyModule,
} from '../../../../scripts/build-catalog.mjs';
import { allCatalogEntries, lookupError } from '../../../../src/core/errors/catalog/index';
import { rawDataFiles } from './_catalogData';

const compiled = compileCatalog();

test('every data file passes the schema and the build rules', async () => {
  const { problems, families } = await compiled;
  assert.deepEqual(problems, []);
  assert.ok(families.length >= 10);
});

test('the generated modules are what the data makes (the build ran since the last edit)', async () => {
  const { families, vocabulary } = await compiled;
  assert.equal(readFileSync(OUT_DATA, 'utf8'), dataModule(families));
  assert.equal(readFileSync(OUT_VOCABULARY, 'utf8'), vocabularyModule(families, vocabulary));
});

test('every entry, as the bundle serves it: summary 20–400 characters, a cause, a fix, https sources with titles', () => {
  const entries = allCatalogEntries();
  assert.equal(
    entries.length,
    rawDataFiles().reduce((n, file) => n + file.doc.entries.length, 0),
  );
  for (const e of entries) {
    const where = `${e.family} ${e.code}`;
    assert.ok(e.summary.length >= 20 && e.summary.length <= 400, `${where}: summary length ${e.summary.length}`);
    assert.ok(e.causes.length >= 1 && e.fixes.length >= 1, `${where}: a cause and a fix`);
    assert.ok(e.name.trim() !== '', `${where}: name`);
    assert.ok(e.links.length >= 1, `${where}: a source`);
    for (const link of e.links) {
      assert.ok(link.title.trim() !== '', `${where}: link title`);
      assert.equal(new URL(link.url).protocol, 'https:', `${where}: ${link.url}`);
    }
  }
});

test('the computed parts: Entra names from the public table, lookup and reference links, Okta list links', () => {
  const entry = lookupError('AADSTS50058')!;
  assert.equal(entry.name, 'UserInformationNotProvided');
  assert.deepEqual(
    entry.links.slice(0, 2).map((l) => l.url),
    ['https://login.microsoftonline.com/error?code=50058', 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes'],
  );
  const raw = rawDataFiles()
    .flatMap((file) => file.doc.entries)
    .find((e) => e.code === 'AADSTS50058')!;
  assert.equal(raw.name, undefined, 'the data leaves the name out');
  assert.equal(lookupError('E0000011')!.links[0]!.url, 'https://developer.okta.com/docs/reference/error-codes/#e0000011');
  assert.equal(lookupError('invalid_grant')!.name, 'invalid_grant');
});

test('prose needs no escaping: every summary, cause, fix and meaning is a folded block', () => {
  for (const file of rawDataFiles()) {
    for (const [n, line] of file.text.split('\n').entries()) {
      const prose = /^\s*(?:- )?(summary|where|meaning):\s*(.*)$/.exec(line) ?? (/^ {4}(causes|fixes):/.test(line) ? null : undefined);
      if (prose) assert.match(prose[2]!, /^>-$/, `${file.path}:${n + 1}: ${prose[1]} is not a folded block`);
      assert.doesNotMatch(line, /\\"|\\'/, `${file.path}:${n + 1}: an escaped quote`);
    }
  }
});

/** A data directory with one file, for the checks the build must fail. */
async function problemsFor(family: string, yaml: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'authlens-catalog-'));
  mkdirSync(join(dir, 'x'), { recursive: true });
  writeFileSync(join(dir, `${family}.yaml`), yaml);
  return (await compileCatalog({ dataDir: dir })).problems;
}

const GOOD = `entries:
  - code: invalid_thing
    summary: >-
      A value that is long enough to be a summary.
    causes:
      - >-
        Something went wrong here.
    fixes:
      - >-
        Do the right thing instead.
    links:
      - title: Somewhere
        url: https://example.com/docs
`;

test('the build accepts a well-formed file and rejects each broken rule, naming file and code', async () => {
  assert.deepEqual(await problemsFor('google', GOOD), []);
  const cases: [string, string, RegExp][] = [
    ['no cause', GOOD.replace(/ {4}causes:\n.*\n.*\n/, '    causes: []\n'), /invalid_thing.*causes.*fewer than 1/],
    ['http source', GOOD.replace('https://', 'http://'), /invalid_thing.*url.*pattern/],
    ['short summary', GOOD.replace('A value that is long enough to be a summary.', 'Too short.'), /invalid_thing.*summary.*fewer than 20/],
    ['unknown key', GOOD.replace('    summary:', '    summry: x\n    summary:'), /additional properties/],
    ['no source', GOOD.replace(/ {4}links:\n.*\n.*\n/, ''), /invalid_thing: needs at least one https source/],
    ['name equal to the code', GOOD.replace('    summary:', '    name: invalid_thing\n    summary:'), /leave "name" out/],
    ['duplicate code', GOOD + GOOD.split('\n').slice(1).join('\n'), /invalid_thing: already in/],
    ['not YAML', 'entries: [\n', /not valid YAML/],
  ];
  for (const [label, yaml, expected] of cases) {
    const problems = await problemsFor('google', yaml);
    assert.ok(
      problems.some((p) => expected.test(p) && p.includes('google.yaml')),
      `${label}: ${problems.join(' | ')}`,
    );
  }
});

test('the accuracy rules: summary bound and ending, no repeated prose, a cause of its own per code', async () => {
  const long = `${'A summary that goes on and on. '.repeat(10)}End.`;
  const cases: [string, string, RegExp][] = [
    [
      'long summary',
      GOOD.replace('A value that is long enough to be a summary.', long),
      new RegExp(`summary is ${long.length} characters; at most ${MAX_SUMMARY}`),
    ],
    [
      'summary without an ending',
      GOOD.replace('long enough to be a summary.', 'long enough to be a summary'),
      /summary does not end a sentence/,
    ],
    [
      'repeated cause',
      GOOD.replace(
        '        Something went wrong here.',
        '        Something went wrong here.\n      - >-\n        Something went wrong here.',
      ),
      /a cause or fix is repeated/,
    ],
    [
      'fix echoing the summary',
      GOOD.replace('Do the right thing instead.', 'A value that is long enough to be a summary.'),
      /repeats the summary/,
    ],
  ];
  for (const [label, yaml, expected] of cases) {
    const problems = await problemsFor('google', yaml);
    assert.ok(
      problems.some((p) => expected.test(p) && p.includes('invalid_thing')),
      `${label}: ${problems.join(' | ')}`,
    );
  }
  // The same cause in more entries than MAX_SHARED: every one of them is flagged; one with a cause of its own is not.
  const entry = (code: string, cause = 'Something went wrong here.') =>
    GOOD.split('\n').slice(1).join('\n').replace('invalid_thing', code).replace('Something went wrong here.', cause);
  const stock = ['a_one', 'a_two', 'a_three', 'a_four'].map((code) => entry(code)).join('');
  const problems = await problemsFor('google', `entries:\n${stock}${entry('a_five', 'A cause written for this code alone.')}`);
  assert.equal(problems.filter((p) => /stock sentence/.test(p)).length, MAX_SHARED + 1, problems.join(' | '));
  assert.ok(!problems.some((p) => /a_five/.test(p)));
});

test('Entra entries: names come from the public table, and the computed links are not stored', async () => {
  const entra = (code: string, extra = '') => GOOD.replace('invalid_thing', code).replace('    summary:', `${extra}    summary:`);
  assert.deepEqual(await problemsFor('entra', entra('AADSTS50058')), []);
  assert.match(
    (await problemsFor('entra', entra('AADSTS50058', '    name: UserInformationNotProvided\n'))).join(),
    /comes from the public table/,
  );
  assert.match((await problemsFor('entra', entra('AADSTS50058', '    name: SomethingElse\n'))).join(), /differs from the public table/);
  assert.deepEqual(await problemsFor('entra', entra('AADSTS1234567')), [], 'a code the table lacks may go without a name');
  assert.deepEqual(await problemsFor('entra', entra('AADSTS1234567', '    name: MadeUp\n')), []);
  assert.match(
    (
      await problemsFor(
        'entra',
        entra('AADSTS50058').replace('https://example.com/docs', 'https://login.microsoftonline.com/error?code=50058'),
      )
    ).join(),
    /computed/,
  );
});

test("vocabulary marks become the recogniser's code lists", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'authlens-catalog-'));
  writeFileSync(join(dir, 'google.yaml'), `vocabularyOnly: [some_code]\n${GOOD.replace('    links:', '    vocabulary: true\n    links:')}`);
  writeFileSync(join(dir, 'okta.yaml'), `vocabularyOnly: [invalid_thing]\nentries: []\n`);
  const { vocabulary, problems } = await compileCatalog({ dataDir: dir });
  assert.deepEqual(vocabulary.vendor.google, ['invalid_thing', 'some_code']);
  assert.ok(
    problems.some((p) => /invalid_thing is already vocabulary of google/.test(p)),
    problems.join(),
  );
});

test('the data round-trips: what the build emits is what the files say, with computed parts added', async () => {
  const { families } = await compiled;
  const fromFiles = rawDataFiles().flatMap((file) => file.doc.entries.map((e) => `${file.family} ${e.code}`));
  const built = families.flatMap((g) => g.entries.map((e) => `${g.family} ${e.code}`));
  assert.ok(isDeepStrictEqual(new Set(fromFiles), new Set(built)));
});
