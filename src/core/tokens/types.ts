/**
 * The shapes the token API hands out. Everything here is plain data (JSON-safe), so the hover, the
 * decode command and the CLI can show it, copy it or print it without knowing how it was produced.
 */
import type { TokenFormat } from '../scan/findings';

export type { TokenFormat };

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** Which part of a compact token a problem is in. JWS: header, payload, signature. JWE: the five parts. */
export type TokenPart = 'header' | 'payload' | 'signature' | 'encrypted_key' | 'iv' | 'ciphertext' | 'tag';

export type DecodeErrorCode =
  | 'empty'
  | 'too_large'
  | 'not_a_token'
  | 'wrong_part_count'
  | 'invalid_base64url'
  | 'invalid_utf8'
  | 'invalid_json'
  | 'not_an_object'
  | 'too_deep'
  | 'missing_alg';

/** Why a string could not be decoded. The message names the part and the problem in plain words. */
export interface DecodeError {
  code: DecodeErrorCode;
  message: string;
  part?: TokenPart;
}

export interface DecodedToken {
  /** The compact token exactly as decoded (after tidying the input). */
  raw: string;
  format: TokenFormat;
  /** The (protected) JOSE header. */
  header: JsonObject;
  /** The claims; null for a JWE (encrypted) and for a nested JWS whose payload is itself a token. */
  payload: JsonObject | null;
  /** The base64url parts as they appear in the token, in order. */
  parts: string[];
  /** `cty: JWT`: the payload is itself a token (sign-then-encrypt or a signed wrapper). */
  nested: boolean;
  /** For a nested JWS, the inner token decoded; for a nested JWE this stays undefined (it is encrypted). */
  inner?: DecodeResult;
  /** The input carried a `Bearer ` prefix, i.e. it was sent as an access token. */
  sentAsBearer: boolean;
  /** Some part ended in `=` padding, which compact serialization does not allow (some libraries write it). */
  padded?: boolean;
  /** A JWS whose payload part is empty: the payload travels apart (RFC 7515 Appendix F, RFC 7797). */
  detached?: boolean;
  /**
   * A JWS whose payload is not a JSON object (RFC 7515 A.4): a JWS, not a JWT. `payloadText` holds
   * it as text when it is UTF-8, `payloadBytes` its length in bytes either way.
   */
  notJwt?: boolean;
  payloadText?: string;
  payloadBytes?: number;
  /** Five parts and a key-management `alg`, but no `enc`: a JWE missing its content encryption. */
  missingEnc?: boolean;
}

export type DecodeResult = { ok: true; token: DecodedToken } | { ok: false; error: DecodeError };
