/**
 * Seeded, grammar-based inputs for the fuzzer: tokens, error responses and log text built from the
 * shapes the parsers know, then mutated. Every input is a pure function of (seed, target, index), so
 * any finding can be regenerated alone. Pure TypeScript, no dependencies.
 */

/** mulberry32: small, fast, good enough to drive generators. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
}

/** A 32-bit hash of the parts, to derive one input's seed. */
export function seedOf(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    const text = String(part);
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x2c, 0x01000193);
  }
  return h >>> 0;
}

/** Characters that break naive code: NUL, controls, ESC/OSC, bidi and zero-width, lone surrogates, astral. */
const NASTY = [
  '\u0000',
  '\u0007',
  '\u001b',
  '\u001b]52;c;',
  '\u009b',
  '\u202e',
  '\u2066',
  '\u200b',
  '\ufeff',
  '\u2028',
  '\u2029',
  '\ud800',
  '\udfff',
  '\ud83d',
  '😀',
  'é',
  'İ',
  '\r',
  '\n',
  '\t',
  '\v',
  '\\',
  '"',
  "'",
  '`',
  '%',
  '%E0',
  '%zz',
  '&#0;',
  '<',
  '>',
];
const KEYS = [
  'alg',
  'enc',
  'typ',
  'kid',
  'cty',
  'crit',
  'jku',
  'x5u',
  'jwk',
  'x5t',
  'iss',
  'sub',
  'aud',
  'exp',
  'nbf',
  'iat',
  'azp',
  'tid',
  'ver',
  'scp',
  'roles',
  'groups',
  'hasgroups',
  '_claim_names',
  'cnf',
  'nonce',
  'email',
  'email_verified',
  'token_use',
  'realm_access',
  'events',
  'error',
  'error_description',
  'error_codes',
  'claims',
  'suberror',
  '__type',
  'errorCode',
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'toJSON',
  'hasOwnProperty',
  'prototype',
  '',
];
const WORDS = [
  'none',
  'RS256',
  'HS256',
  'ES256',
  'RSA1_5',
  'dir',
  'A256GCM',
  'JWT',
  'at+jwt',
  'logout+jwt',
  'dpop+jwt',
  'invalid_grant',
  'AADSTS50058',
  'AADSTS700082',
  'E0000011',
  'E0000',
  'interaction_required',
  'https://login.microsoftonline.com/t/v2.0',
  'https://sts.windows.net/t/',
  'https://kc.example/realms/%E0',
  'https://kc.example/realms/a%20b',
  'https://x.okta.com/oauth2/default',
  'https://cognito-idp.eu-west-1.amazonaws.com/p',
  'https://accounts.google.com',
  '00000003-0000-0000-c000-000000000000',
  '1.0',
  '2.0',
  'Trace ID: 1',
  'Correlation ID: 2',
  'Timestamp: 2026-11-27 09:41:07Z',
  'id',
  'access',
];

export function nastyString(rng: Rng, maxParts = 12): string {
  let out = '';
  const parts = 1 + rng.int(maxParts);
  for (let i = 0; i < parts; i++) {
    const r = rng.next();
    out +=
      r < 0.35 ? rng.pick(NASTY) : r < 0.7 ? rng.pick(WORDS) : r < 0.85 ? String.fromCharCode(rng.int(0x10000)) : ' '.repeat(rng.int(40));
  }
  return out;
}

/** A JSON value: scalars, nasty strings, keys that shadow Object.prototype, and now and then very deep nesting. */
export function jsonValue(rng: Rng, depth = 0): unknown {
  const r = rng.next();
  if (depth === 0 && rng.chance(0.02)) return deepNesting(rng, 1000 + rng.int(9000));
  if (depth > 3 || r < 0.3) return nastyString(rng, 4);
  if (r < 0.45) return rng.pick([0, -1, 1.5, 1e308, -0, 2 ** 53, 1_800_000_000, 1_700_000_000.5]);
  if (r < 0.5) return rng.pick([true, false, null]);
  if (r < 0.7) return Array.from({ length: rng.int(5) }, () => jsonValue(rng, depth + 1));
  return jsonObject(rng, depth + 1);
}

