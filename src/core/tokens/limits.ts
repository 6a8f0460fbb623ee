/**
 * Size limits shared by detection and decoding. Real tokens are a few KB (an Entra token with many
 * groups or an `x5c` chain in the header can reach ~20 KB); anything far larger is not a token, and a
 * cap keeps every operation bounded whatever the input.
 */

/** Longest compact token, in characters, that detection and decoding accept. */
export const MAX_TOKEN_LENGTH = 64 * 1024;

/** Longest header part detection will decode while looking for `alg`. */
export const MAX_HEADER_LENGTH = 16 * 1024;

/** Shortest plausible header part: `{"alg":"none"}` is 19 characters of base64url. */
export const MIN_HEADER_LENGTH = 16;

/** Deepest JSON nesting a decoded header or payload may have; real claims nest two or three levels. */
export const MAX_JSON_DEPTH = 64;

/** Longest input the decode command takes before tidying (whitespace, quotes, a whole log line). */
export const MAX_DECODE_INPUT_LENGTH = 4 * 1024 * 1024;
