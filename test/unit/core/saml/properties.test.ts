import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeSaml, locateSaml } from '../../../../src/core/saml/index';
import { postEncode, redirectEncode, samlResponse } from './_messages';

const pieces = fc.constantFrom(
  '<',
  '>',
  '</',
  '/>',
  '<!--',
  '-->',
  '<?',
  '?>',
  '<![CDATA[',
  ']]>',
  '&amp;',
  '&',
  ';',
  '"',
  "'",
  '=',
  'samlp:Response',
  'saml:Assertion',
  'xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"',
  'xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"',
  'ID="_x"',
  'NotOnOrAfter="2020-01-01T00:00:00Z"',
  'NotBefore="x"',
  'saml:Audience',
  'ds:Signature',
  ' ',
  '\n',
  'é',
  'x',
  '<!DOCTYPE',
);

test('decodeSaml never throws and always answers ok or a typed error, on XML-ish text, its base64 and its deflated form', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(pieces, { maxLength: 40 }).map((p) => p.join('')),
      fc.constantFrom('raw', 'post', 'redirect', 'param'),
      async (xml, how) => {
        const input =
          how === 'raw'
            ? xml
            : how === 'post'
              ? postEncode(xml)
              : how === 'redirect'
                ? `SAMLRequest=${redirectEncode(xml)}`
                : `SAMLResponse=${postEncode(xml)}`;
        const result = await decodeSaml(input);
        if (result.ok) assert.equal(typeof result.saml.message.kind, 'string');
        else assert.match(result.error.code, /^(not_saml|too_large|dtd_forbidden|bad_encoding|bad_xml)$/);
      },
    ),
    { numRuns: 400 },
  );
});

test('arbitrary strings: locateSaml and decodeSaml never throw', async () => {
  await fc.assert(
    fc.asyncProperty(fc.string({ maxLength: 300 }), async (text) => {
      locateSaml(text);
      const result = await decodeSaml(text);
      assert.equal(typeof result.ok, 'boolean');
    }),
    { numRuns: 500 },
  );
});

test('mutating one character of a real message never makes decoding throw', async () => {
  const b64 = postEncode(samlResponse());
  await fc.assert(
    fc.asyncProperty(fc.nat(b64.length - 1), fc.constantFrom('A', '/', '+', '=', '%', '<'), async (at, ch) => {
      const result = await decodeSaml(`SAMLResponse=${b64.slice(0, at)}${ch}${b64.slice(at + 1)}`);
      assert.equal(typeof result.ok, 'boolean');
    }),
    { numRuns: 200 },
  );
});
