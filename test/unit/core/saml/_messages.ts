/** SAML messages built by the tests themselves: unsigned, signed (xml-crypto), encrypted, failed, expired. */
import { deflateRawSync } from 'node:zlib';
import { generateKeyPairSync } from 'node:crypto';
import { SignedXml } from 'xml-crypto';

export const SP = 'https://sp.example.test/metadata';
export const ACS = 'https://sp.example.test/acs';
export const IDP = 'https://idp.example.test/saml';

export interface ResponseOptions {
  id?: string;
  inResponseTo?: string | null;
  notBefore?: string;
  notOnOrAfter?: string;
  status?: string;
  nestedStatus?: string;
  statusMessage?: string;
  audience?: string | null;
  recipient?: string;
  destination?: string;
  encrypted?: boolean;
  nameId?: string;
  attributes?: Record<string, string[]>;
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export function samlResponse(options: ResponseOptions = {}, now = Date.now()): string {
  const id = options.id ?? '_resp1';
  const inResponseTo = options.inResponseTo === undefined ? '_req1' : options.inResponseTo;
  const irt = inResponseTo === null ? '' : ` InResponseTo="${inResponseTo}"`;
  const notBefore = options.notBefore ?? iso(now - 60_000);
  const notOnOrAfter = options.notOnOrAfter ?? iso(now + 3_600_000);
  const status = options.status ?? 'Success';
  const nested = options.nestedStatus ? `<samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:${options.nestedStatus}"/>` : '';
  const message = options.statusMessage ? `<samlp:StatusMessage>${options.statusMessage}</samlp:StatusMessage>` : '';
  const audience =
    options.audience === null
      ? ''
      : `<saml:AudienceRestriction><saml:Audience>${options.audience ?? SP}</saml:Audience></saml:AudienceRestriction>`;
  const attributes = Object.entries(options.attributes ?? { email: ['alice@example.test'], groups: ['admins', 'users'] })
    .map(
      ([name, values]) =>
        `<saml:Attribute Name="${name}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:basic">${values.map((v) => `<saml:AttributeValue>${v}</saml:AttributeValue>`).join('')}</saml:Attribute>`,
    )
    .join('');
  const assertion =
    status !== 'Success'
      ? ''
      : options.encrypted
        ? `<saml:EncryptedAssertion><xenc:EncryptedData xmlns:xenc="http://www.w3.org/2001/04/xmlenc#" Type="http://www.w3.org/2001/04/xmlenc#Element"><xenc:EncryptionMethod Algorithm="http://www.w3.org/2009/xmlenc11#aes256-gcm"/><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><xenc:EncryptedKey><xenc:EncryptionMethod Algorithm="http://www.w3.org/2009/xmlenc11#rsa-oaep"/><xenc:CipherData><xenc:CipherValue>ZW5jcnlwdGVka2V5</xenc:CipherValue></xenc:CipherData></xenc:EncryptedKey></ds:KeyInfo><xenc:CipherData><xenc:CipherValue>Y2lwaGVydGV4dA==</xenc:CipherValue></xenc:CipherData></xenc:EncryptedData></saml:EncryptedAssertion>`
        : `<saml:Assertion ID="_assert1" Version="2.0" IssueInstant="${iso(now)}"><saml:Issuer>${IDP}</saml:Issuer>` +
          `<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">${options.nameId ?? 'alice@example.test'}</saml:NameID>` +
          `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData${irt} NotOnOrAfter="${notOnOrAfter}" Recipient="${options.recipient ?? ACS}"/></saml:SubjectConfirmation></saml:Subject>` +
          `<saml:Conditions NotBefore="${notBefore}" NotOnOrAfter="${notOnOrAfter}">${audience}</saml:Conditions>` +
          `<saml:AuthnStatement AuthnInstant="${iso(now)}" SessionIndex="_sess1"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>` +
          `<saml:AttributeStatement>${attributes}</saml:AttributeStatement></saml:Assertion>`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?><samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${id}" Version="2.0" IssueInstant="${iso(now)}" Destination="${options.destination ?? ACS}"${irt}>` +
    `<saml:Issuer>${IDP}</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:${status}">${nested}</samlp:StatusCode>${message}</samlp:Status>${assertion}</samlp:Response>`
  );
}

