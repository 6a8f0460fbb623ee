/**
 * ID token validation with every check listed: signature through the provider's JWKS, `iss`, `aud`,
 * `azp`, `exp`, `iat`, `nbf`, `nonce`, `at_hash` (OpenID Connect Core §3.1.3.7).
 */
import * as jose from 'jose';
import { TENANT_PLACEHOLDER } from './discovery';
import { FlowError } from './flowError';
import { requestOptions, runStep } from './step';
import type { Recorder } from './recorder';
import type { Check, FlowContext, FlowServer, FlowStep, TokenSet } from './types';

export interface IdTokenResult {
  header: jose.ProtectedHeaderParameters;
  claims: jose.JWTPayload;
}

export interface IdTokenExpectations {
  nonce?: string;
  signal?: AbortSignal;
  /**
   * The ID token came from a refresh (OpenID Connect Core §12.2): `nonce` should be absent, or the
   * original's; `sub` (and `iss`, `aud`) must equal the original's. Pass the original claims when known.
   */
  refreshOf?: jose.JWTPayload | true;
}

// Per provider: the key set function keeps its imported keys, so later tokens skip the key import.
const keySets = new WeakMap<FlowServer, ReturnType<typeof jose.createLocalJWKSet>>();

async function fetchJwks(ctx: FlowContext, recorder: Recorder, signal?: AbortSignal): Promise<ReturnType<typeof jose.createLocalJWKSet>> {
  const uri = ctx.server.metadata.jwks_uri;
  if (!uri) throw new FlowError('UNSUPPORTED', 'The provider publishes no jwks_uri.');
  // No client certificate for the key set: it is public, and may live on another host that need not learn the client.
  const options = requestOptions({ deps: ctx.deps, server: ctx.server }, recorder, signal);
  const response = await recorder.fetch(uri, {
    method: 'GET',
    headers: { accept: 'application/json, application/jwk-set+json' },
    signal: options.signal,
  });
  if (!response.ok) throw new FlowError('HTTP_ERROR', `The JWKS endpoint answered ${response.status}.`);
  const body = (await response.json()) as jose.JSONWebKeySet;
  if (!body || !Array.isArray(body.keys)) throw new FlowError('INVALID_RESPONSE', 'The JWKS document has no "keys" array.');
  const keySet = jose.createLocalJWKSet(body);
  keySets.set(ctx.server, keySet);
  return keySet;
}

async function verifySignature(
  ctx: FlowContext,
  recorder: Recorder,
  token: string,
  header: jose.ProtectedHeaderParameters,
  signal?: AbortSignal,
): Promise<Check> {
  const label = "Signature verifies with the provider's key";
  if (header.alg === 'none') return { id: 'signature', label, outcome: 'failed', detail: 'alg is "none": the token is not signed.' };
  if (header.alg?.startsWith('HS')) {
    if (!ctx.client.clientSecret)
      return { id: 'signature', label, outcome: 'skipped', detail: `${header.alg} needs the client secret, which is not set.` };
    try {
      await jose.compactVerify(token, new TextEncoder().encode(ctx.client.clientSecret));
      return { id: 'signature', label, outcome: 'passed', detail: `${header.alg} with the client secret` };
    } catch (error) {
      return { id: 'signature', label, outcome: 'failed', detail: (error as Error).message };
    }
  }
  if (!ctx.server.metadata.jwks_uri) return { id: 'signature', label, outcome: 'skipped', detail: 'The provider publishes no jwks_uri.' };
  let keySet = keySets.get(ctx.server) ?? (await fetchJwks(ctx, recorder, signal));
  for (let attempt = 0; ; attempt++) {
    try {
      await jose.compactVerify(token, keySet);
      return { id: 'signature', label, outcome: 'passed', detail: `${header.alg}, key ${header.kid ?? '(no kid)'}` };
    } catch (error) {
      // A key rotated since the cached copy: fetch once more before failing.
      if (attempt === 0 && error instanceof jose.errors.JWKSNoMatchingKey) {
        keySet = await fetchJwks(ctx, recorder, signal);
        continue;
      }
      return { id: 'signature', label, outcome: 'failed', detail: error instanceof Error ? error.message : String(error) };
    }
  }
}

const HASH_FOR_ALG: Record<string, string> = { 256: 'SHA-256', 384: 'SHA-384', 512: 'SHA-512' };

