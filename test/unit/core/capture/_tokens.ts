/** Generated test tokens: structurally valid JWTs with fake signatures, never real credentials. */

function b64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export interface MakeTokenOptions {
  header?: Record<string, unknown>;
  claims?: Record<string, unknown>;
  /** Makes tokens differ without changing their claims. */
  salt?: number;
}

export function makeToken(options: MakeTokenOptions = {}): string {
  const header = { alg: 'RS256', typ: 'JWT', kid: 'test-key', ...options.header };
  const claims = {
    iss: 'https://issuer.example',
    sub: 'user-1',
    aud: 'api://orders',
    iat: 1_700_000_000,
    exp: 1_700_003_600,
    ...options.claims,
  };
  const signature = Buffer.from(`fake-signature-${options.salt ?? 0}-`.repeat(8)).toString('base64url');
  return `${b64url(header)}.${b64url(claims)}.${signature}`;
}

/** An Entra-looking access token with the given `exp`. */
export function makeEntraAccessToken(exp: number, salt = 0): string {
  const tenant = '72f988bf-0000-4000-8000-000000000000';
  return makeToken({
    header: { typ: 'JWT' },
    claims: {
      iss: `https://login.microsoftonline.com/${tenant}/v2.0`,
      tid: tenant,
      aud: 'api://orders',
      ver: '2.0',
      scp: 'Orders.Read',
      azp: 'client-app',
      oid: 'object-1',
      iat: exp - 3600,
      nbf: exp - 3600,
      exp,
    },
    salt,
  });
}
