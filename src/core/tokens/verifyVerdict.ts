/** What a signature check's verdict means for the user: how loudly to say it and a short label. Pure. */
import type { VerifyResult, VerifyVerdict } from './verify';

export type VerdictLevel = 'success' | 'warning' | 'error';

const LABEL: Record<VerifyVerdict, string> = {
  valid: 'Signature valid',
  invalid_signature: 'Invalid signature',
  no_matching_key: 'No key with this kid',
  network_error: 'Network error',
  unsupported: 'Cannot verify',
  malformed: 'Malformed token',
};

const LEVEL: Record<VerifyVerdict, VerdictLevel> = {
  valid: 'success',
  invalid_signature: 'error',
  no_matching_key: 'warning',
  network_error: 'warning',
  unsupported: 'warning',
  malformed: 'error',
};

export function verdictLabel(verdict: VerifyVerdict): string {
  return LABEL[verdict];
}

export function verdictLevel(verdict: VerifyVerdict): VerdictLevel {
  return LEVEL[verdict];
}

/**
 * The verdict's explanation without repeating the label: the core's messages may begin with
 * "Signature invalid: …" or "Signature valid (RS256).", which would echo "Invalid signature.".
 */
export function verdictDetail(result: VerifyResult): string {
  const echo = /^signature (in)?valid\b:?\s*/i.exec(result.message);
  if (!echo) return result.message;
  const rest = result.message.slice(echo[0].length);
  if (rest.startsWith('(')) return `Algorithm ${rest.slice(1).replace(/\)\.?$/, '')}.`;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** One message for a notification: "AuthLens: Invalid signature. <why> <notes>". */
export function verdictMessage(result: VerifyResult): string {
  const detail = verdictDetail(result);
  const notes = result.notes.length ? ` ${result.notes.join(' ')}` : '';
  return `AuthLens: ${LABEL[result.verdict]}.${detail ? ` ${detail}` : ''}${notes}`;
}
