import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync, deflateSync } from 'node:zlib';
import { decodeSaml } from '../../../../src/core/saml/index';
import type { SamlDecoded } from '../../../../src/core/saml/index';
import { MAX_ENCODED_CHARS, MAX_XML_BYTES } from '../../../../src/core/saml/limits';
import { base64ToBinary, locateSaml, MAX_WRITTEN_CHARS } from '../../../../src/core/saml/input';
import { SamlDecodeError } from '../../../../src/core/saml/errors';
import { ACS, IDP, SP, authnRequest, postEncode, redirectEncode, saml11Response, samlResponse, sign } from './_messages';

async function ok(input: string, options = {}): Promise<SamlDecoded> {
  const result = await decodeSaml(input, options);
  assert.ok(result.ok, result.ok ? '' : `${result.error.code}: ${result.error.message}`);
  return result.saml;
}
const codes = (saml: SamlDecoded) => saml.findings.map((f) => f.code);

test('POST binding: bare base64, a SAMLResponse= parameter, a form body, wrapped base64 and raw XML all decode the same', async () => {
  const xml = samlResponse();
  const b64 = postEncode(xml);
  const wrapped = b64.replace(/(.{76})/g, '$1\r\n');
  for (const input of [
    b64,
    `SAMLResponse=${encodeURIComponent(b64)}`,
    `SAMLResponse=${encodeURIComponent(b64)}&RelayState=%2Fhome`,
    wrapped,
    xml,
  ]) {
    const saml = await ok(input);
    assert.equal(saml.message.kind, 'Response');
    assert.equal(saml.message.id, '_resp1');
    assert.equal(saml.message.issuer, IDP);
    assert.equal(saml.message.destination, ACS);
    assert.equal(saml.message.inResponseTo, '_req1');
    assert.deepEqual(saml.message.audiences, [SP]);
    assert.deepEqual(saml.message.nameId, {
      value: 'alice@example.test',
      format: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    });
    assert.deepEqual(saml.message.attributes, ['email', 'groups']);
    assert.deepEqual(saml.message.attributeValues[1]?.values, ['admins', 'users']);
    assert.equal(saml.message.authnStatement?.sessionIndex, '_sess1');
    assert.equal(saml.message.subjectConfirmations[0]?.recipient, ACS);
    assert.equal(saml.message.binding, input === xml ? null : 'post');
  }
  assert.equal((await ok(`SAMLResponse=${encodeURIComponent(b64)}&RelayState=%2Fhome`)).message.relayState, '/home');
});

