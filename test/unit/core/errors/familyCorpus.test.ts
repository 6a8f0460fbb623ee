import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { allCatalogEntries, catalogStats, lookupAll, lookupError } from '../../../../src/core/errors/catalog/index';
import type { ErrorEntry } from '../../../../src/core/errors/catalog/types';
import { explainText } from '../../../../src/core/errors/explain';
import { explainResponse } from '../../../../src/core/errors/explainPolicy';
import { ERROR_FAMILIES } from '../../../../src/core/errors/lookup';
import { findErrors } from '../../../../src/core/errors/recognize';
import { buildCli, runBuiltCli } from '../../cli/_run';
import { FAMILY_CORPUS } from './_familyCorpus';
import { rawDataFiles } from './_catalogData';

const catalog = { explainText, lookupError, lookupAll };
const scanned = (text: string): string[] => findErrors(text).map((m) => `${m.family}:${m.code}`);

test('the corpus covers every family, two texts or more each', () => {
  for (const family of ERROR_FAMILIES) {
    assert.ok(FAMILY_CORPUS.filter((t) => t.family === family).length >= 2, `${family}: corpus texts`);
  }
});

test('scan finds exactly the expected codes in every corpus text, and explain answers with the expected family', () => {
  const perFamily = new Map<string, number>();
  for (const { family, shape, text, expect } of FAMILY_CORPUS) {
    const label = `${family} / ${shape}`;
    assert.deepEqual(scanned(text), expect, label);
    const explained = explainResponse(text, catalog);
    assert.ok(explained.ok, label);
    const [first] = explained.codes;
    // The explain policy puts a provider's code before the OAuth `error` beside it.
    const [expectedFamily, ...rest] = (expect.find((f) => !f.startsWith('oauth:')) ?? expect[0]!).split(':');
    assert.equal(first?.entry?.family, expectedFamily, `${label}: explained by`);
    assert.equal(first?.code.toLowerCase(), rest.join(':').toLowerCase(), `${label}: first code`);
    for (const found of expect) perFamily.set(found.split(':')[0]!, (perFamily.get(found.split(':')[0]!) ?? 0) + 1);
  }
  // The findings per family, counted over the whole corpus scanned as one text, match the annotations.
  const all = findErrors(FAMILY_CORPUS.map((t) => t.text).join('\n\n' + '.'.repeat(2000) + '\n\n'));
  const counted = new Map<string, number>();
  for (const m of all) counted.set(m.family, (counted.get(m.family) ?? 0) + 1);
  assert.deepEqual(Object.fromEntries([...counted].sort()), Object.fromEntries([...perFamily].sort()));
});

/** Each family's code in the shape its errors usually arrive in (with the vendor in sight where needed). */
function shapeFor(entry: ErrorEntry): string {
  const code = entry.code;
  switch (entry.family) {
    // Entra's own `error` values (invalid_tenant) in an Entra body: its AADSTS code beside them shows Entra.
    case 'entra':
      return code.startsWith('AADSTS')
        ? `${code}: something failed.`
        : `{"error":"${code}","error_description":"AADSTS90002: m","error_codes":[90002]}`;
    case 'b2c':
    case 'identitymodel':
      return `${code}: something failed.`;
    case 'okta':
      return `{"errorCode":"${code}","errorSummary":"x"}`;
    case 'firebase':
      return `FirebaseError: Firebase: Error (${code}).`;
    case 'saml':
      return `<samlp:StatusCode Value="${code}"/>`;
    case 'cognito':
      return code.endsWith('Exception')
        ? `{"__type":"${code}","message":"m"}`
        : `https://auth.example.test/error?error=${code}&error_description=m`;
    case 'aws-sts':
      return `An error occurred (${code}) when calling the AssumeRoleWithWebIdentity operation: m`;
    case 'graph':
      return `{"error":{"code":"${code}","message":"m"}}`;
    case 'msal':
      return `MsalClientException: ErrorCode: ${code}`;
    case 'entra-suberror':
      return `{"error":"invalid_grant","suberror":"${code}"}`;
    case 'google':
      return `Error 400: ${code}`;
    case 'keycloak':
      return `type="LOGIN_ERROR", realmId="r", error="${code}"`;
    case 'supabase':
      return `POST https://abcd.supabase.co/auth/v1/token {"code":400,"error_code":"${code}","msg":"m"}`;
    case 'salesforce':
      return /^[A-Z]/.test(code)
        ? `[{"message":"m","errorCode":"${code}"}]`
        : `POST https://login.salesforce.com/services/oauth2/token {"error":"${code}"}`;
    case 'spotify':
      return /^[A-Z]/.test(code) ? `${code}: reason` : `POST https://accounts.spotify.com/api/token {"error":"${code}"}`;
    case 'apple':
      return `POST https://appleid.apple.com/auth/token {"error":"${code}"}`;
    case 'pingfederate':
      return /^[A-Z]/.test(code)
        ? `{"id":"x","code":"${code}","message":"m"}`
        : `POST https://sso.example.test/as/token.oauth2 {"error":"${code}"}`;
    case 'oauth':
    case 'github':
    case 'auth0':
      return `{"error":"${code}","error_description":"m"}`;
  }
}

