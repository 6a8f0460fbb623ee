/**
 * Generates a large, deterministic application log for benchmarks: ordinary lines with JWTs and auth
 * errors (AADSTS codes, OAuth `{"error":"invalid_grant"}` bodies, Okta `E0000011`) sprinkled in.
 * Shared by the token and error benchmarks so their figures are comparable.
 */
import { bytesToBase64url, textToBase64url } from '../src/core/tokens/base64url';

export interface GeneratedLog {
  text: string;
  /** How many token occurrences were written. */
  tokens: number;
  /** How many error-code occurrences were written. */
  errors: number;
  /** Tokens used, for per-token benchmarks. */
  tokenPool: string[];
}

export interface LogOptions {
  /** Approximate size in bytes (the log is ASCII, so also characters). Default 100 MB. */
  size?: number;
  /** On average one line in this many carries a token. Default 150. */
  tokenEvery?: number;
  /**
   * Make every token occurrence distinct (its signature changed), the worst case for detection.
   * By default tokens come from a pool of 64, as in real logs where one token serves many requests.
   */
  uniqueTokens?: boolean;
  /** On average one line in this many carries an auth error. Default 80. */
  errorEvery?: number;
  seed?: number;
}

/** Small, fast, seedable PRNG (mulberry32), so every run writes the same log. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A pool of token-shaped JWS/JWE strings of realistic sizes (signatures are random bytes, not real). */
export function makeTokenPool(count: number, random: () => number): string[] {
  const pool: string[] = [];
  const nowS = 1795867200;
  for (let i = 0; i < count; i++) {
    const roll = random();
    const bytes = (n: number) => bytesToBase64url(Uint8Array.from({ length: n }, () => Math.floor(random() * 256)));
    if (roll < 0.1) {
      const header = textToBase64url(JSON.stringify({ alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: `enc-${i % 3}` }));
      pool.push(`${header}.${bytes(256)}.${bytes(12)}.${bytes(300 + Math.floor(random() * 600))}.${bytes(16)}`);
      continue;
    }
    const header = { typ: 'JWT', alg: roll < 0.8 ? 'RS256' : 'ES256', kid: `key-${i % 4}` };
    const groups = Array.from({ length: Math.floor(random() * 8) }, (_, g) => `group-${i}-${g}-${Math.floor(random() * 1e9).toString(16)}`);
    const payload = {
      aud: `api://service-${i % 7}`,
      iss: `https://login.microsoftonline.com/${(1e8 + i).toString(16)}-0000-4000-8000-000000000000/v2.0`,
      iat: nowS - 600,
      nbf: nowS - 600,
      exp: nowS + 3000 - (i % 5) * 2000,
      name: `User ${i}`,
      oid: `6c1b6f2a-1111-4222-8333-${(1e11 + i).toString(16).slice(0, 12)}`,
      scp: 'Orders.Read Orders.Write',
      sub: bytes(20),
      tid: '72f988bf-0000-4000-8000-00000000aaaa',
      ver: '2.0',
      ...(groups.length ? { groups } : {}),
    };
    pool.push(
      `${textToBase64url(JSON.stringify(header))}.${textToBase64url(JSON.stringify(payload))}.${bytes(header.alg === 'RS256' ? 256 : 64)}`,
    );
  }
  return pool;
}

const PLAIN = [
  'INFO  http  GET /api/orders?page=2&size=50 200 38ms host=api-7.internal.example version=1.24.3',
  'DEBUG db    query orders.findByCustomer took 4ms rows=12 pool=main idle=7/16',
  'INFO  cache hit ratio 0.94 for region eu-west-1 keys=120492 evictions=13',
  'WARN  http  slow request POST /api/checkout 1203ms trace=9f1c2b7a4e5d6f70',
  'INFO  worker job invoice.render finished in 212ms file=invoice-2026-11.pdf',
  'DEBUG auth  refreshing signing keys from https://login.example.com/discovery/v2.0/keys',
  'INFO  app   feature flags loaded: checkout.v2=true search.fuzzy=false build=2026.11.3',
];
const TOKEN_LINES = [
  (t: string) => `DEBUG http  request headers: {"Authorization":"Bearer ${t}","Accept":"application/json"}`,
  (t: string) => `INFO  auth  token response {"access_token":"${t}","token_type":"Bearer","expires_in":3599}`,
  (t: string) => `DEBUG auth  redirect https://app.example/callback#id_token=${t}&state=af0ifjsldkj&session_state=abc`,
  (t: string) => `TRACE curl -H 'Authorization: Bearer ${t}' https://graph.microsoft.com/v1.0/me`,
  (t: string) => `DEBUG cookie set session=${t}; Path=/; HttpOnly; Secure`,
];
const ERROR_LINES = [
  'ERROR auth  AADSTS70008: The provided authorization code or refresh token has expired due to inactivity. Trace ID: 0b1c2d3e',
  'ERROR auth  token endpoint returned 400 {"error":"invalid_grant","error_description":"AADSTS50173: The provided grant has expired"}',
  'ERROR okta  E0000011: Invalid token provided (errorId oaeXyz123)',
  'WARN  oidc  callback error=access_denied&error_description=User+cancelled',
  'ERROR auth  {"error":"invalid_client","error_description":"client authentication failed"}',
  'ERROR auth  AADSTS50058: A silent sign-in request was sent but no user is signed in.',
];

export function generateLog(options: LogOptions = {}): GeneratedLog {
  const size = options.size ?? 100 * 1024 * 1024;
  const tokenEvery = options.tokenEvery ?? 150;
  const errorEvery = options.errorEvery ?? 80;
  const random = prng(options.seed ?? 42);
  const tokenPool = makeTokenPool(64, random);
  const chunks: string[] = [];
  let chunk: string[] = [];
  let chunkLength = 0;
  let length = 0;
  let tokens = 0;
  let errors = 0;
  let second = 0;
  while (length < size) {
    second++;
    const stamp = `2026-11-28T${pad(Math.floor(second / 3600) % 24)}:${pad(Math.floor(second / 60) % 60)}:${pad(second % 60)}.${pad3(second % 1000)}Z `;
    const roll = random();
    let line: string;
    if (roll < 1 / tokenEvery) {
      let token = tokenPool[Math.floor(random() * tokenPool.length)]!;
      if (options.uniqueTokens)
        token = token.slice(0, -12) + bytesToBase64url(Uint8Array.from({ length: 9 }, () => Math.floor(random() * 256)));
      line = TOKEN_LINES[Math.floor(random() * TOKEN_LINES.length)]!(token);
      tokens++;
    } else if (roll < 1 / tokenEvery + 1 / errorEvery) {
      line = ERROR_LINES[Math.floor(random() * ERROR_LINES.length)]!;
      errors++;
    } else {
      line = PLAIN[Math.floor(random() * PLAIN.length)]!;
    }
    const full = `${stamp}${line}\n`;
    chunk.push(full);
    chunkLength += full.length;
    length += full.length;
    if (chunkLength > 1 << 20) {
      chunks.push(chunk.join(''));
      chunk = [];
      chunkLength = 0;
    }
  }
  chunks.push(chunk.join(''));
  return { text: chunks.join(''), tokens, errors, tokenPool };
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function pad3(n: number): string {
  return n < 10 ? `00${n}` : n < 100 ? `0${n}` : String(n);
}
