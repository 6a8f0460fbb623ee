/**
 * What agent tools may hand to a model. A model runs on somebody else's server, so every answer is
 * built from parsed facts, never from the input echoed back, and then scrubbed once more:
 * - never a whole token, a signature, an authorization code, a client secret or a cookie value
 *   (`redact` masks them wherever they hide in a string: embedded JWTs, `code=…`, `Bearer …`, JSON pairs);
 * - personal claims and email addresses masked when the user asks for it.
 */
import { redact } from '../redact';

/** Claims about a person, masked on request (besides those the claim catalog marks `pii`). */
export const PERSONAL_CLAIMS: ReadonlySet<string> = new Set([
  'email',
  'emails',
  'name',
  'upn',
  'preferred_username',
  'unique_name',
  'given_name',
  'family_name',
  'middle_name',
  'nickname',
  'oid',
  'phone_number',
  'address',
  'birthdate',
  'picture',
  'profile',
  'website',
  'ipaddr',
  'login_hint',
  'verified_primary_email',
  'verified_secondary_email',
  'signin_names',
  'username',
  'cognito:username',
]);

export const MASKED = '[masked]';

// Linear: one character class each side of the @, no nesting.
const EMAIL = /[A-Za-z0-9._%+!#$&'*/=?^`{|}~-]{1,64}@([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8})/g;

/** Masks email addresses in free text, keeping the domain (which tenant matters when debugging). */
export function maskEmails(text: string): string {
  return text.replace(EMAIL, (_m, domain: string) => `${MASKED}@${domain}`);
}

/** Terminal and bidi control characters cannot hide anything in an agent's answer. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The last pass over every string an agent tool returns. */
export function scrubText(text: string, options: { maskPersonalData?: boolean } = {}): string {
  const cleaned = redact(text).replace(CONTROLS, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return options.maskPersonalData ? maskEmails(cleaned) : cleaned;
}

/** `scrubText` over every string in JSON-safe data (keys included). */
export function scrubDeep<T>(value: T, options: { maskPersonalData?: boolean } = {}): T {
  return walk(value, options, 0) as T;
}

function walk(value: unknown, options: { maskPersonalData?: boolean }, depth: number): unknown {
  if (typeof value === 'string') return scrubText(value, options);
  if (depth > 64 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => walk(item, options, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== undefined) out[scrubText(key, options)] = walk(item, options, depth + 1);
  }
  return out;
}

/** A claim value fit for a model: personal ones masked (an email keeps its domain) when asked. */
export function claimValueForAgent(value: unknown, personal: boolean, mask: boolean): unknown {
  if (!mask || !personal) return value;
  if (typeof value === 'string') {
    const domain = value.slice(value.lastIndexOf('@') + 1);
    if (value.includes('@') && /^[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}$/.test(domain)) return `${MASKED}@${domain}`;
  }
  return MASKED;
}
