import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compileCatalog } from '../../../../scripts/build-catalog.mjs';
import { hydrateEntry } from '../../../../src/core/errors/catalog/hydrate';

const ROOT = resolve(__dirname, '../../../..');

/** An old-style module as another branch might still write one: a builder, shared links, escaped quotes. */
const OLD_MODULE = `
import type { ErrorEntry, ErrorLink } from '${join(ROOT, 'src/core/errors/catalog/types')}';

/** SAML status codes (a sample written the old way). */
const SPEC: ErrorLink = { title: 'SAML 2.0 Core §3.2.2.2', url: 'https://docs.oasis-open.org/security/saml/v2.0/saml-core-2.0-os.pdf' };
function saml(draft: Omit<ErrorEntry, 'family' | 'name'> & { name?: string }): ErrorEntry {
  return { family: 'saml' as ErrorEntry['family'], name: draft.name ?? draft.code, ...draft };
}
export const samlErrors: readonly ErrorEntry[] = [
  saml({
    code: 'urn:oasis:names:tc:SAML:2.0:status:Requester',
    name: 'Requester',
    summary: 'The identity provider says the request was at fault: it could not accept the AuthnRequest as sent.',
    causes: ['A value such as the \\'Destination\\' or the issuer does not match what the provider expects.'],
    fixes: ['Read the second-level status code: it names what was wrong.'],
    links: [SPEC],
  }),
  saml({
    code: 'urn:oasis:names:tc:SAML:2.0:status:Responder',
    summary: 'The identity provider failed to answer: the fault is on its side, "not the request".',
    causes: ['The provider could not sign the user in or build the response: #1 reason, a config error.'],
    fixes: ['- Look at the provider\\'s own logs: the status message often says more.'],
    links: [SPEC],
  }),
];
`;

test('the conversion script turns an old-style module into a data file the build accepts, entries unchanged', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'authlens-convert-'));
  const modulePath = join(dir, 'saml.ts');
  writeFileSync(modulePath, OLD_MODULE);
  const out = join(dir, 'data', 'saml.yaml');
  const run = () =>
    spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/catalog-to-data.ts'), '--out', out, modulePath], {
      cwd: ROOT,
      encoding: 'utf8',
    });
  const first = run();
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout, /2 added/);
  const yaml = readFileSync(out, 'utf8');
  assert.doesNotMatch(yaml, /\\'|\\"|''/, 'no escaping in the YAML');
  assert.match(yaml, /^# SAML status codes/m, 'the module comment comes along');

  const { problems, families } = await compileCatalog({ dataDir: join(dir, 'data') });
  assert.deepEqual(problems, []);
  const { samlErrors } = (await import(modulePath)) as { samlErrors: Parameters<typeof hydrateEntry>[1][] };
  const built = families[0]!.entries.map((entry) => hydrateEntry('saml' as never, entry));
  assert.deepEqual(built, samlErrors);

  // Run again (a merge converts a branch's file once more): nothing is duplicated.
  const second = run();
  assert.equal(second.status, 0, second.stderr);
  assert.match(second.stdout, /0 added, 2 skipped/);
  assert.equal(readFileSync(out, 'utf8'), yaml);
});
