// The SAML V2.0 Technical Overview's Web Browser SSO examples (§5.1: an AuthnRequest and the IdP's
// Response), as the spec lays them out, through the decoder: every field comes out as written, the
// times pass when read at the example's own moment and fail years later, and the missing signature
// (the spec elides it) is flagged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeSaml } from '../../../../src/core/saml/index';

const NS = 'xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"';

const AUTHN_REQUEST = `<samlp:AuthnRequest ${NS} ID="identifier_1" Version="2.0" IssueInstant="2004-12-05T09:21:59Z" AssertionConsumerServiceIndex="0">
  <saml:Issuer>https://sp.example.com/SAML2</saml:Issuer>
  <samlp:NameIDPolicy AllowCreate="true" Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient"/>
</samlp:AuthnRequest>`;

const RESPONSE = `<samlp:Response ${NS} ID="identifier_2" InResponseTo="identifier_1" Version="2.0" IssueInstant="2004-12-05T09:22:05Z" Destination="https://sp.example.com/SAML2/SSO/POST">
  <saml:Issuer>https://idp.example.org/SAML2</saml:Issuer>
  <samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>
  <saml:Assertion ${NS} ID="identifier_3" Version="2.0" IssueInstant="2004-12-05T09:22:05Z">
    <saml:Issuer>https://idp.example.org/SAML2</saml:Issuer>
    <saml:Subject>
      <saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient">3f7b3dcf-1674-4ecd-92c8-1544f346baf8</saml:NameID>
      <saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml:SubjectConfirmationData InResponseTo="identifier_1" Recipient="https://sp.example.com/SAML2/SSO/POST" NotOnOrAfter="2004-12-05T09:27:05Z"/>
      </saml:SubjectConfirmation>
    </saml:Subject>
    <saml:Conditions NotBefore="2004-12-05T09:17:05Z" NotOnOrAfter="2004-12-05T09:27:05Z">
      <saml:AudienceRestriction><saml:Audience>https://sp.example.com/SAML2</saml:Audience></saml:AudienceRestriction>
    </saml:Conditions>
    <saml:AuthnStatement AuthnInstant="2004-12-05T09:22:00Z" SessionIndex="identifier_3">
      <saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext>
    </saml:AuthnStatement>
  </saml:Assertion>
</samlp:Response>`;

const AT_THE_EXAMPLE = Date.parse('2004-12-05T09:23:00Z');
const b64 = (xml: string) => Buffer.from(xml, 'utf8').toString('base64');

test("the spec's AuthnRequest, as a SAMLRequest POST value", async () => {
  const result = await decodeSaml(`SAMLRequest=${encodeURIComponent(b64(AUTHN_REQUEST))}`, { now: AT_THE_EXAMPLE });
  assert.ok(result.ok, JSON.stringify(!result.ok && result.error));
  const m = result.saml.message;
  assert.equal(m.kind, 'AuthnRequest');
  assert.equal(m.version, '2.0');
  assert.equal(m.id, 'identifier_1');
  assert.equal(m.issuer, 'https://sp.example.com/SAML2');
  assert.equal(m.request?.nameIdPolicyFormat, 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient');
});

test("the spec's Response: issuer, status, NameID, audience, conditions, subject confirmation and authn statement as written", async () => {
  const result = await decodeSaml(b64(RESPONSE), { now: AT_THE_EXAMPLE });
  assert.ok(result.ok, JSON.stringify(!result.ok && result.error));
  const m = result.saml.message;
  assert.equal(m.kind, 'Response');
  assert.equal(m.binding, 'post');
  assert.equal(m.id, 'identifier_2');
  assert.equal(m.inResponseTo, 'identifier_1');
  assert.equal(m.destination, 'https://sp.example.com/SAML2/SSO/POST');
  assert.equal(m.issuer, 'https://idp.example.org/SAML2');
  assert.deepEqual(m.statusCodes, ['urn:oasis:names:tc:SAML:2.0:status:Success']);
  assert.deepEqual(m.nameId, {
    value: '3f7b3dcf-1674-4ecd-92c8-1544f346baf8',
    format: 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient',
  });
  assert.deepEqual(m.audiences, ['https://sp.example.com/SAML2']);
  assert.deepEqual(m.conditions, { notBefore: '2004-12-05T09:17:05Z', notOnOrAfter: '2004-12-05T09:27:05Z' });
  assert.equal(m.authnStatement?.authnContextClassRef, 'urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport');
  assert.equal(m.authnStatement?.sessionIndex, 'identifier_3');
  assert.deepEqual(m.signed, { message: false, assertion: false });
  const codes = result.saml.findings.map((f) => f.code);
  assert.ok(codes.includes('unsigned'), codes.join(', '));
  assert.ok(!codes.includes('expired') && !codes.includes('not_yet_valid') && !codes.includes('recipient_mismatch'), codes.join(', '));
});

test('the same Response read today has expired', async () => {
  const result = await decodeSaml(b64(RESPONSE));
  assert.ok(result.ok);
  assert.ok(result.saml.findings.some((f) => f.code === 'expired'));
});
