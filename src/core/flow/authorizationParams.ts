/**
 * The rules for the authorization request's parameters, in one place: which names AuthLens sets and
 * nobody edits, what a parameter name may look like, which credentials never go in the browser's URL,
 * and how the user's edits apply to a prepared draft. The engine applies them itself (prepare,
 * finalize, PAR), so no caller can send what an editor would have refused.
 */
import { mask } from '../redact';
import type { AuthorizationParam, AuthorizationRequestDraft } from './authorizationRequest';
import { FlowError } from './flowError';

/**
 * Set by AuthLens and never edited or given as an extra parameter: the PKCE challenge is derived from
 * the verifier the code exchange sends, and `response_type=code` is what the rest of the flow expects.
 */
export const PROTECTED_PARAMS: ReadonlySet<string> = new Set(['response_type', 'code_challenge', 'code_challenge_method']);

/**
 * Credentials that belong to the token endpoint's back channel. In the authorization request they would
 * travel in the browser's URL: into its history, the provider's logs, a Referer, a HAR file.
 */
export const BACK_CHANNEL_ONLY: ReadonlySet<string> = new Set([
  'client_secret', 'client_assertion', 'code_verifier', 'password', 'refresh_token', 'access_token', 'subject_token', 'actor_token',
]);

export const MAX_PARAMS = 100;
export const MAX_PARAM_VALUE = 8 * 1024;
const MAX_NAME = 100;

/** A parameter name AuthLens sends: letters, digits and `_ . : ~ -`, 1 to 100 characters. */
export function isParameterName(name: string): boolean {
  if (name.length === 0 || name.length > MAX_NAME) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const ok = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
      || c === 0x5f /* _ */ || c === 0x2e /* . */ || c === 0x3a /* : */ || c === 0x7e /* ~ */ || c === 0x2d /* - */;
    if (!ok) return false;
  }
  return true;
}

export function isProtectedParam(name: string): boolean {
  return PROTECTED_PARAMS.has(name);
}

/** Throws BAD_INPUT for a name that is not a parameter name. */
export function checkParameterName(name: string): void {
  if (!isParameterName(name)) throw new FlowError('BAD_INPUT', `"${name.slice(0, 40)}" is not a parameter name.`);
}

/** Throws BAD_INPUT for a back-channel credential among authorization parameters. */
export function refuseBackChannelCredentials(names: Iterable<string>): void {
  for (const name of names) {
    if (!BACK_CHANNEL_ONLY.has(name.toLowerCase())) continue;
    throw new FlowError('BAD_INPUT', `"${name}" is never sent in the authorization request: it would travel in the browser's URL (history, logs, Referer). `
      + (name.toLowerCase() === 'client_secret' ? 'Give it as the profile\'s client secret instead; AuthLens sends it to the token endpoint only.' : 'AuthLens sends it to the token endpoint only.'));
  }
}

/** Extra parameters as given in a profile or options: names checked, none protected, no back-channel credential. */
export function checkExtraParams(extra: Record<string, string>): void {
  const names = Object.keys(extra);
  if (names.length > MAX_PARAMS) throw new FlowError('BAD_INPUT', `At most ${MAX_PARAMS} extra parameters.`);
  for (const name of names) {
    checkParameterName(name);
    if (isProtectedParam(name)) throw new FlowError('BAD_INPUT', `"${name}" is set by AuthLens and cannot be an extra parameter.`);
  }
  refuseBackChannelCredentials(names);
}

/** The value AuthLens set for a protected parameter of this draft. */
function protectedValue(draft: AuthorizationRequestDraft, name: string): string | undefined {
  if (name === 'response_type') return 'code';
  if (name === 'code_challenge') return draft.codeChallenge;
  if (name === 'code_challenge_method') return draft.codeChallengeMethod;
  return undefined;
}

/**
 * What the engine checks on a draft before it becomes a URL or a pushed request: every name is a
 * parameter name, each protected parameter is there once with the value AuthLens set, no back-channel
 * credential, and the sizes stay bounded. Throws a BAD_INPUT {@link FlowError} that names the problem.
 */
export function checkDraftParams(draft: AuthorizationRequestDraft): void {
  if (draft.params.length > MAX_PARAMS + PROTECTED_PARAMS.size) throw new FlowError('BAD_INPUT', `At most ${MAX_PARAMS} parameters.`);
  for (const { name, value } of draft.params) {
    checkParameterName(name);
    if (typeof value !== 'string' || value.length > MAX_PARAM_VALUE) {
      throw new FlowError('BAD_INPUT', `The value of "${name}" is longer than ${MAX_PARAM_VALUE} characters.`);
    }
  }
  for (const name of PROTECTED_PARAMS) {
    const given = draft.params.filter((p) => p.name === name);
    if (given.length !== 1 || given[0]!.value !== protectedValue(draft, name)) {
      throw new FlowError('BAD_INPUT', `"${name}" is set by AuthLens (${name === 'response_type' ? 'the authorization code flow' : 'PKCE, from the code verifier'}) and cannot be changed or repeated.`);
    }
  }
  refuseBackChannelCredentials(draft.params.map((p) => p.name));
}

export interface ParamEdit {
  name: string;
  value: string;
}

/**
 * The user's edits applied to a prepared draft: the edited rows replace the editable parameters (in
 * their order), the protected ones stay as prepared. A name in `masked` whose value comes back as its
 * mask stands for the value the draft holds (the editor showed it masked). A `state` is never dropped:
 * without it the listener could not tell the real callback from a forged one. Throws BAD_INPUT for a
 * name that is not a parameter name or is protected.
 */
export function applyParamEdits(draft: AuthorizationRequestDraft, edits: readonly ParamEdit[], masked: ReadonlySet<string> = new Set()): AuthorizationParam[] {
  if (edits.length > MAX_PARAMS) throw new FlowError('BAD_INPUT', `At most ${MAX_PARAMS} parameters.`);
  const params: AuthorizationParam[] = [];
  for (const { name: rawName, value: rawValue } of edits) {
    const name = String(rawName).trim();
    const value = String(rawValue);
    if (!name) continue;
    checkParameterName(name);
    const original = draft.params.find((p) => p.name === name);
    if (isProtectedParam(name)) {
      // The editor shows these read-only and sends them back unchanged, or not at all.
      if (original && value === original.value) continue;
      throw new FlowError('BAD_INPUT', `"${name}" is set by AuthLens and cannot be edited.`);
    }
    if (value.length > MAX_PARAM_VALUE) throw new FlowError('BAD_INPUT', `The value of "${name}" is longer than ${MAX_PARAM_VALUE} characters.`);
    const text = original && masked.has(name) && value === mask(original.value) ? original.value : value;
    params.push({ name, value: text, source: original?.source ?? 'extra', note: original?.note ?? '' });
  }
  // Protected parameters keep their place in the request (response_type first, as prepared).
  draft.params.forEach((kept, index) => {
    if (isProtectedParam(kept.name)) params.splice(Math.min(index, params.length), 0, kept);
  });
  const state = draft.params.find((p) => p.name === 'state');
  if (state && !params.some((p) => p.name === 'state' && p.value !== '')) {
    for (let i = params.length - 1; i >= 0; i--) if (params[i]!.name === 'state') params.splice(i, 1);
    params.push(state);
  }
  return params;
}
