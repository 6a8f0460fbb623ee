/** Size bounds for SAML input: real messages are a few KB to a few hundred KB. */

/** The longest encoded value accepted (base64 of MAX_XML_BYTES plus line breaks and URL escapes). */
export const MAX_ENCODED_CHARS = 8 * 1024 * 1024;
/** The largest XML document parsed, after base64 and inflating. */
export const MAX_XML_BYTES = 4 * 1024 * 1024;
/** Deepest element nesting accepted: SAML needs about ten levels. */
export const MAX_XML_DEPTH = 64;
