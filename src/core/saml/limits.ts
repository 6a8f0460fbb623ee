/**
 * Size bounds for SAML input. Real messages are a few KB to a few hundred KB: AWS STS refuses an
 * assertion over 100,000 characters, and Entra ID puts no more than 150 groups in a SAML token. 1 MiB
 * of XML leaves room for the largest, and keeps decoding a refused message under a few milliseconds.
 */

/** The longest encoded value accepted (base64 of MAX_XML_BYTES, 4/3 of it, plus line breaks and URL escapes). */
export const MAX_ENCODED_CHARS = 1536 * 1024;
/** The largest XML document parsed, after base64 and inflating. */
export const MAX_XML_BYTES = 1024 * 1024;
/** Deepest element nesting accepted: SAML needs about ten levels. */
export const MAX_XML_DEPTH = 64;
