/**
 * The findings a seasoned developer would point out about a decoded token. Each check is a small
 * function of the token and "now"; they never verify anything cryptographically.
 */
import { jsonText, shownValue } from '../json';
import { formatDuration } from '../time/duration';
import { isNumericDate } from '../time/numericDate';
import { describeClaim } from '../claims/describeClaim';
import type { TokenNote, TokenNoteCode, Severity } from './analysisTypes';
import type { ProviderInfo } from './provider';
import { isSpecialPurposeJwt, type TokenKindGuess } from './tokenKind';
import type { DecodedToken, JsonObject } from './types';

export interface CheckContext {
  token: DecodedToken;
  header: JsonObject;
  payload: JsonObject | null;
  provider: ProviderInfo;
  kind: TokenKindGuess;
  nowSeconds: number;
  skewSeconds: number;
  sentAsBearer: boolean;
  audiences: string[];
}

type Check = (context: CheckContext) => TokenNote | TokenNote[] | undefined;

const note = (code: TokenNoteCode, severity: Severity, message: string): TokenNote => ({ code, severity, message });

/** More than this between issue and expiry is unusual for ID and access tokens. */
export const LONG_LIFETIME_SECONDS = 24 * 3600;
const GRAPH_AUDIENCES = new Set(['00000003-0000-0000-c000-000000000000', 'https://graph.microsoft.com', 'https://graph.microsoft.com/']);
const ASYMMETRIC = /^(RS|PS|ES|Ed)/;

const checkFormat: Check = ({ token, header }) => {
  if (token.format === 'jwe') {
    const nested = token.nested ? ' It wraps a signed token (cty JWT), which only the recipient can see.' : '';
    return note(
      'encrypted',
      'info',
      `Encrypted token (JWE, ${shownValue(header.alg, 40)} / ${shownValue(header.enc, 40)}): the claims can only be read with the recipient's private key, so only the header is shown.${nested}`,
    );
  }
  if (token.nested) return note('nested_jwt', 'info', 'Nested token (cty JWT): the payload is itself a token, decoded below.');
  return undefined;
};

const checkAlgorithm: Check = ({ token, header }) => {
  if (token.format === 'jwe') {
    return header.alg === 'RSA1_5'
      ? note(
          'weak_alg',
          'warning',
          'RSA1_5 key encryption is open to padding-oracle attacks; RFC 8725 advises RSA-OAEP or ECDH-ES instead.',
        )
      : undefined;
  }
  const alg = header.alg;
  if (typeof alg !== 'string')
    return note(
      'missing_alg',
      'error',
      'The header has no "alg": every signed token must name its algorithm, and libraries will reject this one.',
    );
  if (alg.toLowerCase() === 'none') {
    return note(
      'alg_none',
      'error',
      'alg is "none": the token carries no signature, so anyone could have written it. Accept it nowhere outside a test.',
    );
  }
  const notes: TokenNote[] = [];
  if (token.parts[2] === '') {
    notes.push(
      note(
        'missing_signature',
        'error',
        `The signature part is empty although alg is ${alg}: the signature was stripped or the token was cut short.`,
      ),
    );
  }
  if (/^HS/i.test(alg)) {
    notes.push(
      note(
        'symmetric_alg',
        'info',
        `Signed with a shared secret (${alg}): anyone able to verify it can also mint new tokens, so the secret must never leave the server. Prefer RS256/ES256 when several services verify.`,
      ),
    );
  }
  return notes;
};

