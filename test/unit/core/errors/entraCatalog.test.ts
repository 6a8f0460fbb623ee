import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import type { ErrorEntry } from '../../../../src/core/errors/catalog/types';
import { allCatalogEntries } from '../../../../src/core/errors/catalog/index';
import { dataEntryCount } from './_catalogData';

const entraErrors = allCatalogEntries().filter((e) => e.family === 'entra');
const entraSuberrors = allCatalogEntries().filter((e) => e.family === 'entra-suberror');
const msalErrors = allCatalogEntries().filter((e) => e.family === 'msal');

// The committed copy of Microsoft's AADSTS table (code, name, note); `../shared/reference/` holds the original.
const FIXTURE = 'test/fixtures/errors/aadsts-codes.tsv';
const SHARED = '../shared/reference/aadsts-codes.tsv';

interface TableRow {
  digits: string;
  name: string;
}

function readTable(path: string): TableRow[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((line) => {
      const [digits = '', rawName = ''] = line.split('\t');
      // `[v04f6554: X]` = named only in the older revision of the table.
      const older = /^\[v\w+: (\w+)\]$/.exec(rawName);
      return { digits: digits.trim(), name: older ? older[1]! : rawName.trim() };
    });
}

const table = readTable(FIXTURE);
const byCode = new Map(entraErrors.map((e) => [e.code, e]));

/** The codes developers hit most; each must have at least two causes and two fixes. */
const CAREFUL_ENTRA = [
  70008, 700082, 50173, 9002313, 54005, 65001, 65004, 90094, 50011, 500113, 9002326, 9002327, 50076, 50079, 53003, 50158, 700016, 90002,
  900023, 7000215, 7000222, 700027, 50058, 16000, 50020, 50034, 50053, 50055, 50126, 50105, 7000218, 700054, 70011, 90009, 500011, 500202,
  165000, 50059, 50148, 700024, 7000112, 53000, 530003, 90014, 50012, 700051, 650056, 65005, 50128, 90072, 500208, 135011, 50097, 50155,
  50196, 900144, 900971, 240001,
].map((n) => `AADSTS${n}`);

function assertWellFormed(e: ErrorEntry): void {
  const where = `${e.family} ${e.code}`;
  assert.ok(e.code.trim() !== '' && e.code === e.code.trim(), `${where}: code`);
  assert.ok(e.name.trim() !== '', `${where}: name`);
  assert.ok(e.summary.trim().length >= 20 && e.summary.length <= 400, `${where}: summary length`);
  assert.ok(e.causes.length >= 1 && e.causes.every((c) => c.trim().length >= 10), `${where}: causes`);
  assert.ok(e.fixes.length >= 1 && e.fixes.every((f) => f.trim().length >= 10), `${where}: fixes`);
  assert.ok(e.links.length >= 1, `${where}: links`);
  for (const link of e.links) {
    assert.ok(link.title.trim() !== '', `${where}: link title`);
    assert.equal(new URL(link.url).protocol, 'https:', `${where}: ${link.url}`);
  }
  for (const text of [e.summary, ...e.causes, ...e.fixes]) {
    assert.ok(!/\bTODO\b|\bTBD\b/.test(text), `${where}: placeholder text`);
  }
}

test('the committed code list matches the shared reference when it is present', (t) => {
  if (!existsSync(SHARED)) return t.skip('shared/reference is not beside the repository');
  assert.deepEqual(
    readTable(SHARED).map((r) => r.digits),
    table.map((r) => r.digits),
  );
});

test('the table is the one expected (346 rows, 345 distinct codes)', () => {
  assert.equal(table.length, 346);
  assert.equal(new Set(table.map((r) => r.digits)).size, 345);
});

test('every AADSTS code of the public table is in the catalog', () => {
  const missing = table.filter((r) => !byCode.has(`AADSTS${r.digits}`)).map((r) => r.digits);
  assert.deepEqual(missing, []);
});

test('entries use the Entra name wherever the table gives one', () => {
  for (const row of table) {
    if (row.name === '') continue;
    assert.equal(byCode.get(`AADSTS${row.digits}`)?.name, row.name, `AADSTS${row.digits}`);
  }
});