/** Left half of the hash of the access token, base64url (OIDC Core §3.1.3.6). */
export async function accessTokenHash(accessToken: string, alg: string): Promise<string | undefined> {
  const hash = alg === 'EdDSA' || alg === 'Ed25519' ? 'SHA-512' : HASH_FOR_ALG[alg.slice(-3)];
  if (!hash) return undefined;
  const digest = new Uint8Array(await crypto.subtle.digest(hash, new TextEncoder().encode(accessToken)));
  return jose.base64url.encode(digest.slice(0, digest.length / 2));
}

export function validateIdToken(ctx: FlowContext, tokens: TokenSet, expected: IdTokenExpectations = {}): Promise<FlowStep<IdTokenResult>> {
  return runStep<IdTokenResult>(
    ctx.deps,
    'id-token',
    'Validate the ID token',
    "The ID token says who signed in. It counts only if the provider's key signed it, it was issued by this provider for this client, it is still valid, and it carries the nonce sent with the request.",
    async ({ step, recorder }) => {
      const token = tokens.id_token;
      if (!token) {
        step.status = 'skipped';
        step.notes.push('No ID token in the response (the scope had no `openid`, or this grant does not issue one).');
        return undefined;
      }
      let header: jose.ProtectedHeaderParameters;
      let claims: jose.JWTPayload;
      try {
        header = jose.decodeProtectedHeader(token);
        claims = jose.decodeJwt(token);
      } catch (error) {
        throw new FlowError('ID_TOKEN_INVALID', `The ID token cannot be decoded: ${(error as Error).message}`);
      }
      step.checks.push(await verifySignature(ctx, recorder, token, header, expected.signal));
      step.checks.push(
        ...(expected.refreshOf ? refreshedClaimChecks(ctx, claims, expected.refreshOf) : claimChecks(ctx, claims, expected.nonce)),
      );
      step.checks.push(await atHashCheck(claims, header, tokens.access_token));
      const failed = step.checks.filter((c) => c.outcome === 'failed');
      if (failed.length) {
        step.result = { header, claims };
        throw new FlowError(
          'ID_TOKEN_INVALID',
          `The ID token failed ${failed.length} check${failed.length > 1 ? 's' : ''}: ${failed.map((c) => c.id).join(', ')}.`,
        );
      }
      return { header, claims };
    },
  );
}

/** A claim time as ISO; a value no Date can hold (1e20 in a broken token) is shown as the number, not thrown on. */
function isoTime(seconds: number): string {
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? `${seconds} (not a representable date)` : date.toISOString();
}

/** The usual claim checks, with §12.2's rules for nonce and the subject of a refreshed ID token. */
function refreshedClaimChecks(ctx: FlowContext, claims: jose.JWTPayload, original: jose.JWTPayload | true): Check[] {
  const known = original === true ? undefined : original;
  const checks = claimChecks(ctx, claims, undefined).filter((c) => c.id !== 'nonce');
  const label = '`nonce` absent or unchanged (refreshed ID token)';
  checks.push(
    claims.nonce === undefined
      ? { id: 'nonce', label, outcome: 'passed', detail: 'No nonce, as OpenID Connect Core §12.2 recommends for refreshed ID tokens.' }
      : !known
        ? {
            id: 'nonce',
            label,
            outcome: 'skipped',
            detail: "A nonce is present; without the original ID token it cannot be compared (it must equal the original's).",
          }
        : claims.nonce === known.nonce
          ? { id: 'nonce', label, outcome: 'passed', detail: 'Same nonce as the original ID token.' }
          : {
              id: 'nonce',
              label,
              outcome: 'failed',
              detail: "The nonce differs from the original ID token's (OpenID Connect Core §12.2).",
            },
  );
  if (known) {
    const same = claims.sub === known.sub && claims.iss === known.iss;
    checks.push({
      id: 'same-subject',
      label: "`sub` and `iss` equal the original ID token's",
      outcome: same ? 'passed' : 'failed',
      detail: same
        ? String(claims.sub)
        : `original ${String(known.sub)} at ${String(known.iss)}, now ${String(claims.sub)} at ${String(claims.iss)}`,
    });
  }
  return checks;
}

