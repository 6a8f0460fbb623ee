/**
 * SAML 2.0 status codes (saml-core-2.0-os §3.2.2.2): the four top-level codes a `<samlp:StatusCode>`
 * may carry and the second-level codes nested inside one. Codes are written in full
 * (`urn:oasis:names:tc:SAML:2.0:status:Requester`); the recogniser and `lookupError` also accept the
 * short `Requester` form with the `saml` hint. Prose is AuthLens's own.
 */

import type { ErrorEntry, ErrorLink } from './types';

/** The namespace every SAML 2.0 status code lives in. */
export const SAML_STATUS_PREFIX = 'urn:oasis:names:tc:SAML:2.0:status:';

const CORE: ErrorLink = {
  title: 'OASIS SAML 2.0 Core §3.2.2.2: Element <StatusCode>',
  url: 'https://docs.oasis-open.org/security/saml/v2.0/saml-core-2.0-os.pdf',
};
const PROFILES: ErrorLink = {
  title: 'OASIS SAML 2.0 Profiles §4.1: Web Browser SSO Profile',
  url: 'https://docs.oasis-open.org/security/saml/v2.0/saml-profiles-2.0-os.pdf',
};

interface SamlDraft {
  name: string;
  summary: string;
  causes: string[];
  fixes: string[];
  links?: ErrorLink[];
  level: 'top' | 'second';
}

function saml(draft: SamlDraft): ErrorEntry {
  const where = draft.level === 'top' ? 'top-level status code' : 'second-level status code (nested in Requester, Responder or VersionMismatch)';
  return {
    code: `${SAML_STATUS_PREFIX}${draft.name}`,
    family: 'saml',
    name: draft.name,
    summary: draft.summary,
    causes: draft.causes,
    fixes: draft.fixes,
    links: [CORE, ...(draft.links ?? [])],
    spec: `SAML 2.0 Core §3.2.2.2 (${where})`,
  };
}