export function jsonObject(rng: Rng, depth = 0, keys = KEYS): Record<string, unknown> {
  // Built as text by the caller when `__proto__` matters; as an object here `__proto__` becomes an own key via defineProperty.
  const object: Record<string, unknown> = {};
  const count = rng.int(8);
  for (let i = 0; i < count; i++) {
    const key = rng.chance(0.85) ? rng.pick(keys) : nastyString(rng, 2);
    Object.defineProperty(object, key, { value: jsonValue(rng, depth), enumerable: true, writable: true, configurable: true });
  }
  return object;
}

function deepNesting(rng: Rng, depth: number): unknown {
  let value: unknown = rng.chance(0.5) ? 1 : { toString: 1 };
  for (let i = 0; i < depth; i++) value = rng.chance(0.5) ? [value] : { a: value };
  return value;
}

/** JSON text; sometimes with a raw `__proto__` key or cut short. */
function jsonText(rng: Rng, value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? 'null';
  } catch {
    text = '{"deep":1}';
  }
  if (rng.chance(0.05)) text = text.replace(/^\{/, '{"__proto__":{"polluted":1},');
  if (rng.chance(0.05)) text = text.slice(0, rng.int(text.length + 1));
  return text;
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

/** A compact JWS or JWE from generated header and payload, then perhaps mutated. */
export function token(rng: Rng): string {
  const header = jsonObject(rng, 1, ['alg', 'enc', 'typ', 'kid', 'cty', 'crit', 'jku', 'jwk', '__proto__', 'toString', 'constructor']);
  if (rng.chance(0.7)) header.alg = rng.chance(0.8) ? rng.pick(WORDS.slice(0, 6)) : jsonValue(rng, 2);
  const encrypted = rng.chance(0.15);
  if (encrypted) header.enc = rng.chance(0.8) ? 'A256GCM' : jsonValue(rng, 2);
  const payload = jsonObject(rng, 1);
  if (rng.chance(0.5)) payload.iss = rng.pick(WORDS.filter((w) => w.startsWith('http')));
  const parts = encrypted
    ? [base64url(jsonText(rng, header)), '', base64url('iv'), base64url(nastyString(rng)), base64url('tag')]
    : [base64url(jsonText(rng, header)), base64url(jsonText(rng, payload)), rng.chance(0.2) ? '' : base64url('signature')];
  return mutate(rng, parts.join('.'), 0.3);
}

/** Error responses in every shape the parser knows. */
export function response(rng: Rng): string {
  const code = rng.pick(['AADSTS50058', 'AADSTS70008', 'AADSTS700082', 'invalid_grant', 'E0000011', 'E0000', 'NotAuthorizedException']);
  const blanks = ' '.repeat(rng.chance(0.1) ? rng.int(5000) : rng.int(4));
  const shapes: (() => string)[] = [
    () =>
      jsonText(rng, {
        error: rng.chance(0.8) ? 'invalid_grant' : jsonValue(rng),
        error_description: `${code}:${blanks}${nastyString(rng)} Trace ID: 1${blanks}Correlation ID: 2 Timestamp: 2026-11-27 09:41:07Z`,
        error_codes: rng.chance(0.8) ? [50058, '70008'] : jsonValue(rng),
        claims: jsonValue(rng),
        ...jsonObject(rng, 1),
      }),
    () =>
      `HTTP/1.1 ${rng.pick(['400', '401', '302'])} X\r\n${rng.pick(['WWW-Authenticate', 'DPoP-Nonce', 'Location', 'X-A', 'Content-Type'])}:${blanks}${rng.chance(0.5) ? '\r' : ''}${wwwAuthenticate(rng)}\r\n\r\n${rng.chance(0.5) ? response(rng) : ''}`,
    () =>
      `https://app.example/cb?error=${code}&error_description=${encodeURIComponent(nastyString(rng).replace(/[\ud800-\udfff]/g, ''))}#error=${nastyString(rng, 2)}`,
    () => `error=${code}&state=${nastyString(rng, 2)}`,
    () =>
      `${rng.pick(['ServerError', 'MsalUiRequiredException', 'InteractionRequiredAuthError', 'Exception', 'a.b.c.TimeoutError'])}: ${code}: ${nastyString(rng)}${blanks} - Description: ${code}${blanks}-${blanks}Correlation ID: x`,
    () =>
      `<html><pre><strong>error</strong>: ${code}</pre><input type="hidden" name="error" value="${nastyString(rng, 3)}">${'<input '.repeat(rng.int(50))}</html>`,
    () =>
      `DefaultAzureCredential failed\n- EnvironmentCredential authentication unavailable.${blanks}\n\tManagedIdentityCredential: failed ${code}\nPlease run:\naz login --scope x`,
    () => `ResponseBody: {\\"error\\":\\"${code}\\",\\"error_codes\\":[${rng.int(99999)}]}`,
    () => wwwAuthenticate(rng),
  ];
  return mutate(rng, rng.pick(shapes)(), 0.3);
}

export function wwwAuthenticate(rng: Rng): string {
  const challenges: string[] = [];
  for (let i = 0, n = 1 + rng.int(3); i < n; i++) {
    const scheme = rng.pick(['Bearer', 'DPoP', 'Basic', 'Negotiate', nastyString(rng, 1)]);
    const params = Array.from({ length: rng.int(5) }, () => {
      const name = rng.pick(['error', 'error_description', 'realm', 'claims', 'scope', 'max_age', '__proto__', 'constructor', 'toString']);
      const value = rng.chance(0.6) ? `"${nastyString(rng, 3).replace(/"/g, '\\"')}${rng.chance(0.1) ? '\\' : ''}"` : nastyString(rng, 1);
      return `${name}=${rng.chance(0.1) ? base64url(jsonText(rng, jsonValue(rng))) : value}`;
    });
    challenges.push(rng.chance(0.2) ? `${scheme} dXNlcjpwYXNz==` : `${scheme} ${params.join(rng.pick([', ', ',', ' ,  ']))}`);
  }
  return challenges.join(', ');
}

/** Log text: tokens, responses and noise glued together; now and then one line of several MB. */
export function logText(rng: Rng): string {
  const pieces: string[] = [];
  for (let i = 0, n = 1 + rng.int(6); i < n; i++) {
    const r = rng.next();
    pieces.push(
      r < 0.3
        ? token(rng)
        : r < 0.6
          ? response(rng)
          : r < 0.8
            ? nastyString(rng)
            : rng.pick(['Bearer ', 'Authorization: Bearer ', '"access_token":"', '?code=', '\n', 'E0000 ', 'AADSTS', '%22']),
    );
  }
  let text = pieces.join(rng.pick(['', ' ', '\n', '\r\n', '\\n', '&']));
  if (rng.chance(0.0005)) text = text.repeat(Math.ceil(((1 + rng.int(4)) * 1024 * 1024) / Math.max(1, text.length)));
  return text;
}

/** Random edits: replace, insert, delete, duplicate a slice, insert nasty characters. */
export function mutate(rng: Rng, text: string, rate: number): string {
  if (!rng.chance(rate)) return text;
  let out = text;
  for (let i = 0, n = 1 + rng.int(4); i < n; i++) {
    const at = rng.int(out.length + 1);
    const op = rng.int(5);
    if (op === 0) out = out.slice(0, at) + rng.pick(NASTY) + out.slice(at + 1);
    else if (op === 1) out = out.slice(0, at) + rng.pick(NASTY) + out.slice(at);
    else if (op === 2) out = out.slice(0, at) + out.slice(at + 1 + rng.int(8));
    else if (op === 3) out = out.slice(0, at) + out.slice(at, at + rng.int(64)).repeat(1 + rng.int(30)) + out.slice(at);
    else out = out.slice(0, at) + rng.pick(['.', '..', '=', 'eyJ', ' ', '\n', '%', '\\']) + out.slice(at);
  }
  return out;
}

/** SAML: a `SAMLResponse=`/`SAMLRequest=` value, a bare base64 value or raw XML, of a message built from SAML's elements, then mutated. */
export function samlText(rng: Rng): string {
  const p = rng.pick(['samlp', 'saml2p', 'x']);
  const a = rng.pick(['saml', 'saml2']);
  const attr = () =>
    `${rng.pick(['ID', 'Version', 'IssueInstant', 'Destination', 'InResponseTo', 'NotBefore', 'NotOnOrAfter', 'Recipient', '__proto__', 'xmlns:x'])}="${nastyString(rng, 2).replace(/["<&]/g, '')}"`;
  const element = (name: string, inner: string) => `<${name} ${Array.from({ length: rng.int(4) }, attr).join(' ')}>${inner}</${name}>`;
  const status = element(
    `${p}:Status`,
    `<${p}:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:${rng.pick(['Success', 'Requester', 'Responder', nastyString(rng, 1)])}"/>`,
  );
  const assertion = element(
    `${a}:Assertion`,
    [
      element(`${a}:Issuer`, rng.pick(WORDS)),
      element(`${a}:Subject`, element(`${a}:NameID`, nastyString(rng, 3).replace(/[<&]/g, ''))),
      element(`${a}:Conditions`, element(`${a}:AudienceRestriction`, element(`${a}:Audience`, rng.pick(WORDS)))),
      rng.chance(0.1) ? '<!DOCTYPE x [<!ENTITY e "x">]>&e;' : '',
      rng.chance(0.1) ? `<a>${'<b>'.repeat(rng.int(3000))}` : '',
    ].join(''),
  );
  const root = `<${p}:${rng.pick(['Response', 'AuthnRequest', 'LogoutResponse'])} xmlns:${p}="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:${a}="urn:oasis:names:tc:SAML:2.0:assertion" ID="_1" Version="2.0">${status}${assertion}</${p}:Response>`;
  const xml = mutate(rng, `${rng.chance(0.5) ? '<?xml version="1.0"?>' : ''}${root}`, 0.4);
  const encoded = Buffer.from(xml, 'utf8').toString('base64');
  const r = rng.next();
  const value =
    r < 0.4
      ? `SAMLResponse=${rng.chance(0.5) ? encodeURIComponent(encoded) : encoded}&RelayState=${nastyString(rng, 2)}`
      : r < 0.7
        ? encoded
        : r < 0.9
          ? xml
          : `https://idp.example/sso?SAMLRequest=${encodeURIComponent(encoded)}`;
  return mutate(rng, value, 0.2);
}

/** A HAR file (JSON) of a few exchanges carrying tokens, error responses, SAML and nasty values; sometimes broken. */
export function harText(rng: Rng): string {
  const headers = () =>
    Array.from({ length: rng.int(5) }, () => ({
      name: rng.pick([
        'Authorization',
        'Cookie',
        'Set-Cookie',
        'Location',
        'WWW-Authenticate',
        'Content-Type',
        '__proto__',
        nastyString(rng, 1),
      ]),
      value: rng.pick([`Bearer ${token(rng)}`, `a=${token(rng)}; b=1`, response(rng), wwwAuthenticate(rng), nastyString(rng)]),
    }));
  const url = () =>
    rng.pick([
      'https://login.microsoftonline.com/t/oauth2/v2.0/token',
      'https://app.example/cb?code=abc&state=1',
      `https://app.example/cb?error=${rng.pick(WORDS)}&error_description=x`,
      `https://idp.example/sso?SAMLRequest=${nastyString(rng, 2)}`,
      nastyString(rng, 2),
    ]);
  const entries = Array.from({ length: rng.int(6) }, () => ({
    startedDateTime: rng.pick(['2026-11-27T09:41:07.000Z', nastyString(rng, 1)]),
    time: rng.pick([1, -1, 1e308]),
    request: {
      method: rng.pick(['GET', 'POST', 'OPTIONS', nastyString(rng, 1)]),
      url: url(),
      httpVersion: 'HTTP/1.1',
      headers: headers(),
      queryString: [],
      cookies: [],
      headersSize: -1,
      bodySize: -1,
      ...(rng.chance(0.5)
        ? {
            postData: {
              mimeType: 'application/x-www-form-urlencoded',
              text: `grant_type=authorization_code&code=${nastyString(rng, 2)}&client_secret=s3cr3t`,
            },
          }
        : {}),
    },
    response: {
      status: rng.pick([200, 302, 400, 401, 0]),
      statusText: '',
      httpVersion: 'HTTP/1.1',
      headers: headers(),
      cookies: [],
      content: {
        size: -1,
        mimeType: rng.pick(['application/json', 'text/html', nastyString(rng, 1)]),
        text: rng.pick([response(rng), JSON.stringify({ access_token: token(rng), id_token: token(rng) }), nastyString(rng)]),
        ...(rng.chance(0.1) ? { encoding: 'base64' } : {}),
      },
      redirectURL: '',
      headersSize: -1,
      bodySize: -1,
    },
    cache: {},
    timings: { send: 0, wait: 0, receive: 0 },
  }));
  const har = { log: { version: '1.2', creator: { name: 'fuzz', version: '1' }, entries: rng.chance(0.05) ? jsonValue(rng) : entries } };
  return mutate(rng, jsonText(rng, har), 0.2);
}
