import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  BUILTIN_DEMO_ID,
  emptyForm,
  formForOption,
  formToSaved,
  formatExtraParams,
  parseExtraParams,
  parseForm,
  profileOptions,
  readSavedProfiles,
  savedProfileId,
  secretKey,
  storedSecretApplies,
  upsertProfile,
  type SavedProfile,
} from '../../../../src/core/flow/profiles';
import type { ProfileForm } from '../../../../src/core/flow/profiles';
import { at } from '../../../harness/at';

const saved: SavedProfile = {
  name: 'Work tenant',
  issuer: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0',
  clientId: 'abc',
  scopes: 'openid',
};

test('the picker lists saved profiles, then the demo IdP, then the DPoP + PAR demo and the five provider templates', () => {
  const options = profileOptions([saved]);
  assert.deepEqual(
    options.map((o) => o.kind),
    ['saved', 'builtin', 'template', 'template', 'template', 'template', 'template', 'template'],
  );
  const modern = formForOption(at(options, 2).id, [])!;
  assert.equal(modern.form.dpop, 'on');
  assert.equal(modern.form.par, 'on');
  assert.equal(options[1]?.id, BUILTIN_DEMO_ID);
  assert.equal(options[1]?.label, 'AuthLens local demo IdP');
  for (const name of ['Entra', 'Google', 'Okta', 'Auth0', 'Keycloak'])
    assert.ok(
      options.some((o) => o.label.includes(name)),
      name,
    );
});

test('the demo profile fills the form with the local issuer and the public client', () => {
  const choice = formForOption(BUILTIN_DEMO_ID, [])!;
  assert.equal(choice.form.issuer, 'http://127.0.0.1:4400');
  assert.equal(choice.form.clientId, 'authlens-demo');
  assert.equal(choice.form.authMethod, 'none');
  assert.equal(choice.form.prompt, 'consent');
  assert.ok(parseForm(choice.form).ok);
});

test('a template fills the form but its placeholders must be replaced before a flow starts', () => {
  const entra = formForOption('template:entra', [])!;
  assert.equal(entra.form.redirectHost, 'localhost');
  assert.ok(entra.notes.length > 0 && entra.docs?.startsWith('https://'));
  const parsed = parseForm(entra.form);
  assert.equal(parsed.ok, false);
  assert.match(!parsed.ok ? parsed.error : '', /placeholders/);
  const auth0 = formForOption('template:auth0', [])!;
  assert.match(auth0.form.extraParams, /^audience=/);
  assert.equal(formForOption('template:nope', []), undefined);
});

test("a saved profile fills the form, and its provider's advice comes along", () => {
  const choice = formForOption(savedProfileId(saved.name), [saved])!;
  assert.equal(choice.savedName, 'Work tenant');
  assert.equal(choice.form.issuer, saved.issuer);
  assert.ok(
    choice.notes.some((n) => /AADSTS/.test(n)),
    'Entra notes for an Entra issuer',
  );
  assert.equal(formForOption(savedProfileId('gone'), [saved]), undefined);
});

test('the setting is read defensively: bad entries are skipped with a message', () => {
  const { profiles, problems } = readSavedProfiles([
    saved,
    { name: 'no issuer', clientId: 'x' },
    'text',
    { ...saved },
    {
      name: 'odd',
      issuer: 'https://x.example',
      clientId: 'y',
      redirectPort: 99999,
      grant: 'implicit',
      authMethod: 'attest_jwt_client_auth',
      extraParams: { a: '1', b: 2 },
    },
  ]);
  assert.deepEqual(
    profiles.map((p) => p.name),
    ['Work tenant', 'odd'],
  );
  assert.equal(at(profiles, 1).redirectPort, undefined);
  assert.equal(at(profiles, 1).grant, undefined);
  assert.equal(at(profiles, 1).authMethod, undefined);
  assert.deepEqual(at(profiles, 1).extraParams, { a: '1' });
  assert.equal(problems.length, 3);
  assert.match(at(readSavedProfiles({}).problems, 0), /array/);
  assert.deepEqual(readSavedProfiles(undefined), { profiles: [], problems: [] });
});

test('reading the setting never throws, whatever JSON is in it', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      const { profiles } = readSavedProfiles(value);
      for (const p of profiles) assert.ok(p.name && p.issuer && p.clientId);
    }),
    { numRuns: 500 },
  );
});

test('extra parameters: name=value lines, comments and blanks ignored, clear errors otherwise', () => {
  assert.deepEqual(parseExtraParams('audience=https://api\n\n# note\n domain_hint = contoso.com '), {
    ok: true,
    value: { audience: 'https://api', domain_hint: 'contoso.com' },
  });
  const bad = parseExtraParams('ok=1\nnot a pair');
  assert.deepEqual(bad, { ok: false, error: 'Extra parameters, line 2: write name=value.' });
  assert.equal(parseExtraParams('bad name=1').ok, false);
});