export const samlStatusErrors: readonly ErrorEntry[] = [
  // ---- top level -------------------------------------------------------------------------------
  saml({
    level: 'top', name: 'Success',
    summary: 'The request was carried out. Any failure after this is in the assertion itself (times, audience, signature) or in how the SP checks it.',
    causes: ['The IdP authenticated the user and issued the response.'],
    fixes: ['If sign-in still fails, look at the SP\'s log: audience, recipient, clock, signature or certificate checks are the usual suspects.'],
    links: [PROFILES],
  }),
  saml({
    level: 'top', name: 'Requester',
    summary: 'The IdP blames the request: something the SP sent (or how it sent it) is wrong. The nested code, if any, says what.',
    causes: [
      'The SP\'s entity ID (Issuer) is unknown to the IdP, or the request is signed with a certificate the IdP does not trust.',
      'The AssertionConsumerServiceURL or binding is not registered for this SP.',
      'The requested NameID format or authentication context cannot be met.',
    ],
    fixes: [
      'Compare the AuthnRequest\'s Issuer, ACS URL and binding with the SP registration at the IdP.',
      'Read the nested status code and the StatusMessage; the IdP\'s own log usually has the detail.',
    ],
  }),
  saml({
    level: 'top', name: 'Responder',
    summary: 'The IdP failed on its side: it could not complete the request although the request itself may be fine. Many IdPs (AD FS among them) answer every failure this way.',
    causes: [
      'The user could not be authenticated or is not allowed to use this application.',
      'An IdP-side configuration or claim rule failed.',
      'AD FS: the reason is only in its Admin event log (event 364).',
    ],
    fixes: ['Read the nested status code and StatusMessage, then the IdP\'s log for the same time and request ID.'],
  }),
  saml({
    level: 'top', name: 'VersionMismatch',
    summary: 'The IdP cannot handle the SAML version of the request.',
    causes: ['The SP sent a SAML 1.x message to a SAML 2.0 endpoint, or the Version attribute is wrong.'],
    fixes: ['Send Version="2.0" messages to SAML 2.0 endpoints; check which endpoint the SP metadata points at.'],
  }),
  // ---- second level ----------------------------------------------------------------------------
  saml({
    level: 'second', name: 'AuthnFailed',
    summary: 'The user could not be authenticated: the IdP tried and the sign-in failed or was abandoned.',
    causes: ['Wrong credentials, a failed or cancelled MFA step, a locked or disabled account.'],
    fixes: ['Have the user sign in to the IdP directly to see its own error; check the IdP\'s sign-in log.'],
  }),
  saml({
    level: 'second', name: 'InvalidAttrNameOrValue',
    summary: 'An attribute name or value in the request (or an attribute query) is not acceptable to the IdP.',
    causes: ['An AttributeQuery or requested attribute uses a name or NameFormat the IdP does not know, or a malformed value.'],
    fixes: ['Use the attribute names and NameFormat the IdP\'s metadata or documentation lists.'],
  }),
  saml({
    level: 'second', name: 'InvalidNameIDPolicy',
    summary: 'The IdP cannot give the subject a NameID in the format, or under the SPNameQualifier, the request asked for.',
    causes: [
      'NameIDPolicy asks for a Format the IdP is not configured to release for this SP (e.g. persistent, emailAddress).',
      'AllowCreate="false" while no identifier exists yet for this user and SP.',
    ],
    fixes: ['Ask for `urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified`, or configure the IdP to release the requested format.', 'Set AllowCreate="true" where the IdP must create a persistent ID.'],
  }),
  saml({
    level: 'second', name: 'NoAuthnContext',
    summary: 'The IdP cannot authenticate the user the way RequestedAuthnContext demands.',
    causes: ['The SP asks for an exact AuthnContextClassRef (e.g. PasswordProtectedTransport) while the user signed in another way (certificate, MFA, Kerberos).'],
    fixes: ['Drop RequestedAuthnContext, use Comparison="minimum", or list every class the SP accepts.'],
  }),
  saml({
    level: 'second', name: 'NoAvailableIDP',
    summary: 'A proxying IdP found none of the IdPs in the request\'s IDPList available or supported.',
    causes: ['The Scoping/IDPList names IdPs the proxy does not know or that are down.'],
    fixes: ['Check the Scoping element of the AuthnRequest against the proxy\'s configuration.'],
  }),
  saml({
    level: 'second', name: 'NoPassive',
    summary: 'The request said IsPassive="true" (do not interact with the user), and the IdP could not sign the user in without interaction.',
    causes: ['No IdP session exists yet, or the IdP needs a prompt (consent, MFA) that passive mode forbids.'],
    fixes: ['Treat it as "not signed in": retry without IsPassive so the user can sign in.'],
  }),
  saml({
    level: 'second', name: 'NoSupportedIDP',
    summary: 'A proxying IdP supports none of the IdPs listed in the request\'s IDPList.',
    causes: ['Scoping/IDPList names only IdPs the proxy will not forward to.'],
    fixes: ['Remove or correct the IDPList, or configure the proxy to support one of the listed IdPs.'],
  }),
  saml({
    level: 'second', name: 'PartialLogout',
    summary: 'Single logout did not reach every session: some participants may still be signed in.',
    causes: ['One or more SPs in the session did not answer the IdP\'s LogoutRequest, or refused it.'],
    fixes: ['Tell the user to close the browser; check which SP\'s SingleLogoutService failed in the IdP\'s log.'],
  }),
  saml({
    level: 'second', name: 'ProxyCountExceeded',
    summary: 'The IdP would have to proxy the request to another IdP, but the request\'s ProxyCount forbids (further) proxying.',
    causes: ['Scoping ProxyCount="0" (or exhausted) while the IdP cannot authenticate the user itself.'],
    fixes: ['Raise or remove ProxyCount in the AuthnRequest\'s Scoping.'],
  }),
  saml({
    level: 'second', name: 'RequestDenied',
    summary: 'The IdP chose not to answer the request: a policy decision, not a malformed request.',
    causes: ['The user is not assigned to the application, or an access policy blocks it.', 'The SP is not allowed to make this kind of request.'],
    fixes: ['Check the user\'s assignment and the access policies for this application at the IdP.'],
  }),
  saml({
    level: 'second', name: 'RequestUnsupported',
    summary: 'The IdP does not support this request (its type, a binding or an option in it).',
    causes: ['A request type or feature the IdP does not implement (e.g. some logout or query messages).'],
    fixes: ['Check the IdP\'s metadata for the services and bindings it offers.'],
  }),
  saml({
    level: 'second', name: 'RequestVersionDeprecated',
    summary: 'The IdP no longer accepts requests of the SAML version the SP used.',
    causes: ['The SP sends an old SAML version the IdP has switched off.'],
    fixes: ['Move the SP to SAML 2.0 messages.'],
  }),
  saml({
    level: 'second', name: 'RequestVersionTooHigh',
    summary: 'The request\'s SAML major version is higher than any the IdP supports.',
    causes: ['The Version attribute is higher than the IdP handles, often a typo.'],
    fixes: ['Send Version="2.0".'],
  }),
  saml({
    level: 'second', name: 'RequestVersionTooLow',
    summary: 'The request\'s SAML major version is lower than any the IdP supports.',
    causes: ['A SAML 1.x request reached a SAML 2.0-only IdP.'],
    fixes: ['Send a SAML 2.0 AuthnRequest to this endpoint.'],
  }),
  saml({
    level: 'second', name: 'ResourceNotRecognized',
    summary: 'The IdP does not recognise the resource or the value named in the request.',
    causes: ['An identifier, artifact or resource the IdP has no record of (expired artifact, unknown SP).'],
    fixes: ['Check that the identifiers in the request are the ones the IdP issued or registered.'],
  }),
  saml({
    level: 'second', name: 'TooManyResponses',
    summary: 'The answer would hold more elements than the request allows.',
    causes: ['A query matched more results than the responder may return.'],
    fixes: ['Narrow the request.'],
  }),
  saml({
    level: 'second', name: 'UnknownAttrProfile',
    summary: 'The request uses an attribute profile the IdP does not know.',
    causes: ['An unsupported NameFormat or attribute profile URI.'],
    fixes: ['Use a NameFormat the IdP supports (usually `urn:oasis:names:tc:SAML:2.0:attrname-format:uri`).'],
  }),
  saml({
    level: 'second', name: 'UnknownPrincipal',
    summary: 'The IdP does not know the user the request is about.',
    causes: ['A Subject/NameID in the request (logout, query, or a login hint) names no known user.', 'The user exists in another tenant or directory.'],
    fixes: ['Check the NameID and its format against what the IdP issued earlier for this SP.'],
  }),
  saml({
    level: 'second', name: 'UnsupportedBinding',
    summary: 'The IdP cannot send its answer over the binding the request asked for.',
    causes: ['ProtocolBinding names a binding (e.g. HTTP-Redirect for a Response, or Artifact) the IdP will not use for this SP.'],
    fixes: ['Ask for HTTP-POST for responses, and make sure the SP metadata lists an ACS with that binding.'],
  }),
];