/**
 * Codes no shape above reports: SAML's `Success` is no error.
 */
const NOT_IN_A_SHAPE: Record<string, (code: string) => boolean> = {
  saml: (code) => code.endsWith(':Success'), // not an error, so never reported
};

test("every catalog entry is found in its family's shape and explained by an entry for its code; counts per family from the data", () => {
  const entries = allCatalogEntries();
  const stats = catalogStats();
  const fromFiles = new Map<string, number>();
  for (const file of rawDataFiles()) fromFiles.set(file.family, (fromFiles.get(file.family) ?? 0) + file.doc.entries.length);
  const missed: string[] = [];
  const ownFamily = new Map<string, number>();
  for (const family of ERROR_FAMILIES) {
    const own = entries.filter((e) => e.family === family);
    assert.equal(stats.byFamily[family], fromFiles.get(family), `${family}: catalog count is the data files' count`);
    assert.equal(own.length, fromFiles.get(family));
    for (const entry of own) {
      if (NOT_IN_A_SHAPE[family]?.(entry.code)) continue;
      const text = shapeFor(entry);
      const found = findErrors(text).find((m) => m.code.toLowerCase() === entry.code.toLowerCase());
      if (!found) {
        missed.push(`${family} ${entry.code}`);
        continue;
      }
      const explained = explainResponse(text, catalog);
      assert.ok(explained.ok, `${family} ${entry.code}: explained`);
      const same = explained.codes.find((c) => c.code.toLowerCase() === entry.code.toLowerCase());
      assert.ok(same?.entry, `${family} ${entry.code}: an entry`);
      if (same.entry.family === family) ownFamily.set(family, (ownFamily.get(family) ?? 0) + 1);
      else {
        // Another family answers only where it ranks first for a code both define.
        assert.ok(
          lookupAll(entry.code).some((e) => e.family === same.entry!.family),
          `${family} ${entry.code}`,
        );
      }
    }
  }
  // Recognition misses only codes that are not code-shaped in prose (CamelCase or single words outside a strong slot).
  for (const miss of missed)
    assert.doesNotMatch(
      miss.split(' ')[1]!,
      /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$|^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$|^AADSTS|^AADB2C|^E0000|^IDX|^auth\//,
      `recognised: ${miss}`,
    );
  // With the vendor in sight, the vendor families answer with their own entry for every code they define; the
  // others for every code where no family ranks before them (computed from the data, per family).
  const vendors = ['supabase', 'salesforce', 'spotify', 'apple', 'pingfederate'];
  for (const family of [...vendors, 'okta', 'entra', 'b2c', 'firebase', 'identitymodel', 'saml', 'cognito', 'aws-sts', 'graph']) {
    const expected = entries.filter(
      (e) =>
        e.family === family &&
        !NOT_IN_A_SHAPE[family]?.(e.code) &&
        (vendors.includes(family) || lookupAll(e.code)[0]?.family === family || (family === 'entra' && !e.code.startsWith('AADSTS'))),
    ).length;
    assert.ok(expected > 0, family);
    assert.equal(ownFamily.get(family), expected, `${family}: explained by its own entries`);
  }
});

test('the built CLI scans and explains the corpus as the core does (child process)', async () => {
  buildCli();
  const text = FAMILY_CORPUS.map((t) => t.text).join('\n\n' + '.'.repeat(2000) + '\n\n');
  const scan = await runBuiltCli(['scan', '-', '--json'], { stdin: text });
  assert.equal(scan.code, 0, scan.stderr);
  const findings = (JSON.parse(scan.stdout) as { findings: { kind: string; family: string; code: string }[] }).findings
    .filter((f) => f.kind === 'error')
    .map((f) => `${f.family}:${f.code}`);
  assert.deepEqual(
    findings,
    findErrors(text).map((m) => `${m.family}:${m.code}`),
  );
  for (const sample of FAMILY_CORPUS.filter((t) => ['spotify', 'salesforce', 'supabase', 'apple', 'pingfederate'].includes(t.family))) {
    const run = await runBuiltCli(['explain', '-', '--json'], { stdin: sample.text });
    assert.equal(run.code, 0, `${sample.shape}: ${run.stderr}`);
    const body = JSON.parse(run.stdout) as { codes: { family: string; entry: { family: string } | null }[] };
    assert.equal(
      body.codes[0]?.entry?.family,
      (sample.expect.find((f) => !f.startsWith('oauth:')) ?? sample.expect[0]!).split(':')[0],
      sample.shape,
    );
  }
});

test('scan and explain never throw on corpus texts cut, spliced and salted with noise', () => {
  const texts = FAMILY_CORPUS.map((t) => t.text);
  fc.assert(
    fc.property(
      fc.constantFrom(...texts),
      fc.constantFrom(...texts),
      fc.nat(400),
      fc.nat(400),
      fc.string({ maxLength: 40 }),
      (a, b, cut, at, noise) => {
        const text = a.slice(0, cut) + noise + b.slice(at);
        const found = findErrors(text);
        for (const m of found) assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end);
        const explained = explainResponse(text, catalog);
        assert.equal(typeof explained.ok, 'boolean');
      },
    ),
    { numRuns: 400 },
  );
});
