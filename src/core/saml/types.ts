import type { SamlBinding } from './input';

export type SamlKind = 'Response' | 'AuthnRequest' | 'LogoutRequest' | 'LogoutResponse' | 'Assertion' | string;

export interface SamlStatusCode {
  value: string;
  /** Our one-line explanation from the `saml` error-catalog family, when the code is a SAML 2.0 one. */
  explanation: string | null;
}

export interface SamlSignature {
  /** Local name of the signed element (`Response`, `Assertion`, `AuthnRequest` …). */
  on: string;
  parentId: string | null;
  referenceUri: string | null;
  /** The Reference points at the element that holds the signature (enveloped). */
  referenceMatchesParent: boolean;
  signatureAlgorithm: string | null;
  digestAlgorithm: string | null;
  hasCertificate: boolean;
}

export interface SamlSubjectConfirmation {
  method: string | null;
  recipient: string | null;
  notBefore: string | null;
  notOnOrAfter: string | null;
  inResponseTo: string | null;
  address: string | null;
}

export interface SamlAttribute {
  name: string;
  friendlyName: string | null;
  nameFormat: string | null;
  values: string[];
}

export interface SamlMessage {
  kind: SamlKind;
  binding: SamlBinding | null;
  version: string | null;
  issuer: string | null;
  destination: string | null;
  id: string | null;
  inResponseTo: string | null;
  issueInstant: string | null;
  statusCodes: string[];
  status: SamlStatusCode[];
  statusMessage: string | null;
  nameId: { value: string; format: string | null } | null;
  audiences: string[];
  conditions: { notBefore: string | null; notOnOrAfter: string | null } | null;
  subjectConfirmations: SamlSubjectConfirmation[];
  authnStatement: {
    authnInstant: string | null;
    sessionIndex: string | null;
    sessionNotOnOrAfter: string | null;
    authnContextClassRef: string | null;
  } | null;
  attributes: string[];
  attributeValues: SamlAttribute[];
  signed: { message: boolean; assertion: boolean | null };
  signatures: SamlSignature[];
  /** A Redirect-binding signature sent in the query string (`SigAlg`). */
  querySignatureAlgorithm: string | null;
  encryptedAssertion: boolean;
  encryption: { dataAlgorithm: string | null; keyAlgorithm: string | null } | null;
  assertionCount: number;
  /** AuthnRequest only. */
  request: {
    assertionConsumerServiceUrl: string | null;
    protocolBinding: string | null;
    nameIdPolicyFormat: string | null;
    forceAuthn: boolean;
    isPassive: boolean;
    requestedAuthnContext: string[];
  } | null;
  relayState: string | null;
}

export interface SamlFinding {
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
}

export interface SamlDecoded {
  message: SamlMessage;
  findings: SamlFinding[];
  /** The XML as decoded, for views that show it (never printed by default). */
  xml: string;
}
