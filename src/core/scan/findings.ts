/**
 * What a scan reports. Offsets are UTF-16 character offsets into the scanned text (what JavaScript
 * strings and VS Code positions use); `line` is 1-based.
 */

export type TokenFormat = 'jws' | 'jwe' | 'unsecured';

export interface TokenFinding {
  kind: 'token';
  format: TokenFormat;
  start: number;
  end: number;
  line: number;
  /** The token alone: no quotes, no `Bearer `, no trailing punctuation. */
  text: string;
}

export interface ErrorFinding {
  kind: 'error';
  /** As written in the family's own form: `AADSTS70008`, `E0000011`, `invalid_grant`. */
  code: string;
  family: string;
  start: number;
  end: number;
  line: number;
}

export interface SamlFinding {
  kind: 'saml';
  /** `SAMLRequest` / `SAMLResponse` when the value came after its parameter name, else null (bare base64). */
  parameter: 'SAMLRequest' | 'SAMLResponse' | null;
  start: number;
  end: number;
  line: number;
  /** The encoded value alone. */
  text: string;
}

export type Finding = TokenFinding | ErrorFinding | SamlFinding;

/** A token or an error code found in a text, before the scan numbers its line: what the detectors return. */
export type TokenMatch = Omit<TokenFinding, 'line'>;
export type ErrorMatch = Omit<ErrorFinding, 'line'>;
