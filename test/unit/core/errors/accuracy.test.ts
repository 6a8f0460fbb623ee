import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { allCatalogEntries, lookupAll, lookupError } from '../../../../src/core/errors/catalog/index';
import { AADSTS_TABLE } from '../../../../scripts/build-catalog.mjs';
import type { ErrorEntry } from '../../../../src/core/errors/catalog/types';

const text = (e: ErrorEntry | undefined): string => (e ? [e.summary, ...e.causes, ...e.fixes].join(' ') : '');
const inFamily = (code: string, family: string) => lookupAll(code).find((e) => e.family === family);

test('Entra codes seen in real reports but missing from the public table are explained, with the report linked', () => {
  for (const code of [
    'AADSTS500200',
    'AADSTS500201',
    'AADSTS70021',
    'AADSTS700211',
    'AADSTS700213',
    'AADSTS7002137',
    'AADSTS7002138',
    'AADSTS700222',
    'AADSTS1002016',
    'AADSTS650053',
    'AADSTS530001',
    'AADSTS530002',
  ]) {
    const entry = lookupError(code);
    assert.ok(entry, code);
    assert.equal(entry.family, 'entra');
    assert.ok(
      entry.links.some((l) => /^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/issues\/\d+$/.test(l.url)),
      `${code}: a public report`,
    );
  }
  assert.match(text(lookupError('AADSTS700213')), /subject/);
  assert.match(text(lookupError('AADSTS700211')), /issuer/);
  assert.match(text(lookupError('AADSTS7002138')), /case/);
  assert.match(text(lookupError('AADSTS1002016')), /TLS/);
});

test('MSAL Node loopback_server_timeout: the listener failed to start, not a slow user', () => {
  const entry = inFamily('loopback_server_timeout', 'msal')!;
  assert.match(entry.summary, /did not start listening/);
  assert.doesNotMatch(text(entry), /did not finish signing in/);
  assert.match(text(entry), /port/);
});

test('Keycloak invalid_logout_request: Destination or NameID, not signatures', () => {
  const entry = inFamily('invalid_logout_request', 'keycloak')!;
  assert.match(text(entry), /Destination/);
  assert.match(text(entry), /NameID/);
  assert.doesNotMatch(entry.causes.join(' '), /signature/i);
});

test('unsupported_response_mode and AADSTS70007: form_post works with a code', () => {
  for (const entry of [inFamily('unsupported_response_mode', 'oauth')!, lookupError('AADSTS70007')!]) {
    const fixes = entry.fixes.join(' ');
    assert.match(fixes, /code[^.;]*form_post|form_post[^.;]*cod/, entry.code);
    assert.doesNotMatch(fixes, /form_post` or `fragment` only when returning tokens/, entry.code);
  }
});

test("AADSTS500202 says to use the tenant's authority", () => {
  assert.match(text(lookupError('AADSTS500202')), /tenant's authority/);
});

test('the hybrid flow needs a nonce; a code with backslashes or spaces is named as damaged, with how to tell', () => {
  assert.match(text(inFamily('invalid_request', 'oauth')), /nonce[^.]*hybrid/);
  const grant = inFamily('invalid_grant', 'oauth')!;
  assert.ok(
    grant.causes.some((c) => /\\\//.test(c) && /\+/.test(c) && /spaces/.test(c)),
    'the cause names both damages',
  );
  assert.ok(
    grant.fixes.some((f) => /backslash/.test(f) && /%2B/.test(f)),
    'the fix says how to tell and what to do',
  );
});

test('every Entra code the public table lacks links a public report where it is seen (or is not in the catalog)', () => {
  // Every row of Microsoft's table, named or not.
  const table = new Set(
    readFileSync(AADSTS_TABLE, 'utf8')
      .split(/\r?\n/)
      .slice(1)
      .map((line) => line.split('\t')[0]!.trim())
      .filter(Boolean),
  );
  const computed = /login\.microsoftonline\.com\/error\?code=|reference-error-codes$/;
  const unsourced = allCatalogEntries()
    .filter((e) => e.family === 'entra' && !table.has(e.code.slice(6)))
    .filter((e) => !e.links.some((l) => !computed.test(l.url)))
    .map((e) => e.code);
  assert.deepEqual(unsourced, []);
  // The codes no public source mentions were removed rather than kept with guessed meanings.
  for (const code of ['AADSTS240003', 'AADSTS240004', 'AADSTS900612', 'AADSTS500341']) assert.equal(lookupError(code), undefined, code);
});

test("every entry of the new families links its vendor's documentation or a public report, over https", () => {
  for (const e of allCatalogEntries().filter((x) => ['supabase', 'salesforce', 'spotify', 'apple', 'pingfederate'].includes(x.family))) {
    assert.ok(e.links.length > 0, `${e.family} ${e.code}`);
    for (const link of e.links)
      assert.match(
        link.url,
        /^https:\/\/(?:supabase\.com|github\.com|help\.salesforce\.com|developer\.salesforce\.com|developer\.spotify\.com|developer\.apple\.com|docs\.pingidentity\.com|developer\.pingidentity\.com)\//,
        `${e.family} ${e.code}: ${link.url}`,
      );
  }
});
