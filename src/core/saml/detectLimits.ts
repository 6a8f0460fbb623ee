/** The longest encoded SAML value the text scanner follows (8 MB, like the decoder's bound). */
export const SAML_ENCODED_MAX = 8 * 1024 * 1024;
