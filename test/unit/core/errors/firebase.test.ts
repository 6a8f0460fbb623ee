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
