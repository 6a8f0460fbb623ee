/**
 * Reading a parsed SAML 2.0 or 1.1 message into a flat summary (saml-core-2.0-os §2–3; SAML 1.1
 * core for the older shapes). Reads only: nothing is verified or decrypted.
 */
import type { Document, Element } from '@xmldom/xmldom';
import { lookupError } from '../errors/catalog/index';
import type { SamlBinding } from './input';
import type { SamlAttribute, SamlMessage, SamlSignature, SamlStatusCode, SamlSubjectConfirmation } from './types';
import { attr, child, children, descendants, text } from './xml';

export const NS = {
  samlp: 'urn:oasis:names:tc:SAML:2.0:protocol',
  saml: 'urn:oasis:names:tc:SAML:2.0:assertion',
  samlp1: 'urn:oasis:names:tc:SAML:1.0:protocol',
  saml1: 'urn:oasis:names:tc:SAML:1.0:assertion',
  ds: 'http://www.w3.org/2000/09/xmldsig#',
  xenc: 'http://www.w3.org/2001/04/xmlenc#',
} as const;

const PROTOCOL: readonly string[] = [NS.samlp, NS.samlp1];
const ASSERTION: readonly string[] = [NS.saml, NS.saml1];

const SAML_STATUS_PREFIX = 'urn:oasis:names:tc:SAML:2.0:status:';

export function isSamlRoot(root: Element): boolean {
  return [NS.samlp, NS.saml, NS.samlp1, NS.saml1].includes((root.namespaceURI ?? '') as typeof NS.samlp);
}

export function extractMessage(
  document: Document,
  binding: SamlBinding | null,
  relayState: string | null,
  querySigAlg: string | null,
): SamlMessage {
  const root = document.documentElement!;
  const saml1 = root.namespaceURI === NS.samlp1 || root.namespaceURI === NS.saml1;
  const isAssertionRoot = ASSERTION.includes(root.namespaceURI ?? '') && root.localName === 'Assertion';
  const assertions = isAssertionRoot ? [root] : descendants(root, ASSERTION, 'Assertion');
  const assertion = assertions[0];
  const encrypted = descendants(root, NS.saml, 'EncryptedAssertion');
  const major = attr(root, 'MajorVersion');
  const version = attr(root, 'Version') ?? (major ? `${major}.${attr(root, 'MinorVersion') ?? '0'}` : null);

  const status = statusCodes(root, saml1);
  const signatures = descendants(root, NS.ds, 'Signature').map(describeSignature);
  if (root.localName === 'Signature') signatures.length = 0;
  const subject =
    child(assertion, ASSERTION, 'Subject') ??
    (saml1 && assertion ? firstSaml1Subject(assertion) : undefined) ??
    child(root, NS.saml, 'Subject');
  const nameIdElement = child(subject, NS.saml, 'NameID') ?? child(subject, NS.saml1, 'NameIdentifier') ?? child(root, NS.saml, 'NameID');
  const conditions = child(assertion, ASSERTION, 'Conditions');
  const audiences = conditions
    ? [...descendants(conditions, ASSERTION, 'Audience')].map((a) => text(a) ?? '').filter((a) => a.length > 0)
    : [];

  const encryptedData = encrypted[0] ? descendants(encrypted[0], NS.xenc, 'EncryptionMethod') : [];
  return {
    kind: root.localName ?? root.nodeName,
    binding,
    version,
    issuer: text(child(root, NS.saml, 'Issuer')) ?? attr(assertion, 'Issuer') ?? text(child(assertion, NS.saml, 'Issuer')),
    destination: attr(root, 'Destination') ?? attr(root, 'Recipient'),
    id: attr(root, 'ID') ?? attr(root, 'ResponseID') ?? attr(root, 'RequestID') ?? attr(root, 'AssertionID'),
    inResponseTo: attr(root, 'InResponseTo'),
    issueInstant: attr(root, 'IssueInstant'),
    statusCodes: status.map((s) => s.value),
    status,
    statusMessage: text(descendants(root, PROTOCOL, 'StatusMessage')[0]),
    nameId: nameIdElement ? { value: text(nameIdElement) ?? '', format: attr(nameIdElement, 'Format') } : null,
    audiences,
    conditions: conditions ? { notBefore: attr(conditions, 'NotBefore'), notOnOrAfter: attr(conditions, 'NotOnOrAfter') } : null,
    subjectConfirmations: subject ? confirmations(subject) : [],
    authnStatement: authnStatement(assertion),
    ...attributes(assertion),
    signed: {
      message: signatures.some(
        (s) =>
          s.on === root.localName &&
          s.parentId === (attr(root, 'ID') ?? attr(root, 'ResponseID') ?? attr(root, 'RequestID')) &&
          !isAssertionRoot,
      ),
      assertion: assertion ? signatures.some((s) => s.on === 'Assertion') : null,
    },
    signatures,
    querySignatureAlgorithm: querySigAlg,
    encryptedAssertion: encrypted.length > 0,
    encryption:
      encrypted.length > 0
        ? { dataAlgorithm: attr(encryptedData[0], 'Algorithm'), keyAlgorithm: attr(encryptedData[1], 'Algorithm') }
        : null,
    assertionCount: assertions.length,
    request: root.localName === 'AuthnRequest' ? authnRequest(root) : null,
    relayState,
  };
}

