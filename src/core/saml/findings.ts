/**
 * What a reviewer flags in a SAML message (saml-core-2.0-os §2.5.1, §2.4.1.2; saml-profiles-2.0-os
 * §4.1.4.2–3 for Web SSO; the OWASP SAML Security Cheat Sheet for wrapping and SHA-1). Nothing here
 * verifies a signature: a present one is reported as present, never as valid.
 */
import type { Document, Element } from '@xmldom/xmldom';
import { NS } from './extract';
import type { SamlFinding, SamlMessage } from './types';
import { descendants, hasHiddenNodes } from './xml';

export interface SamlCheckOptions {
  /** Milliseconds since the epoch; defaults to now. */
  now?: number;
  clockSkewSeconds?: number;
  /**
   * The ID of the AuthnRequest this response answers, when known (a HAR with the request in it): the
   * response is SP-initiated, so a missing or different InResponseTo is an error.
   */
  requestId?: string;
}

const SHA1 = /#(?:rsa|dsa|ecdsa|hmac)-sha1$|#sha1$/;

export function samlFindings(message: SamlMessage, document: Document, options: SamlCheckOptions = {}): SamlFinding[] {
  const findings: SamlFinding[] = [];
  const add = (code: string, severity: SamlFinding['severity'], text: string) => findings.push({ code, severity, message: text });
  const now = options.now ?? Date.now();
  const skew = Math.max(0, options.clockSkewSeconds ?? 300) * 1000;
  const isResponse = message.kind === 'Response' || message.kind === 'Assertion';

  const [top, second] = message.status;
  if (top && !/[:]Success$/.test(top.value)) {
    const nested = second ? ` / ${shortStatus(second.value)}` : '';
    add(
      'status_failed',
      'error',
      `the IdP answered ${shortStatus(top.value)}${nested}${message.statusMessage ? ` ("${message.statusMessage}")` : ''}: ${second?.explanation ?? top.explanation ?? 'not a success'}`,
    );
  }

  // Validity window: the assertion's Conditions and each bearer confirmation.
  const windows: { label: string; notBefore: string | null; notOnOrAfter: string | null }[] = [];
  if (message.conditions) windows.push({ label: "the assertion's Conditions", ...message.conditions });
  for (const sc of message.subjectConfirmations)
    windows.push({ label: 'the SubjectConfirmationData', notBefore: sc.notBefore, notOnOrAfter: sc.notOnOrAfter });
  let expired = false;
  let early = false;
  for (const window of windows) {
    const end = instant(window.notOnOrAfter);
    if (end !== undefined && !expired && now >= end + skew) {
      expired = true;
      add(
        'expired',
        'error',
        `expired: ${window.label} say NotOnOrAfter ${window.notOnOrAfter}, ${ago(now - end)} ago (clock skew allowed: ${skew / 1000} s)`,
      );
    }
    const start = instant(window.notBefore);
    if (start !== undefined && !early && now + skew < start) {
      early = true;
      add(
        'not_yet_valid',
        'error',
        `not yet valid: ${window.label} say NotBefore ${window.notBefore}, ${ago(start - now)} from now (clock skew allowed: ${skew / 1000} s); check the clocks of IdP and SP`,
      );
    }
  }

  const hasSignature = message.signatures.length > 0 || message.querySignatureAlgorithm !== null;
  if (!hasSignature) {
    if (isResponse && !message.encryptedAssertion)
      add('unsigned', 'error', 'no signature at all: neither the response nor the assertion is signed, so anyone could have written it');
    else if (isResponse)
      add(
        'unsigned',
        'warning',
        'no signature on the response; the assertion is encrypted, and its inner signature cannot be seen without the key',
      );
    else add('unsigned', 'info', `the ${message.kind} is not signed (fine unless the other side requires signed messages)`);
  } else {
    add('signature_not_verified', 'info', 'a signature is present; it was not verified (decoding only)');
  }
  if (message.kind === 'Response' && message.signed.assertion === false && message.signed.message) {
    add(
      'assertion_unsigned',
      'warning',
      "the response is signed but the assertion is not: an SP that checks only the assertion's signature will reject it",
    );
  }
  for (const signature of message.signatures) {
    if (!signature.referenceMatchesParent) {
      add(
        'signature_reference_mismatch',
        'error',
        `the signature inside <${signature.on}> references ${signature.referenceUri === null ? 'nothing' : `"${signature.referenceUri}"`}, not its own element (ID ${signature.parentId ?? 'missing'}): a signature-wrapping sign`,
      );
    }
    const weak = [signature.signatureAlgorithm, signature.digestAlgorithm].filter((alg): alg is string => alg !== null && SHA1.test(alg));
    if (weak.length > 0)
      add('sha1_signature', 'warning', `the signature on <${signature.on}> uses SHA-1 (${weak.join(', ')}); use RSA-SHA256 or better`);
  }
  if (message.querySignatureAlgorithm && SHA1.test(message.querySignatureAlgorithm)) {
    add(
      'sha1_signature',
      'warning',
      `the Redirect-binding signature uses SHA-1 (${message.querySignatureAlgorithm}); use RSA-SHA256 or better`,
    );
  }

  if (message.assertionCount > 0 && message.audiences.length === 0) {
    add(
      'audience_missing',
      'warning',
      'the assertion names no Audience: any SP could accept it (Web SSO requires an AudienceRestriction for the SP)',
    );
  }
  if (message.destination) {
    for (const sc of message.subjectConfirmations) {
      if (sc.recipient && sc.recipient !== message.destination) {
        add(
          'recipient_mismatch',
          'error',
          `SubjectConfirmationData Recipient "${sc.recipient}" differs from the response's Destination "${message.destination}"`,
        );
        break;
      }
    }
  }
  if (message.kind === 'Response') {
    const confirmedFor = message.subjectConfirmations.find((sc) => sc.inResponseTo)?.inResponseTo ?? null;
    if (options.requestId !== undefined) {
      if (!message.inResponseTo)
        add(
          'in_response_to_missing',
          'error',
          `the response has no InResponseTo, but it answers the SP's AuthnRequest ${options.requestId}: the SP will reject it as unsolicited`,
        );
      else if (message.inResponseTo !== options.requestId)
        add(
          'in_response_to_mismatch',
          'error',
          `InResponseTo "${message.inResponseTo}" is not the ID of the AuthnRequest sent ("${options.requestId}")`,
        );
    } else if (!message.inResponseTo) {
      add(
        'in_response_to_missing',
        'info',
        'no InResponseTo: IdP-initiated (unsolicited), or an SP-initiated response that lost it; SPs that only accept SP-initiated sign-ins reject it',
      );
    }
    if (confirmedFor && message.inResponseTo && confirmedFor !== message.inResponseTo) {
      add(
        'in_response_to_mismatch',
        'error',
        `the response answers "${message.inResponseTo}" but its SubjectConfirmationData says "${confirmedFor}"`,
      );
    }
  }
  if (message.assertionCount > 1)
    add(
      'multiple_assertions',
      'warning',
      `${message.assertionCount} assertions in one response: SPs pick different ones (a signature-wrapping sign)`,
    );
  const ids = new Set<string>();
  for (const element of allElements(document.documentElement!)) {
    const id = element.getAttribute('ID');
    if (!id) continue;
    if (ids.has(id)) {
      add(
        'duplicate_id',
        'error',
        `two elements share ID "${id}": a signature could be checked on one and the other used (signature wrapping)`,
      );
      break;
    }
    ids.add(id);
  }
  if (
    descendants(document.documentElement!, [NS.saml, NS.saml1], 'NameID')
      .concat(descendants(document.documentElement!, NS.saml1, 'NameIdentifier'))
      .some(hasHiddenNodes)
  ) {
    add(
      'hidden_nodes_in_value',
      'error',
      'a NameID holds a comment or processing instruction: libraries that read only the first text node see a different user (CVE-2017-11427)',
    );
  }
  if (message.encryptedAssertion)
    add(
      'encrypted_assertion',
      'info',
      "the assertion is encrypted: only the SP's private key can show the subject, conditions and attributes",
    );
  return findings;
}

function allElements(root: Element): Element[] {
  const out: Element[] = [];
  const stack = [root];
  while (stack.length > 0 && out.length < 100_000) {
    const element = stack.pop()!;
    out.push(element);
    for (let node = element.firstChild; node; node = node.nextSibling) if (node.nodeType === 1) stack.push(node as Element);
  }
  return out;
}

function instant(value: string | null): number | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

export function shortStatus(value: string): string {
  return value.replace(/^urn:oasis:names:tc:SAML:2\.0:status:/, '').replace(/^\w+:/, '');
}

function ago(ms: number): string {
  const s = Math.round(Math.abs(ms) / 1000);
  if (s < 120) return `${s} s`;
  if (s < 7200) return `${Math.round(s / 60)} min`;
  if (s < 172800) return `${Math.round(s / 3600)} h`;
  return `${Math.round(s / 86400)} days`;
}