test('Redirect binding: a whole URL with a deflated AuthnRequest, SigAlg and Signature', async () => {
  const url = `${IDP}/sso?SAMLRequest=${redirectEncode(authnRequest('_abc'))}&RelayState=xyz&SigAlg=${encodeURIComponent('http://www.w3.org/2001/04/xmldsig-more#rsa-sha256')}&Signature=c2ln`;
  const saml = await ok(url);
  assert.equal(saml.message.kind, 'AuthnRequest');
  assert.equal(saml.message.binding, 'redirect');
  assert.equal(saml.message.id, '_abc');
  assert.equal(saml.message.issuer, SP);
  assert.equal(saml.message.request?.assertionConsumerServiceUrl, ACS);
  assert.equal(saml.message.request?.nameIdPolicyFormat, 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress');
  assert.equal(saml.message.querySignatureAlgorithm, 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256');
  assert.ok(!codes(saml).includes('unsigned'));
  // zlib-wrapped deflate, which some senders use, is accepted too.
  const zlibbed = encodeURIComponent(deflateSync(Buffer.from(authnRequest())).toString('base64'));
  assert.equal((await ok(`SAMLRequest=${zlibbed}`)).message.binding, 'redirect');
  // Unsigned redirect request: noted, not an error.
  const unsigned = await ok(`SAMLRequest=${redirectEncode(authnRequest())}`);
  assert.deepEqual(unsigned.findings.find((f) => f.code === 'unsigned')?.severity, 'info');
});

test('a LogoutRequest and LogoutResponse are recognised by kind', async () => {
  const logout = `<samlp:LogoutRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_l1" Version="2.0" IssueInstant="2026-01-01T00:00:00Z"><saml:Issuer>${SP}</saml:Issuer><saml:NameID>alice</saml:NameID><samlp:SessionIndex>_s</samlp:SessionIndex></samlp:LogoutRequest>`;
  const saml = await ok(`SAMLRequest=${redirectEncode(logout)}`);
  assert.equal(saml.message.kind, 'LogoutRequest');
  assert.equal(saml.message.nameId?.value, 'alice');
  const answer = `<samlp:LogoutResponse xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_l2" InResponseTo="_l1" Version="2.0" IssueInstant="2026-01-01T00:00:00Z"><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:PartialLogout"/></samlp:StatusCode></samlp:Status></samlp:LogoutResponse>`;
  const response = await ok(postEncode(answer));
  assert.equal(response.message.kind, 'LogoutResponse');
  assert.deepEqual(response.message.statusCodes, [
    'urn:oasis:names:tc:SAML:2.0:status:Success',
    'urn:oasis:names:tc:SAML:2.0:status:PartialLogout',
  ]);
  assert.match(response.message.status[1]!.explanation!, /logout/i);
});

test('SAML 1.1: ResponseID, Recipient, Issuer attribute, NameIdentifier, AuthenticationStatement', async () => {
  const saml = await ok(postEncode(saml11Response()));
  assert.equal(saml.message.version, '1.1');
  assert.equal(saml.message.id, '_r11');
  assert.equal(saml.message.destination, ACS);
  assert.equal(saml.message.issuer, IDP);
  assert.equal(saml.message.nameId?.value, 'bob@example.test');
  assert.deepEqual(saml.message.audiences, [SP]);
  assert.deepEqual(saml.message.statusCodes, ['samlp:Success']);
  assert.equal(saml.message.authnStatement?.authnContextClassRef, 'urn:oasis:names:tc:SAML:1.0:am:password');
  assert.deepEqual(saml.message.attributes, ['role']);
  assert.ok(!codes(saml).includes('status_failed'));
});

test('signed with xml-crypto: assertion or response, algorithm and reference; SHA-1 is flagged', async () => {
  const assertionSigned = await ok(postEncode(sign(samlResponse(), 'Assertion')));
  assert.deepEqual(assertionSigned.message.signed, { message: false, assertion: true });
  assert.equal(assertionSigned.message.signatures[0]?.referenceUri, '#_assert1');
  assert.equal(assertionSigned.message.signatures[0]?.referenceMatchesParent, true);
  assert.equal(assertionSigned.message.signatures[0]?.signatureAlgorithm, 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256');
  assert.ok(!codes(assertionSigned).includes('unsigned'));
  assert.ok(codes(assertionSigned).includes('signature_not_verified'));
  assert.ok(!codes(assertionSigned).includes('sha1_signature'));

  const responseSigned = await ok(postEncode(sign(samlResponse(), 'Response', 'sha1')));
  assert.deepEqual(responseSigned.message.signed, { message: true, assertion: false });
  assert.ok(codes(responseSigned).includes('sha1_signature'));
  assert.ok(codes(responseSigned).includes('assertion_unsigned'));
});

test('unsigned, no audience, recipient ≠ destination, missing InResponseTo for an SP-initiated response', async () => {
  const saml = await ok(postEncode(samlResponse({ audience: null, recipient: 'https://other.example.test/acs', inResponseTo: null })), {
    requestId: '_req1',
  });
  const found = codes(saml);
  for (const code of ['unsigned', 'audience_missing', 'recipient_mismatch', 'in_response_to_missing'])
    assert.ok(found.includes(code), `${code} in ${found.join(',')}`);
  assert.equal(saml.findings.find((f) => f.code === 'in_response_to_missing')?.severity, 'error');
  // Without a known request, a missing InResponseTo is only a note (IdP-initiated).
  const unsolicited = await ok(postEncode(samlResponse({ inResponseTo: null })));
  assert.equal(unsolicited.findings.find((f) => f.code === 'in_response_to_missing')?.severity, 'info');
  const wrong = await ok(postEncode(samlResponse()), { requestId: '_other' });
  assert.ok(codes(wrong).includes('in_response_to_mismatch'));
});

test('expired and not yet valid, with clock skew', async () => {
  const now = Date.parse('2026-06-01T12:00:00Z');
  const xml = samlResponse({ notBefore: '2026-06-01T11:00:00Z', notOnOrAfter: '2026-06-01T11:58:00Z' }, now);
  assert.ok(codes(await ok(postEncode(xml), { now, clockSkewSeconds: 0 })).includes('expired'));
  assert.ok(!codes(await ok(postEncode(xml), { now, clockSkewSeconds: 300 })).includes('expired'), '2 min late is within 5 min of skew');
  const future = samlResponse({ notBefore: '2026-06-01T12:10:00Z', notOnOrAfter: '2026-06-01T13:00:00Z' }, now);
  const early = await ok(postEncode(future), { now, clockSkewSeconds: 60 });
  assert.ok(codes(early).includes('not_yet_valid'));
  assert.match(early.findings.find((f) => f.code === 'not_yet_valid')!.message, /10 min from now/);
});

test('failed status: top and nested codes, explained, with the StatusMessage', async () => {
  const saml = await ok(
    postEncode(samlResponse({ status: 'Requester', nestedStatus: 'InvalidNameIDPolicy', statusMessage: 'Format not supported' })),
  );
  assert.deepEqual(saml.message.statusCodes, [
    'urn:oasis:names:tc:SAML:2.0:status:Requester',
    'urn:oasis:names:tc:SAML:2.0:status:InvalidNameIDPolicy',
  ]);
  assert.equal(saml.message.statusMessage, 'Format not supported');
  assert.match(saml.message.status[0]!.explanation!, /request/i);
  const failed = saml.findings.find((f) => f.code === 'status_failed');
  assert.equal(failed?.severity, 'error');
  assert.match(failed!.message, /Requester \/ InvalidNameIDPolicy/);
  assert.match(failed!.message, /NameID/);
  assert.equal(saml.message.assertionCount, 0);
});

test('encrypted assertion: flagged, algorithms shown, nothing invented', async () => {
  const saml = await ok(postEncode(samlResponse({ encrypted: true })));
  assert.equal(saml.message.encryptedAssertion, true);
  assert.equal(saml.message.encryption?.dataAlgorithm, 'http://www.w3.org/2009/xmlenc11#aes256-gcm');
  assert.equal(saml.message.encryption?.keyAlgorithm, 'http://www.w3.org/2009/xmlenc11#rsa-oaep');
  assert.equal(saml.message.nameId, null);
  assert.deepEqual(saml.message.signed, { message: false, assertion: null });
  assert.ok(codes(saml).includes('encrypted_assertion'));
  assert.ok(!codes(saml).includes('audience_missing'));
});

test('signature wrapping signs: duplicate IDs, a reference to another element, a comment inside NameID', async () => {
  const signed = sign(samlResponse(), 'Assertion');
  const wrapped = signed
    .replace(
      '<saml:Assertion ID="_assert1"',
      '<saml:Assertion ID="_evil"><saml:Issuer>x</saml:Issuer></saml:Assertion><saml:Assertion ID="_assert1"',
    )
    .replace('URI="#_assert1"', 'URI="#_resp1"');
  const saml = await ok(postEncode(wrapped));
  assert.ok(codes(saml).includes('signature_reference_mismatch'));
  assert.ok(codes(saml).includes('multiple_assertions'));
  const duplicated = signed.replace('ID="_resp1"', 'ID="_assert1"');
  assert.ok(codes(await ok(postEncode(duplicated))).includes('duplicate_id'));
  const comment = samlResponse({ nameId: 'admin@example.test<!---->.evil.test' });
  assert.ok(codes(await ok(postEncode(comment))).includes('hidden_nodes_in_value'));
});

test('not SAML: a clear not_saml error, so callers can try something else', async () => {
  for (const input of [
    '',
    'hello world this is plain text',
    'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.',
    postEncode('<html><body>hi</body></html>'),
    '{"a":1}',
  ]) {
    const result = await decodeSaml(input);
    assert.ok(!result.ok && result.error.code === 'not_saml', `${input}: ${JSON.stringify(result)}`);
  }
  const broken = await decodeSaml('SAMLResponse=!!!notbase64');
  assert.ok(!broken.ok && broken.error.code === 'bad_encoding');
  const badXml = await decodeSaml(
    `SAMLResponse=${postEncode('<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"><unclosed></samlp:Response>')}`,
  );
  assert.ok(!badXml.ok && badXml.error.code === 'bad_xml', JSON.stringify(badXml));
});

test('hostile XML: billion laughs, external entity, 50 MB, a deflate bomb, deep nesting: clear errors in bounded time', async () => {
  const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]><samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol">&lol9;</samlp:Response>`;
  const xxe = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol">&xxe;</samlp:Response>`;
  const huge = `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol">${'a'.repeat(50 * 1024 * 1024)}</samlp:Response>`;
  const bomb = encodeURIComponent(
    deflateRawSync(
      Buffer.from(
        `<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol">${' '.repeat(50 * 1024 * 1024)}</samlp:AuthnRequest>`,
      ),
    ).toString('base64'),
  );
  const deep = `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol">${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}</samlp:Response>`;
  const cases: [string, string, RegExp][] = [
    [`SAMLResponse=${postEncode(laughs)}`, 'dtd_forbidden', /billion laughs/],
    [`SAMLResponse=${postEncode(xxe)}`, 'dtd_forbidden', /XXE/],
    [laughs, 'dtd_forbidden', /DOCTYPE/],
    [`SAMLResponse=${postEncode(huge)}`, 'too_large', /limit/],
    [huge, 'too_large', /limit/],
    [`SAMLRequest=${bomb}`, 'too_large', /deflate bomb/],
    [postEncode(deep), 'bad_xml', /deep/],
  ];
  for (const [input, code, message] of cases) {
    const started = performance.now();
    const result = await decodeSaml(input);
    const ms = performance.now() - started;
    assert.ok(!result.ok, code);
    assert.equal(result.error.code, code);
    assert.match(result.error.message, message);
    assert.ok(ms < 3000, `${code} answered in ${ms.toFixed(0)} ms`);
  }
});

test('the size limit: a 1 MiB message of 10,000 groups decodes; one byte more is refused as too_large, encoded, wrapped or raw', async () => {
  const groups = Array.from({ length: 10_000 }, (_, i) => `group-${String(i).padStart(5, '0')}-${'x'.repeat(40)}`);
  const base = samlResponse({ attributes: { groups } });
  // Padded with spaces inside the root to exactly MAX_XML_BYTES, then one more.
  const at = base.lastIndexOf('</samlp:Response>');
  const sized = (bytes: number) => base.slice(0, at) + ' '.repeat(bytes - Buffer.byteLength(base)) + base.slice(at);
  const limit = sized(MAX_XML_BYTES);
  assert.equal(Buffer.byteLength(limit), MAX_XML_BYTES);
  for (const input of [postEncode(limit), `SAMLResponse=${encodeURIComponent(postEncode(limit))}`, limit]) {
    const saml = await ok(input);
    assert.equal(saml.message.kind, 'Response');
  }
  const over = sized(MAX_XML_BYTES + 1);
  for (const input of [
    postEncode(over),
    `SAMLResponse=${encodeURIComponent(postEncode(over))}`,
    postEncode(over).replace(/(.{76})/g, '$1\r\n'),
    over,
  ]) {
    const result = await decodeSaml(input);
    assert.ok(!result.ok && result.error.code === 'too_large', JSON.stringify(result.ok || result.error));
    assert.match(result.error.message, new RegExp(`limit is ${MAX_XML_BYTES}|limit is ${MAX_ENCODED_CHARS}`));
  }
});

test('locateSaml keeps a value longer than any message as written, unread, and base64ToBinary refuses it by its length', () => {
  const value = `${'PD94bWwg%2B'.repeat((4 << 20) / 11)}`;
  for (const text of [`https://idp.example/sso?SAMLRequest=${value}&RelayState=x`, value.replaceAll('%2B', 'Q')]) {
    const located = locateSaml(text);
    assert.ok(located && located.encoded.length > MAX_WRITTEN_CHARS, 'found, kept whole');
    assert.throws(
      () => base64ToBinary(located.encoded),
      (error: unknown) => error instanceof SamlDecodeError && error.code === 'too_large',
    );
  }
  // Text that does not start like base64 is no SAML value, however long.
  assert.equal(locateSaml(`<<${'x'.repeat(4 << 20)}`), undefined);
  assert.equal(locateSaml(`!!${'x'.repeat(4 << 20)}`), undefined);
});

test('POST binding text: ASCII XML is read as it decodes; UTF-8 (and a byte order mark) goes through the UTF-8 decoder', async () => {
  const name = 'zoë.müller@例え.test';
  const xml = samlResponse({ nameId: name, attributes: { displayName: ['Zoë Müller'] } });
  for (const bytes of [Buffer.from(xml, 'utf8'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml, 'utf8')])]) {
    const saml = await ok(bytes.toString('base64'));
    assert.equal(saml.message.nameId?.value, name);
    assert.deepEqual(saml.message.attributeValues[0]?.values, ['Zoë Müller']);
    assert.equal(saml.xml, xml, 'the XML as sent, no byte order mark, no mojibake');
  }
  // All ASCII: the same text.
  const ascii = samlResponse();
  assert.equal((await ok(postEncode(ascii))).xml, ascii);
});

test('base64ToBinary: the alphabet and its padding only, as atob reads them; whitespace, a middle `=` and other characters are bad_encoding', async () => {
  const { base64ToBinary } = await import('../../../../src/core/saml/input');
  assert.equal(base64ToBinary('PHg+'), '<x>');
  assert.equal(base64ToBinary('PHg'), '<x');
  assert.equal(base64ToBinary('PA='), '<');
  assert.equal(base64ToBinary('PA=='), '<');
  for (const bad of ['PH g+', 'PHg+\n', '\tPHg+', 'PHg+\r', 'PH\fg+', 'PA=g', 'PA===', 'PHg-', 'PHg_', 'PHg+é', 'PHg+\u00a0', 'P']) {
    assert.throws(
      () => base64ToBinary(bad),
      (error: unknown) => (error as { code?: string }).code === 'bad_encoding',
      JSON.stringify(bad),
    );
  }
});
