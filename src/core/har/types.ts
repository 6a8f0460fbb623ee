import type { HarRole } from './roles';

export type HarTokenFormat = 'jws' | 'jwe' | 'unsecured' | 'saml' | 'opaque';

export interface HarExchange {
  /** 0-based index in `log.entries`. */
  entry: number;
  role: HarRole;
  method: string;
  /** The URL with codes, tokens and secrets masked. */
  url: string;
  status: number;
  host: string;
  path: string;
  startedDateTime: string;
  /** Milliseconds, as the HAR says. */
  time: number;
  /** One of the sign-in roles (not `api` / `other`). */
  auth: boolean;
}

export interface HarToken {
  entry: number;
  /** `request.header:Authorization`, `request.query:code`, `response.body:id_token`, `response.location:access_token` … */
  where: string;
  text: string;
  format: HarTokenFormat;
  /** What a reader wants at a glance (JWTs): alg, iss, sub, aud, exp, iat, nbf, nonce. */
  claims?: Record<string, string | number | null>;
}

export interface HarError {
  entry: number;
  code: string;
  family: string;
  summary: string;
  where: string;
  description?: string;
}

export interface HarCheck {
  id: string;
  ok: boolean;
  entry: number | null;
  message: string;
}

export interface HarSamlLeg {
  entry: number;
  where: string;
  kind: string;
  binding: string | null;
  issuer: string | null;
  id: string | null;
  inResponseTo: string | null;
  statusCodes: string[];
  findings: { code: string; severity: string; message: string }[];
  error?: string;
}

export interface HarAnalysis {
  entries: number;
  /** Entries past the bound were not analysed. */
  truncated: boolean;
  creator: string | null;
  exchanges: HarExchange[];
  errors: HarError[];
  tokens: HarToken[];
  checks: HarCheck[];
  saml: HarSamlLeg[];
  /** Things the reader should know about the file itself (sanitized export, cut bodies). */
  notes: string[];
}
