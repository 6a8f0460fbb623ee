/** Why a value could not be decoded as a SAML message. */
export type SamlErrorCode =
  | 'not_saml' // no SAML in it: the caller may try something else
  | 'too_large' // over the size bounds (also a deflate bomb)
  | 'dtd_forbidden' // DOCTYPE / ENTITY: billion laughs, XXE
  | 'bad_encoding' // base64, URL encoding or deflate data is broken
  | 'bad_xml'; // not well-formed XML, or too deep

export interface SamlError {
  code: SamlErrorCode;
  message: string;
}

export class SamlDecodeError extends Error {
  constructor(
    readonly code: SamlErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SamlDecodeError';
  }
}