const checkKeyHints: Check = ({ header }) => {
  const notes: TokenNote[] = [];
  const alg = typeof header.alg === 'string' ? header.alg : '';
  const namesKey = header.kid !== undefined || header.x5t !== undefined || header['x5t#S256'] !== undefined || header.jwk !== undefined;
  if (ASYMMETRIC.test(alg) && !namesKey && !isSpecialPurposeJwt(header)) {
    notes.push(
      note(
        'missing_kid',
        'info',
        'No "kid" in the header: a verifier holding several keys has to try each, and key rotation gets fragile.',
      ),
    );
  }
  const urls = (['jku', 'x5u'] as const).filter((name) => header[name] !== undefined);
  if (urls.length > 0) {
    notes.push(
      note(
        'jku_or_x5u_present',
        'warning',
        `The header names a key URL (${urls.join(', ')}). Whoever made the token chose it: fetch keys from it only if the URL is on your own allow-list.`,
      ),
    );
  }
  if (header.jwk !== undefined && header.typ !== 'dpop+jwt') {
    notes.push(
      note(
        'embedded_jwk',
        'warning',
        'The header embeds its own key ("jwk"). A signature checked against that key proves nothing unless the key itself is trusted.',
      ),
    );
  }
  if (header.crit !== undefined) {
    const names = Array.isArray(header.crit)
      ? header.crit
          .slice(0, 20)
          .map((name) => shownValue(name, 60))
          .join(', ')
      : shownValue(header.crit, 200);
    notes.push(
      note(
        'crit_header',
        'warning',
        `The header marks extensions as critical (${names}): a verifier that does not understand each one must reject the token.`,
      ),
    );
  }
  return notes;
};

const checkTimes: Check = ({ header, payload, nowSeconds, skewSeconds, kind }) => {
  if (!payload) return undefined;
  const notes: TokenNote[] = [];
  for (const name of ['exp', 'nbf', 'iat'] as const) {
    if (payload[name] !== undefined && !isNumericDate(payload[name])) {
      notes.push(
        note(
          'invalid_time_claim',
          'error',
          `"${name}" is ${jsonText(payload[name], { maxLength: 40 })}, not a number of seconds since 1970: most libraries reject the token or ignore the claim.`,
        ),
      );
    }
  }
  const { exp, nbf, iat } = payload;
  const skew = formatDuration(skewSeconds);
  if (isNumericDate(exp)) {
    const late = nowSeconds - exp;
    if (late > skewSeconds)
      notes.push(note('expired', 'error', `Expired ${formatDuration(late)} ago (exp), beyond the ${skew} clock skew.`));
    else if (late > 0)
      notes.push(
        note(
          'expired_within_skew',
          'warning',
          `Expired ${formatDuration(late)} ago, but still accepted by validators allowing ${skew} of clock skew.`,
        ),
      );
  } else if (exp === undefined && kind.kind !== 'refresh_token' && !isSpecialPurposeJwt(header)) {
    notes.push(note('missing_exp', 'warning', 'No "exp": the token never expires. A stolen copy stays usable until its key is rotated.'));
  }
  if (isNumericDate(nbf) && nbf - nowSeconds > skewSeconds) {
    notes.push(
      note(
        'not_yet_valid',
        'error',
        `Not valid for another ${formatDuration(nbf - nowSeconds)} (nbf): either it was issued for later, or the issuer's clock is ahead of this machine's.`,
      ),
    );
  }
  if (isNumericDate(iat) && iat - nowSeconds > skewSeconds) {
    notes.push(
      note(
        'iat_in_future',
        'warning',
        `Issued ${formatDuration(iat - nowSeconds)} in the future (iat): the issuer's clock and this machine's disagree.`,
      ),
    );
  }
  const start = isNumericDate(iat) ? iat : isNumericDate(nbf) ? nbf : undefined;
  if (isNumericDate(exp) && start !== undefined) {
    if (exp <= start) {
      notes.push(note('exp_before_iat', 'error', 'exp is not after iat/nbf: the token was never valid.'));
    } else if (exp - start > LONG_LIFETIME_SECONDS && kind.kind !== 'refresh_token') {
      notes.push(
        note(
          'long_lifetime',
          'warning',
          `Lifetime of ${formatDuration(exp - start)}: ID and access tokens usually live minutes to an hour; a long-lived bearer token is a bigger prize if it leaks.`,
        ),
      );
    }
  }
  return notes;
};

const checkAudienceAndIssuer: Check = ({ header, payload, audiences, kind, provider }) => {
  if (!payload || kind.kind === 'refresh_token' || kind.kind === 'logout_token' || isSpecialPurposeJwt(header)) return undefined;
  const notes: TokenNote[] = [];
  if (typeof payload.iss !== 'string')
    notes.push(note('missing_iss', 'warning', 'No "iss": a receiver cannot tell who issued the token or which keys to check it with.'));
  if (payload.aud === undefined) {
    const cognito = provider.id === 'cognito' && typeof payload.client_id === 'string';
    notes.push(
      cognito
        ? note('missing_aud', 'info', 'No "aud", as usual for Cognito access tokens: check client_id instead.')
        : note(
            'missing_aud',
            'warning',
            'No "aud": any service that trusts this issuer would accept the token, not just the one it was meant for.',
          ),
    );
  } else if (audiences.length > 1) {
    const azp = kind.kind === 'id_token' && payload.azp === undefined ? ' An ID token with several audiences should also carry "azp".' : '';
    notes.push(
      note('aud_multiple', 'info', `Several audiences (${audiences.join(', ')}): each receiver must find itself in the list.${azp}`),
    );
  }
  return notes;
};

