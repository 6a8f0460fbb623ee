import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';
import { ACS, IDP, SP, authnRequest, postEncode, redirectEncode, samlResponse, sign } from '../core/saml/_messages';

const CONTRACT_KEYS = [
  'kind',
  'binding',
  'version',
  'issuer',
  'destination',
  'id',
  'inResponseTo',
  'statusCodes',
  'nameId',
  'audiences',
  'conditions',
  'signed',
  'encryptedAssertion',
  'attributes',
];

test('decode --json on a SAMLResponse: the contract shape, exit 0, expired when NotOnOrAfter has passed', async () => {
  const xml = sign(samlResponse({ notBefore: '2020-01-01T00:00:00Z', notOnOrAfter: '2020-01-01T01:00:00Z' }), 'Assertion');
  const result = await runCli(['decode', `SAMLResponse=${encodeURIComponent(postEncode(xml))}`, '--json']);
  assert.equal(result.exitCode, 0);
  const out = JSON.parse(result.stdout!);
  assert.deepEqual(Object.keys(out), ['format', 'saml', 'findings']);
  assert.equal(out.format, 'saml');
  for (const key of CONTRACT_KEYS) assert.ok(key in out.saml, key);
  assert.equal(out.saml.kind, 'Response');
  assert.equal(out.saml.binding, 'post');
  assert.equal(out.saml.version, '2.0');
  assert.equal(out.saml.issuer, IDP);
  assert.equal(out.saml.destination, ACS);
  assert.equal(out.saml.id, '_resp1');
  assert.equal(out.saml.inResponseTo, '_req1');
  assert.deepEqual(out.saml.statusCodes, ['urn:oasis:names:tc:SAML:2.0:status:Success']);
  assert.deepEqual(out.saml.nameId, { value: 'alice@example.test', format: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress' });
  assert.deepEqual(out.saml.audiences, [SP]);
  assert.deepEqual(out.saml.conditions, { notBefore: '2020-01-01T00:00:00Z', notOnOrAfter: '2020-01-01T01:00:00Z' });
  assert.deepEqual(out.saml.signed, { message: false, assertion: true });
  assert.equal(out.saml.encryptedAssertion, false);
  assert.deepEqual(out.saml.attributes, ['email', 'groups']);
  const expired = out.findings.find((f: { code: string }) => f.code === 'expired');
  assert.deepEqual(Object.keys(expired), ['code', 'severity', 'message']);
  assert.equal(expired.severity, 'error');
});

test('decode on a Redirect URL: kind AuthnRequest, binding redirect; the text form names the fields', async () => {
  const url = `${IDP}/sso?SAMLRequest=${redirectEncode(authnRequest())}&RelayState=r1`;
  const out = JSON.parse((await runCli(['decode', url, '--json'])).stdout!);
  assert.equal(out.saml.kind, 'AuthnRequest');
  assert.equal(out.saml.binding, 'redirect');
  assert.equal(out.saml.nameId, null);
  assert.equal(out.saml.conditions, null);
  assert.deepEqual(out.saml.signed, { message: false, assertion: null });
  const text = await runCli(['decode', url]);
  assert.equal(text.exitCode, 0);
  assert.match(text.stdout!, /SAML AuthnRequest/);
  assert.match(text.stdout!, /HTTP-Redirect/);
  assert.match(text.stdout!, /RelayState\s+r1/);
});

test('decode: not SAML answers as before; broken SAML and hostile XML are clear errors', async () => {
  const plain = await runCli(['decode', 'hello.world', '--json']);
  assert.equal(plain.exitCode, 1);
  assert.equal(JSON.parse(plain.stdout!).error.code.startsWith('saml'), false);
  const hostile = await runCli([
    'decode',
    `SAMLResponse=${postEncode('<!DOCTYPE x [<!ENTITY a SYSTEM "file:///etc/passwd">]><x>&a;</x>')}`,
    '--json',
  ]);
  assert.equal(hostile.exitCode, 1);
  assert.equal(JSON.parse(hostile.stdout!).error.code, 'saml_dtd_forbidden');
});

test('scan finds SAML values with kind "saml": parameters in URLs and bare base64 in logs', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'authlens-saml-'));
  const file = join(dir, 'log.txt');
  const b64 = postEncode(samlResponse());
  const redirect = redirectEncode(authnRequest());
  writeFileSync(
    file,
    `GET ${IDP}/sso?SAMLRequest=${redirect}&RelayState=x\nposted ${b64}\nnothing here PD94bWwgdmVyc2lvbj0iMS4wIj8+PGh0bWw+PC9odG1sPg==\n`,
  );
  const out = JSON.parse((await runCli(['scan', file, '--json'])).stdout!);
  const saml = out.findings.filter((f: { kind: string }) => f.kind === 'saml');
  assert.equal(saml.length, 2, JSON.stringify(out.findings));
  assert.deepEqual(
    saml.map((f: { parameter: string | null; line: number }) => [f.parameter, f.line]),
    [
      ['SAMLRequest', 1],
      [null, 2],
    ],
  );
  assert.equal(saml[0].text, redirect);
  assert.equal(saml[1].text, b64);
});
