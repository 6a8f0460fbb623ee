import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allCatalogEntries, lookupAll, lookupError } from '../../../../src/core/errors/catalog/index';

const SAML_STATUS_PREFIX = 'urn:oasis:names:tc:SAML:2.0:status:';
const samlStatusErrors = allCatalogEntries().filter((entry) => entry.family === 'saml');
import { findErrors, findErrorAt } from '../../../../src/core/errors/recognize';
import { familyName } from '../../../../src/core/errors/familyNames';

const CORE_CODES = [
  'Success',
  'Requester',
  'Responder',
  'VersionMismatch',
  'AuthnFailed',
  'InvalidAttrNameOrValue',
  'InvalidNameIDPolicy',
  'NoAuthnContext',
  'NoAvailableIDP',
  'NoPassive',
  'NoSupportedIDP',
  'PartialLogout',
  'ProxyCountExceeded',
  'RequestDenied',
  'RequestUnsupported',
  'RequestVersionDeprecated',
  'RequestVersionTooHigh',
  'RequestVersionTooLow',
  'ResourceNotRecognized',
  'TooManyResponses',
  'UnknownAttrProfile',
  'UnknownPrincipal',
  'UnsupportedBinding',
];

test('every SAML 2.0 Core §3.2.2.2 status code is in the saml family, once', () => {
  assert.deepEqual(samlStatusErrors.map((e) => e.name).sort(), [...CORE_CODES].sort());
  for (const name of CORE_CODES) {
    const entry = lookupError(`${SAML_STATUS_PREFIX}${name}`);
    assert.equal(entry?.family, 'saml', name);
    assert.equal(entry?.name, name);
    assert.ok(entry!.summary.length > 20 && entry!.fixes.length > 0);
  }
  assert.equal(familyName('saml'), 'SAML 2.0 status');
});

test('lookups accept the URN in any case, and the bare name with the saml hint only', () => {
  assert.equal(lookupError('URN:OASIS:NAMES:TC:SAML:2.0:STATUS:Requester')?.name, 'Requester');
  assert.equal(lookupError('NoPassive', 'saml')?.family, 'saml');
  assert.equal(lookupAll('NoPassive').length, 0);
});

test('the recogniser finds status URNs in text (not Success), and the hover finds one under the cursor', () => {
  const text =
    '<samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Responder"><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:AuthnFailed"/> ok: urn:oasis:names:tc:SAML:2.0:status:Success';
  const found = findErrors(text);
  assert.deepEqual(
    found.map((f) => [f.code, f.family]),
    [
      ['urn:oasis:names:tc:SAML:2.0:status:Responder', 'saml'],
      ['urn:oasis:names:tc:SAML:2.0:status:AuthnFailed', 'saml'],
    ],
  );
  for (const f of found) assert.equal(text.slice(f.start, f.end), f.code);
  assert.equal(findErrorAt(text, text.indexOf('AuthnFailed') + 2)?.code, 'urn:oasis:names:tc:SAML:2.0:status:AuthnFailed');
  assert.deepEqual(findErrors('SAML:2.0:status:Requester without its urn prefix'), []);
});