const checkMicrosoft: Check = ({ payload, provider, audiences, header }) => {
  if (!payload) return undefined;
  const notes: TokenNote[] = [];
  if (provider.family === 'entra' && payload.ver === '1.0') {
    notes.push(
      note(
        'entra_v1_token',
        'info',
        "Entra v1.0 token (ver 1.0, issuer sts.windows.net). Libraries set up for the v2.0 issuer reject it with an issuer mismatch; the API's own app registration decides the version (set requestedAccessTokenVersion to 2 in its manifest for v2.0).",
      ),
    );
  }
  if (audiences.some((aud) => GRAPH_AUDIENCES.has(aud))) {
    const nonce = header.nonce !== undefined ? ' (its header carries a nonce)' : '';
    notes.push(
      note(
        'graph_token',
        'warning',
        `This access token is for Microsoft Graph, not your API. Only Graph can check its signature${nonce}, so your own validation will always fail. To call your API, request your API's scope (api://…/scope) instead.`,
      ),
    );
  }
  if (payload.hasgroups === true || hasGroupOverage(payload)) {
    notes.push(
      note(
        'groups_overage',
        'info',
        'Group overage: the user is in too many groups for the token, so "groups" is missing. Read the memberships from Microsoft Graph.',
      ),
    );
  }
  return notes;
};

const checkUsage: Check = ({ kind, sentAsBearer, payload }) => {
  const notes: TokenNote[] = [];
  if (kind.kind === 'id_token' && sentAsBearer) {
    notes.push(
      note(
        'id_token_as_access_token',
        'warning',
        'An ID token sent as a Bearer token. ID tokens tell the client who signed in; an API should receive an access token whose audience is the API.',
      ),
    );
  }
  if (kind.kind === 'refresh_token') {
    notes.push(
      note(
        'refresh_token_jwt',
        'info',
        'A refresh token: only the authorization server should read it. Its contents are not a contract and may change.',
      ),
    );
  }
  if (payload?.cnf !== undefined) {
    notes.push(
      note(
        'sender_constrained',
        'info',
        'Sender-constrained (cnf): the holder must prove possession of a key (DPoP or mutual TLS) with each use; sent as a plain Bearer token it is refused.',
      ),
    );
  }
  if (payload?.email !== undefined && payload.email_verified === false) {
    notes.push(
      note(
        'email_unverified',
        'info',
        'email_verified is false: the provider has not confirmed the user owns this address. Do not use it to identify or link accounts.',
      ),
    );
  }
  return notes;
};

const checkPersonalData: Check = ({ payload, kind, provider }) => {
  if (!payload || kind.kind === 'id_token') return undefined;
  const personal = Object.keys(payload).filter((name) => describeClaim(name, provider.family)?.pii);
  if (personal.length === 0) return undefined;
  const what = kind.kind === 'access_token' ? 'an access token' : 'this token';
  return note(
    'pii_in_token',
    'info',
    `Personal data in ${what} (${personal.join(', ')}): anyone who holds it, and every log it passes through, can read it.`,
  );
};

function hasGroupOverage(payload: JsonObject): boolean {
  const names = payload._claim_names;
  return typeof names === 'object' && names !== null && !Array.isArray(names) && 'groups' in names;
}

const CHECKS: Check[] = [
  checkFormat,
  checkAlgorithm,
  checkKeyHints,
  checkTimes,
  checkAudienceAndIssuer,
  checkMicrosoft,
  checkUsage,
  checkPersonalData,
];
const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function runTokenChecks(context: CheckContext): TokenNote[] {
  const notes = CHECKS.flatMap((check) => check(context) ?? []);
  return notes.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