test('no Entra code appears twice', () => {
  const seen = new Set<string>();
  for (const e of entraErrors) {
    assert.ok(!seen.has(e.code), `duplicate ${e.code}`);
    seen.add(e.code);
  }
});

test('every Entra entry is well formed, with the lookup page first and the reference page second', () => {
  for (const e of entraErrors.filter((entry) => entry.code.startsWith('AADSTS'))) {
    assertWellFormed(e);
    assert.equal(e.family, 'entra', e.code);
    const m = /^AADSTS(\d{5,7})$/.exec(e.code);
    assert.ok(m, `code format ${e.code}`);
    assert.ok(/^[A-Z][A-Za-z0-9_]+$/.test(e.name), `name ${e.code}: ${e.name}`);
    assert.equal(e.links[0]!.url, `https://login.microsoftonline.com/error?code=${m[1]}`, e.code);
    assert.equal(e.links[1]!.url, 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes', e.code);
  }
});

/** The OAuth `error` values with a meaning of their own at Entra (Azure-Samples/active-directory-error-docs and Microsoft's reference). */
const ENTRA_ERROR_VALUES = [
  'invalid_tenant',
  'invalid_request',
  'unauthorized_client',
  'invalid_client',
  'invalid_grant',
  'invalid_resource',
  'user_account_not_found',
  'user_strong_auth_client_auth_n_required',
];

test("Entra's own error values: each an entry with a source, two causes and fixes, ranked by the AADSTS code beside it", () => {
  const values = entraErrors.filter((entry) => !entry.code.startsWith('AADSTS'));
  assert.deepEqual(values.map((entry) => entry.code).sort(), [...ENTRA_ERROR_VALUES].sort());
  for (const e of values) {
    assertWellFormed(e);
    assert.match(e.code, /^[a-z][a-z_]+$/);
    assert.equal(e.name, e.code);
    assert.ok(e.links.length > 0 && e.links.every((link) => link.url.startsWith('https://')), e.code);
    assert.ok(e.causes.length >= 2 && e.fixes.length >= 2, e.code);
  }
  for (const code of ['invalid_tenant', 'invalid_request', 'unauthorized_client', 'invalid_client', 'invalid_grant', 'invalid_resource']) {
    assert.ok(
      byCode.get(code)?.ranking?.some((rule) => rule.when.codes?.some((c) => c.startsWith('AADSTS'))),
      `${code}: ranked by AADSTS codes`,
    );
  }
});

test('the most common Entra codes have at least two causes and two fixes', () => {
  for (const code of CAREFUL_ENTRA) {
    const e = byCode.get(code);
    assert.ok(e, `missing ${code}`);
    assert.ok(e.causes.length >= 2, `${code}: causes`);
    assert.ok(e.fixes.length >= 2, `${code}: fixes`);
  }
});

/** The `suberror` values Entra sends (MSAL.NET MsalError.cs, internal constants). */
const SUBERRORS = [
  'basic_action',
  'additional_action',
  'message_only',
  'consent_required',
  'user_password_expired',
  'bad_token',
  'token_expired',
  'protection_policy_required',
  'client_mismatch',
  'device_authentication_failed',
];

/** MSAL and Azure.Identity codes developers meet in exceptions; these must always be present. */
const REQUIRED_MSAL = [
  'interaction_required',
  'consent_required',
  'login_required',
  'no_account_error',
  'monitor_window_timeout',
  'popup_window_error',
  'empty_window_error',
  'user_cancelled',
  'interaction_in_progress',
  'block_iframe_reload',
  'hash_empty_error',
  'state_mismatch',
  'nonce_mismatch',
  'endpoints_resolution_error',
  'post_request_failed',
  'no_tokens_found',
  'token_refresh_required',
  'invalid_grant',
  'user_null',
  'multiple_matching_tokens_detected',
  'failed_to_acquire_token_silently_from_broker',
  'authentication_canceled',
  'loopback_redirect_uri',
  'CredentialUnavailableException',
  'AuthenticationFailedException',
];

/** The MSAL codes people search for most; each must have at least two causes and two fixes. */
const CAREFUL_MSAL = [
  'interaction_required',
  'interaction_in_progress',
  'monitor_window_timeout',
  'block_iframe_reload',
  'hash_empty_error',
  'state_mismatch',
  'no_tokens_found',
  'invalid_grant',
  'endpoints_resolution_error',
  'post_request_failed',
  'failed_to_acquire_token_silently_from_broker',
  'CredentialUnavailableException',
];

function assertUniqueCodes(entries: readonly ErrorEntry[]): void {
  const seen = new Set<string>();
  for (const e of entries) {
    assert.ok(!seen.has(e.code), `duplicate ${e.family} ${e.code}`);
    seen.add(e.code);
  }
}

test('every Entra suberror is present once and well formed', () => {
  assertUniqueCodes(entraSuberrors);
  assert.deepEqual(entraSuberrors.map((e) => e.code).sort(), [...SUBERRORS].sort());
  for (const e of entraSuberrors) {
    assertWellFormed(e);
    assert.equal(e.family, 'entra-suberror', e.code);
    assert.ok(/^[a-z]+(_[a-z]+)*$/.test(e.code), `suberror format ${e.code}`);
  }
});

test('the MSAL catalog has the codes seen most in exceptions, once each, well formed', () => {
  assertUniqueCodes(msalErrors);
  const codes = new Set(msalErrors.map((e) => e.code));
  assert.deepEqual(
    REQUIRED_MSAL.filter((c) => !codes.has(c)),
    [],
  );
  for (const e of msalErrors) {
    assertWellFormed(e);
    assert.equal(e.family, 'msal', e.code);
    // MSAL.NET spells one value with hyphens (`invalid-custom-instance-metadata`).
    assert.ok(/^[A-Za-z0-9]+([_-][A-Za-z0-9]+)*$/.test(e.code), `msal code format ${e.code}`);
    assert.ok(/^[A-Z][A-Za-z]+$/.test(e.name), `msal name ${e.code}: ${e.name}`);
    for (const c of e.contexts ?? []) assert.ok(c.where.trim() !== '' && c.meaning.trim() !== '', `${e.code}: context`);
  }
  for (const code of CAREFUL_MSAL) {
    const e = msalErrors.find((m) => m.code === code);
    assert.ok(e, `missing ${code}`);
    assert.ok(e.causes.length >= 2 && e.fixes.length >= 2, `${code}: needs two causes and two fixes`);
  }
});

test('prose stays compact: short summaries, no pasted Microsoft boilerplate', () => {
  for (const e of [...entraErrors, ...entraSuberrors, ...msalErrors]) {
    for (const text of [e.summary, ...e.causes, ...e.fixes]) {
      assert.ok(text.length <= 400, `${e.code}: ${text.slice(0, 40)}…`);
      // Trace and correlation ids belong to a response, never to catalog prose.
      assert.ok(!/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i.test(text), `${e.code}: GUID in prose`);
    }
  }
});

test('every block of the data files is in the catalog (nothing dropped on the way)', () => {
  assert.equal(entraErrors.length, dataEntryCount('entra'));
  assert.equal(entraSuberrors.length, dataEntryCount('entra-suberror'));
  assert.equal(msalErrors.length, dataEntryCount('msal'));
});

test("links point only at Microsoft documentation, the sign-in lookup page, the libraries' own repositories or public reports", () => {
  const allowedHosts = new Set(['login.microsoftonline.com', 'learn.microsoft.com', 'github.com']);
  for (const e of [...entraErrors, ...entraSuberrors, ...msalErrors]) {
    const urls = e.links.map((l) => l.url);
    assert.equal(new Set(urls).size, urls.length, `${e.code}: repeated link`);
    for (const url of urls) {
      const { hostname, pathname } = new URL(url);
      assert.ok(allowedHosts.has(hostname), `${e.code}: ${url}`);
      // The libraries' repositories, or a public report where a code the table lacks is seen.
      if (hostname === 'github.com')
        assert.ok(
          /^\/(AzureAD|Azure|Azure-Samples)\//.test(pathname) || /^\/[\w.-]+\/[\w.-]+\/issues\/\d+$/.test(pathname),
          `${e.code}: ${url}`,
        );
    }
  }
});