function statusCodes(root: Element, saml1: boolean): SamlStatusCode[] {
  const status = child(root, PROTOCOL, 'Status');
  const found: SamlStatusCode[] = [];
  let code = child(status, PROTOCOL, 'StatusCode');
  while (code && found.length < 8) {
    const value = attr(code, 'Value') ?? '';
    // SAML 1.1 writes QNames (`samlp:Success`); the local names match SAML 2.0's for the common codes.
    const local = saml1 ? value.replace(/^.*:/, '') : value.startsWith('urn:oasis:names:tc:SAML:2.0:status:') ? value.slice(35) : '';
    // The catalog loads on the first status read (it is a bundle of its own).
    found.push({ value, explanation: local ? (lookupError(`${SAML_STATUS_PREFIX}${local}`, 'saml')?.summary ?? null) : null });
    code = child(code, PROTOCOL, 'StatusCode');
  }
  return found;
}

function describeSignature(signature: Element): SamlSignature {
  const parent = signature.parentNode as Element | null;
  const signedInfo = child(signature, NS.ds, 'SignedInfo');
  const reference = child(signedInfo, NS.ds, 'Reference');
  const parentId = parent
    ? (attr(parent, 'ID') ?? attr(parent, 'ResponseID') ?? attr(parent, 'AssertionID') ?? attr(parent, 'RequestID'))
    : null;
  const referenceUri = attr(reference, 'URI');
  return {
    on: parent?.localName ?? '',
    parentId,
    referenceUri,
    referenceMatchesParent:
      referenceUri !== null &&
      parentId !== null &&
      (referenceUri === `#${parentId}` || (referenceUri === '' && parent === parent?.ownerDocument?.documentElement)),
    signatureAlgorithm: attr(child(signedInfo, NS.ds, 'SignatureMethod'), 'Algorithm'),
    digestAlgorithm: attr(child(reference, NS.ds, 'DigestMethod'), 'Algorithm'),
    hasCertificate: descendants(signature, NS.ds, 'X509Certificate').length > 0,
  };
}

function firstSaml1Subject(assertion: Element): Element | undefined {
  for (const statement of children(assertion, NS.saml1, 'AuthenticationStatement').concat(
    children(assertion, NS.saml1, 'AttributeStatement'),
  )) {
    const subject = child(statement, NS.saml1, 'Subject');
    if (subject) return subject;
  }
  return undefined;
}

function confirmations(subject: Element): SamlSubjectConfirmation[] {
  const v2 = children(subject, NS.saml, 'SubjectConfirmation').map((sc) => {
    const data = child(sc, NS.saml, 'SubjectConfirmationData');
    return {
      method: attr(sc, 'Method'),
      recipient: attr(data, 'Recipient'),
      notBefore: attr(data, 'NotBefore'),
      notOnOrAfter: attr(data, 'NotOnOrAfter'),
      inResponseTo: attr(data, 'InResponseTo'),
      address: attr(data, 'Address'),
    };
  });
  const v1 = children(subject, NS.saml1, 'SubjectConfirmation').map((sc) => ({
    method: text(child(sc, NS.saml1, 'ConfirmationMethod')),
    recipient: null,
    notBefore: null,
    notOnOrAfter: null,
    inResponseTo: null,
    address: null,
  }));
  return [...v2, ...v1];
}

function authnStatement(assertion: Element | undefined): SamlMessage['authnStatement'] {
  const v2 = child(assertion, NS.saml, 'AuthnStatement');
  if (v2) {
    return {
      authnInstant: attr(v2, 'AuthnInstant'),
      sessionIndex: attr(v2, 'SessionIndex'),
      sessionNotOnOrAfter: attr(v2, 'SessionNotOnOrAfter'),
      authnContextClassRef: text(descendants(v2, NS.saml, 'AuthnContextClassRef')[0]),
    };
  }
  const v1 = child(assertion, NS.saml1, 'AuthenticationStatement');
  if (v1)
    return {
      authnInstant: attr(v1, 'AuthenticationInstant'),
      sessionIndex: null,
      sessionNotOnOrAfter: null,
      authnContextClassRef: attr(v1, 'AuthenticationMethod'),
    };
  return null;
}

function attributes(assertion: Element | undefined): { attributes: string[]; attributeValues: SamlAttribute[] } {
  if (!assertion) return { attributes: [], attributeValues: [] };
  const values: SamlAttribute[] = descendants(assertion, ASSERTION, 'Attribute')
    .slice(0, 500)
    .map((a) => ({
      name: attr(a, 'Name') ?? attr(a, 'AttributeName') ?? '',
      friendlyName: attr(a, 'FriendlyName'),
      nameFormat: attr(a, 'NameFormat') ?? attr(a, 'AttributeNamespace'),
      values: children(a, ASSERTION, 'AttributeValue')
        .slice(0, 200)
        .map((v) => text(v) ?? ''),
    }));
  return { attributes: values.map((v) => v.name), attributeValues: values };
}

function authnRequest(root: Element): SamlMessage['request'] {
  const policy = child(root, NS.samlp, 'NameIDPolicy');
  const requested = child(root, NS.samlp, 'RequestedAuthnContext');
  return {
    assertionConsumerServiceUrl: attr(root, 'AssertionConsumerServiceURL'),
    protocolBinding: attr(root, 'ProtocolBinding'),
    nameIdPolicyFormat: attr(policy, 'Format'),
    forceAuthn: attr(root, 'ForceAuthn') === 'true',
    isPassive: attr(root, 'IsPassive') === 'true',
    requestedAuthnContext: requested ? descendants(requested, NS.saml, 'AuthnContextClassRef').map((e) => text(e) ?? '') : [],
  };
}