export function authnRequest(id = '_req1', now = Date.now()): string {
  return `<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${id}" Version="2.0" IssueInstant="${iso(now)}" Destination="${IDP}/sso" AssertionConsumerServiceURL="${ACS}" ProtocolBinding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"><saml:Issuer>${SP}</saml:Issuer><samlp:NameIDPolicy Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress" AllowCreate="true"/></samlp:AuthnRequest>`;
}

export function saml11Response(now = Date.now()): string {
  return (
    `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:1.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:1.0:assertion" ResponseID="_r11" MajorVersion="1" MinorVersion="1" IssueInstant="${iso(now)}" Recipient="${ACS}">` +
    `<samlp:Status><samlp:StatusCode Value="samlp:Success"/></samlp:Status>` +
    `<saml:Assertion AssertionID="_a11" Issuer="${IDP}" MajorVersion="1" MinorVersion="1" IssueInstant="${iso(now)}"><saml:Conditions NotBefore="${iso(now - 60_000)}" NotOnOrAfter="${iso(now + 600_000)}"><saml:AudienceRestrictionCondition><saml:Audience>${SP}</saml:Audience></saml:AudienceRestrictionCondition></saml:Conditions>` +
    `<saml:AuthenticationStatement AuthenticationMethod="urn:oasis:names:tc:SAML:1.0:am:password" AuthenticationInstant="${iso(now)}"><saml:Subject><saml:NameIdentifier Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">bob@example.test</saml:NameIdentifier><saml:SubjectConfirmation><saml:ConfirmationMethod>urn:oasis:names:tc:SAML:1.0:cm:bearer</saml:ConfirmationMethod></saml:SubjectConfirmation></saml:Subject></saml:AuthenticationStatement>` +
    `<saml:AttributeStatement><saml:Subject><saml:NameIdentifier>bob@example.test</saml:NameIdentifier></saml:Subject><saml:Attribute AttributeName="role" AttributeNamespace="urn:x"><saml:AttributeValue>admin</saml:AttributeValue></saml:Attribute></saml:AttributeStatement></saml:Assertion></samlp:Response>`
  );
}

let keys: { privateKey: string; cert: string } | undefined;
function signingKey(): { privateKey: string } {
  keys ??= {
    privateKey: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    cert: '',
  };
  return keys;
}

/** Signs the element with this local name (enveloped, exc-c14n) with xml-crypto, as an IdP would. */
export function sign(xml: string, element: 'Response' | 'Assertion', algorithm: 'sha256' | 'sha1' = 'sha256'): string {
  const signer = new SignedXml({
    privateKey: signingKey().privateKey,
    signatureAlgorithm: `http://www.w3.org/${algorithm === 'sha1' ? '2000/09/xmldsig#rsa-sha1' : '2001/04/xmldsig-more#rsa-sha256'}`,
    canonicalizationAlgorithm: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  });
  signer.addReference({
    xpath: `//*[local-name(.)='${element}']`,
    transforms: ['http://www.w3.org/2000/09/xmldsig#enveloped-signature', 'http://www.w3.org/2001/10/xml-exc-c14n#'],
    digestAlgorithm: algorithm === 'sha1' ? 'http://www.w3.org/2000/09/xmldsig#sha1' : 'http://www.w3.org/2001/04/xmlenc#sha256',
  });
  signer.computeSignature(xml, { location: { reference: `//*[local-name(.)='${element}']/*[local-name(.)='Issuer']`, action: 'after' } });
  return signer.getSignedXml();
}

export const postEncode = (xml: string): string => Buffer.from(xml, 'utf8').toString('base64');
export const redirectEncode = (xml: string): string => encodeURIComponent(deflateRawSync(Buffer.from(xml, 'utf8')).toString('base64'));
