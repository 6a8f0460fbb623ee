import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findErrorAt, findErrors } from '../../../../src/core/errors/recognize';
import { normalizeCode } from '../../../../src/core/errors/lookup';
import { allCatalogEntries, lookupError } from '../../../../src/core/errors/catalog/index';
import { explainText } from '../../../../src/core/errors/explain';
import { dataEntryCount } from './_catalogData';

test('the Firebase family has the sign-in codes people paste, each with the SDK reference first', () => {
  const entries = allCatalogEntries().filter((e) => e.family === 'firebase');
  assert.equal(entries.length, dataEntryCount('firebase'));
  for (const code of [
    'auth/invalid-credential',
    'auth/user-not-found',
    'auth/wrong-password',
    'auth/email-already-in-use',
    'auth/popup-closed-by-user',
    'auth/unauthorized-domain',
    'auth/too-many-requests',
    'auth/requires-recent-login',
    'auth/network-request-failed',
    'auth/operation-not-allowed',
    'auth/invalid-api-key',
    'auth/account-exists-with-different-credential',
  ]) {
    assert.ok(
      entries.some((e) => e.code === code),
      code,
    );
  }
  for (const e of entries) assert.equal(e.links[0]!.url, 'https://firebase.google.com/docs/reference/js/auth#autherrorcodes', e.code);
  // The wrong-password case under email enumeration protection is explained where people meet it.
  assert.match(lookupError('auth/invalid-credential')!.summary, /enumeration protection/);
});

test("Firebase codes are recognised after the SDK's error name, and under the cursor", () => {
  const shapes: [string, string][] = [
    ['FirebaseError: Firebase: Error (auth/invalid-credential).', 'auth/invalid-credential'],
    ['Uncaught (in promise) FirebaseError: Firebase: The email address is badly formatted. (auth/invalid-email).', 'auth/invalid-email'],
    ['[auth] Firebase: Error (auth/popup-closed-by-user).', 'auth/popup-closed-by-user'],
  ];
  for (const [text, code] of shapes) {
    const found = findErrors(text);
    assert.deepEqual(
      found.map((m) => `${m.family}:${m.code}`),
      [`firebase:${code}`],
      text,
    );
    assert.equal(text.slice(found[0]!.start, found[0]!.end), code);
  }
  // Not Firebase: a path, or `auth/` outside a Firebase error.
  assert.deepEqual(findErrors('GET /api/auth/login failed with Error (auth/x)'), []);
  const line = "if (e.code === 'auth/user-not-found') showSignUp();";
  assert.equal(findErrorAt(line, line.indexOf('auth/') + 8)?.code, 'auth/user-not-found');
  assert.equal(findErrorAt('see /v1/auth/login here', 10), undefined);
  assert.deepEqual(normalizeCode('AUTH/Invalid-Credential'), { code: 'auth/invalid-credential', family: 'firebase' });
});

test('explain finds the Firebase entry in a pasted console error', () => {
  const explained = explainText('FirebaseError: Firebase: Error (auth/unauthorized-domain).');
  assert.ok(
    explained.entries.some((e) => e.code === 'auth/unauthorized-domain'),
    explained.entries.map((e) => e.code).join() || String(explained.problem),
  );
});

// Every value of the JS SDK's AuthErrorCode enum (firebase/firebase-js-sdk packages/auth/src/core/errors.ts),
// written without the `auth/` prefix the SDK adds when it throws.
const SDK_AUTH_ERROR_CODES = [
  'account-exists-with-different-credential',
  'admin-restricted-operation',
  'already-initialized',
  'app-deleted',
  'app-not-authorized',
  'app-not-installed',
  'argument-error',
  'auth-domain-config-required',
  'cancelled-popup-request',
  'captcha-check-failed',
  'code-expired',
  'cordova-not-ready',
  'cors-unsupported',
  'credential-already-in-use',
  'custom-token-mismatch',
  'dependent-sdk-initialized-before-auth',
  'dynamic-link-not-activated',
  'email-already-in-use',
  'email-change-needs-verification',
  'emulator-config-failed',
  'expired-action-code',
  'internal-error',
  'invalid-action-code',
  'invalid-api-key',
  'invalid-app-credential',
  'invalid-app-id',
  'invalid-auth-event',
  'invalid-cert-hash',
  'invalid-continue-uri',
  'invalid-cordova-configuration',
  'invalid-credential',
  'invalid-custom-token',
  'invalid-dynamic-link-domain',
  'invalid-email',
  'invalid-emulator-scheme',
  'invalid-message-payload',
  'invalid-multi-factor-session',
  'invalid-oauth-client-id',
  'invalid-oauth-provider',
  'invalid-persistence-type',
  'invalid-phone-number',
  'invalid-provider-id',
  'invalid-recaptcha-action',
  'invalid-recaptcha-token',
  'invalid-recaptcha-version',
  'invalid-recipient-email',
  'invalid-req-type',
  'invalid-sender',
  'invalid-tenant-id',
  'invalid-user-token',
  'invalid-verification-code',
  'invalid-verification-id',
  'login-blocked',
  'maximum-second-factor-count-exceeded',
  'missing-android-pkg-name',
  'missing-app-credential',
  'missing-client-type',
  'missing-continue-uri',
  'missing-iframe-start',
  'missing-ios-bundle-id',
  'missing-multi-factor-info',
  'missing-multi-factor-session',
  'missing-or-invalid-nonce',
  'missing-password',
  'missing-phone-number',
  'missing-recaptcha-token',
  'missing-recaptcha-version',
  'missing-verification-code',
  'missing-verification-id',
  'multi-factor-auth-required',
  'multi-factor-info-not-found',
  'network-request-failed',
  'no-auth-event',
  'no-such-provider',
  'null-user',
  'operation-not-allowed',
  'operation-not-supported-in-this-environment',
  'password-does-not-meet-requirements',
  'popup-blocked',
  'popup-closed-by-user',
  'provider-already-linked',
  'quota-exceeded',
  'recaptcha-not-enabled',
  'redirect-cancelled-by-user',
  'redirect-operation-pending',
  'rejected-credential',
  'requires-recent-login',
  'second-factor-already-in-use',
  'tenant-id-mismatch',
  'timeout',
  'too-many-requests',
  'unauthorized-continue-uri',
  'unauthorized-domain',
  'unsupported-first-factor',
  'unsupported-password-policy-schema-version',
  'unsupported-persistence-type',
  'unsupported-tenant-operation',
  'unverified-email',
  'user-cancelled',
  'user-disabled',
  'user-mismatch',
  'user-not-found',
  'user-signed-out',
  'user-token-expired',
  'weak-password',
  'web-storage-unsupported',
  'wrong-password',
];

test("the Firebase family covers every code of the SDK's AuthErrorCode list", () => {
  const missing = SDK_AUTH_ERROR_CODES.filter((name) => lookupError(`auth/${name}`)?.family !== 'firebase');
  assert.deepEqual(missing, []);
  assert.ok(allCatalogEntries().filter((e) => e.family === 'firebase').length >= SDK_AUTH_ERROR_CODES.length);
});