function claimChecks(ctx: FlowContext, claims: jose.JWTPayload, nonce: string | undefined): Check[] {
  const now = Math.floor(ctx.deps.now() / 1000);
  const tolerance = ctx.clockToleranceSeconds ?? 30;
  // Entra multi-tenant metadata: the issuer is a template completed by the token's tenant id.
  const templated = ctx.server.metadata.issuer.includes(TENANT_PLACEHOLDER);
  const issuer =
    templated && typeof claims.tid === 'string'
      ? ctx.server.metadata.issuer.replace(TENANT_PLACEHOLDER, claims.tid)
      : ctx.server.metadata.issuer;
  const clientId = ctx.client.clientId;
  const audiences = claims.aud === undefined ? [] : [claims.aud].flat();
  const checks: Check[] = [
    {
      id: 'iss',
      label: '`iss` is the provider',
      outcome: claims.iss === issuer ? 'passed' : 'failed',
      detail:
        (claims.iss === issuer ? issuer : `expected ${issuer}, got ${String(claims.iss)}`) +
        (templated ? ' (tenant from the tid claim)' : ''),
    },
    {
      id: 'aud',
      label: '`aud` contains this client',
      outcome: audiences.includes(clientId) ? 'passed' : 'failed',
      detail: audiences.includes(clientId) ? clientId : `expected ${clientId}, got ${audiences.join(', ') || 'none'}`,
    },
  ];
  const azp = claims.azp as string | undefined;
  if (audiences.length > 1 || azp !== undefined) {
    checks.push({
      id: 'azp',
      label: '`azp` is this client',
      outcome: azp === clientId ? 'passed' : 'failed',
      detail: azp === undefined ? 'several audiences but no azp' : azp === clientId ? clientId : `expected ${clientId}, got ${azp}`,
    });
  }
  checks.push(
    typeof claims.exp !== 'number'
      ? { id: 'exp', label: 'Not expired (`exp`)', outcome: 'failed', detail: 'no exp claim' }
      : {
          id: 'exp',
          label: 'Not expired (`exp`)',
          outcome: claims.exp + tolerance > now ? 'passed' : 'failed',
          detail: `expires ${isoTime(claims.exp)}${claims.exp + tolerance > now ? '' : ' (in the past)'}`,
        },
  );
  checks.push(
    typeof claims.iat !== 'number'
      ? { id: 'iat', label: 'Issued in the past (`iat`)', outcome: 'failed', detail: 'no iat claim' }
      : {
          id: 'iat',
          label: 'Issued in the past (`iat`)',
          outcome: claims.iat - tolerance <= now ? 'passed' : 'failed',
          detail: `issued ${isoTime(claims.iat)}${claims.iat - tolerance <= now ? '' : ' (in the future: check the clocks)'}`,
        },
  );
  if (typeof claims.nbf === 'number') {
    checks.push({
      id: 'nbf',
      label: 'Already valid (`nbf`)',
      outcome: claims.nbf - tolerance <= now ? 'passed' : 'failed',
      detail: `valid from ${isoTime(claims.nbf)}`,
    });
  }
  checks.push(
    nonce === undefined
      ? {
          id: 'nonce',
          label: '`nonce` matches the request',
          outcome: claims.nonce === undefined ? 'skipped' : 'failed',
          detail: claims.nonce === undefined ? 'No nonce was sent.' : 'A nonce came back although none was sent.',
        }
      : {
          id: 'nonce',
          label: '`nonce` matches the request',
          outcome: claims.nonce === nonce ? 'passed' : 'failed',
          detail:
            claims.nonce === nonce
              ? 'Same value as sent.'
              : claims.nonce === undefined
                ? 'the ID token has no nonce'
                : 'a different nonce came back',
        },
  );
  checks.push({
    id: 'sub',
    label: 'Has a subject (`sub`)',
    outcome: typeof claims.sub === 'string' && claims.sub !== '' ? 'passed' : 'failed',
    detail: typeof claims.sub === 'string' ? claims.sub : 'no sub claim',
  });
  return checks;
}

async function atHashCheck(claims: jose.JWTPayload, header: jose.ProtectedHeaderParameters, accessToken: string): Promise<Check> {
  const label = '`at_hash` matches the access token';
  if (typeof claims.at_hash !== 'string')
    return { id: 'at_hash', label, outcome: 'skipped', detail: 'The ID token has no at_hash (optional in the code flow).' };
  if (!accessToken) return { id: 'at_hash', label, outcome: 'skipped', detail: 'No access token to compare with.' };
  const expected = await accessTokenHash(accessToken, header.alg ?? '');
  if (expected === undefined) return { id: 'at_hash', label, outcome: 'skipped', detail: `No hash is defined for alg ${header.alg}.` };
  return {
    id: 'at_hash',
    label,
    outcome: expected === claims.at_hash ? 'passed' : 'failed',
    detail:
      expected === claims.at_hash
        ? 'Left half of the access token hash matches.'
        : 'The access token is not the one this ID token was issued with.',
  };
}