test('extra parameters round-trip through the text form, and odd text never throws', () => {
  const name = fc.stringMatching(/^[A-Za-z0-9_.:~-]{1,20}$/);
  const value = fc.string({ maxLength: 30 }).filter((v) => !/[\r\n]/.test(v) && v.trim() === v);
  fc.assert(
    fc.property(fc.dictionary(name, value, { maxKeys: 10, noNullPrototype: true }), (params) => {
      const parsed = parseExtraParams(formatExtraParams(params));
      assert.ok(parsed.ok);
      assert.deepEqual(parsed.value, { ...params });
    }),
    { numRuns: 300 },
  );
  fc.assert(
    fc.property(fc.string({ maxLength: 500 }), (text) => {
      const parsed = parseExtraParams(text);
      assert.equal(typeof parsed.ok, 'boolean');
    }),
    { numRuns: 500 },
  );
});

test('the form is checked field by field', () => {
  const form: ProfileForm = { ...emptyForm(), issuer: 'https://idp.example', clientId: 'app' };
  assert.ok(parseForm(form).ok);
  assert.match(errorOf(parseForm({ ...form, issuer: ' ' })), /issuer/);
  assert.match(errorOf(parseForm({ ...form, clientId: '' })), /client ID/);
  assert.match(errorOf(parseForm({ ...form, redirectPort: '70000' })), /port/);
  assert.match(errorOf(parseForm({ ...form, redirectPort: '-1' })), /port/);
  const parsed = parseForm({ ...form, scopes: '  openid \n profile ', redirectPort: '' });
  assert.ok(parsed.ok);
  assert.equal(parsed.value.scope, 'openid profile');
  assert.equal(parsed.value.redirectPort, 0);
});

test('saving needs a name; a profile with the same name is replaced in place', () => {
  const form: ProfileForm = { ...emptyForm(), issuer: 'https://idp.example', clientId: 'app', extraParams: 'a=1' };
  assert.match(errorOf(formToSaved(form)), /name/);
  const result = formToSaved({ ...form, name: 'Mine' });
  assert.ok(result.ok);
  assert.deepEqual(result.value.extraParams, { a: '1' });
  assert.ok(!('clientSecret' in result.value), 'no secret in settings');
  const list = upsertProfile([saved, result.value], { ...result.value, clientId: 'other' });
  assert.deepEqual(
    list.map((p) => [p.name, p.clientId]),
    [
      ['Work tenant', 'abc'],
      ['Mine', 'other'],
    ],
  );
  assert.equal(secretKey('Mine'), 'authlens.flow.clientSecret/Mine');
});

function errorOf(result: { ok: boolean; error?: string }): string {
  assert.equal(result.ok, false);
  return result.error ?? '';
}

test("a stored secret goes only to its own profile's issuer and client, never to an edited one", () => {
  const request = parseForm({
    ...emptyForm(),
    name: saved.name,
    issuer: ` ${saved.issuer} `,
    clientId: saved.clientId,
    authMethod: 'client_secret_post',
  });
  assert.ok(request.ok);
  assert.equal(storedSecretApplies(saved, request.value), true);
  assert.equal(storedSecretApplies(saved, { ...request.value, issuer: 'https://attacker.example' }), false);
  assert.equal(storedSecretApplies(saved, { ...request.value, clientId: 'other' }), false);
  assert.equal(storedSecretApplies(undefined, request.value), false);
  // Saving the name with another issuer: the old secret does not apply to the new profile.
  const moved = formToSaved({ ...emptyForm(), name: saved.name, issuer: 'https://other.example', clientId: saved.clientId });
  assert.ok(moved.ok);
  assert.equal(storedSecretApplies(saved, moved.value), false);
});

test('no secret in any setting: secret-named extra parameters are not saved; client_secret goes to secret storage', () => {
  const form: ProfileForm = {
    ...emptyForm(),
    name: 'Conf',
    issuer: 'https://idp.example',
    clientId: 'app',
    authMethod: 'client_secret_post',
    extraParams: 'audience=api\nclient_secret=typed-secret-1\npassword=hunter22\nclientAssertion=eyJabc\nresource=https://api.example',
  };
  const saved = formToSaved(form);
  assert.ok(saved.ok);
  const asSetting = JSON.stringify(saved.value);
  for (const secret of ['typed-secret-1', 'hunter22', 'eyJabc', 'client_secret=', '"password"'])
    assert.ok(!asSetting.includes(secret), secret);
  assert.deepEqual(saved.value.extraParams, { audience: 'api', resource: 'https://api.example' });
  assert.deepEqual(saved.withheld, ['client_secret', 'password', 'clientAssertion']);
  assert.equal(saved.clientSecret, 'typed-secret-1');
  // One written into settings by hand is ignored, with a problem that says why.
  const { profiles, problems } = readSavedProfiles([
    { name: 'Old', issuer: 'https://idp.example', clientId: 'app', extraParams: { client_secret: 'x', audience: 'api' } },
  ]);
  assert.deepEqual(profiles[0]!.extraParams, { audience: 'api' });
  assert.match(problems.join(' '), /"client_secret" is a secret and is ignored/);
});
