/** Tokens for the view tests: generated here, never real. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeToken } from '../../../fixtures/tokens/makeToken';

/** 2026-11-28T12:00:00Z: the clock every view test reads. */
export const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);
const nowSeconds = NOW / 1000;

export const ENTRA_ACCESS = makeToken(
  { alg: 'RS256', typ: 'JWT', kid: 'L1KfKFI_jnXbwWc22xZxw1sUHH0' },
  {
    aud: 'api://4a2b1c9e-5f8d-4e7a-9b3c-1d2e3f4a5b6c',
    iss: 'https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0',
    iat: nowSeconds - 4 * 3600,
    nbf: nowSeconds - 4 * 3600,
    exp: nowSeconds - (3 * 3600 + 12 * 60),
    name: 'Ada Lovelace',
    scp: 'access_as_user Orders.Read',
    tid: '72f988bf-86f1-41af-91ab-2d7cd011db47',
    ver: '2.0',
  },
);

/** The token from samples/hostile.json: claims that try markdown, command links and HTML. */
export const HOSTILE = (JSON.parse(readFileSync(join(__dirname, '../../../../samples/hostile.json'), 'utf8')) as { token: string }).token;

/** A token with many claims, for the hover's caps. */
export function bigToken(claimCount: number, valueLength = 10): string {
  const payload: Record<string, unknown> = { iss: 'https://issuer.example', exp: nowSeconds + 600 };
  for (let i = 0; i < claimCount; i++) payload[`claim_${i}`] = 'v'.repeat(valueLength);
  return makeToken({ alg: 'ES256', kid: 'k' }, payload);
}
