/**
 * `authlens decode [TOKEN|-] [--json]`: decodes and explains a JWT. Offline: never verifies against
 * the network. The JSON shape is a contract (format, header, payload, claims, findings, plus extras).
 */
import { analyzeToken } from '../core/tokens/analyze';
import type { AnalyzedClaim, TokenAnalysis } from '../core/tokens/analysisTypes';
import { decodeToken } from '../core/tokens/decode';
import type { DecodedToken, JsonValue } from '../core/tokens/types';
import { truncate } from '../core/render/escape';
import { failure, json, type CommandResult } from './io';

export interface DecodeCommandOptions {
  now?: number;
  clockSkewSeconds?: number;
  timeZone?: string;
}

export function decodeCommand(input: string, asJson: boolean, options: DecodeCommandOptions = {}): CommandResult {
  const decoded = decodeToken(input);
  if (!decoded.ok) return failure(decoded.error.code, `not a token: ${decoded.error.message}`, asJson);
  const analysis = analyzeToken(decoded.token, options);
  return asJson ? { exitCode: 0, stdout: json(toJson(decoded.token, analysis)) } : { exitCode: 0, stdout: toText(decoded.token, analysis) };
}

function toJson(token: DecodedToken, analysis: TokenAnalysis) {
  const claim = (c: AnalyzedClaim) => ({
    name: c.name,
    value: c.value,
    description: c.description ?? null,
    ...(c.title ? { title: c.title } : {}),
    ...(c.source ? { source: c.source } : {}),
    ...(c.provider ? { meaning: c.provider } : {}),
    ...(c.time ? { time: { iso: c.time.iso, local: c.time.local, relative: c.time.relative, words: c.time.words } } : {}),
  });
  const inner = token.inner?.ok ? { header: token.inner.token.header, payload: token.inner.token.payload } : undefined;
  return {
    format: token.format,
    header: token.header,
    payload: token.payload,
    claims: analysis.claims.map(claim),
    findings: analysis.findings,
    summary: analysis.summary,
    provider: analysis.provider,
    kind: analysis.kind,
    validity: analysis.validity,
    expiry: analysis.expiryWords,
    times: analysis.times.map((c) => ({ name: c.name, ...c.time })),
    headerClaims: analysis.headerClaims.map(claim),
    ...(token.nested ? { nested: true } : {}),
    ...(inner ? { inner } : {}),
  };
}

const SEVERITY_LABEL = { error: 'error  ', warning: 'warning', info: 'note   ' } as const;

function toText(token: DecodedToken, analysis: TokenAnalysis): string {
  const lines: string[] = [`${token.format.toUpperCase()} · ${safe(analysis.summary)}`, ''];
  lines.push('Header', ...table(analysis.headerClaims));
  if (token.format === 'jwe') lines.push('', 'Payload', '  (encrypted: only the recipient can read it)');
  else if (analysis.claims.length > 0) lines.push('', token.nested ? 'Payload (inner token)' : 'Payload', ...table(analysis.claims));
  if (analysis.findings.length > 0) {
    lines.push('', 'Findings');
    for (const finding of analysis.findings) lines.push(`  ${SEVERITY_LABEL[finding.severity]}  ${finding.message}`);
  }
  lines.push('', 'Decoded only: the signature was not verified.');
  return `${lines.join('\n')}\n`;
}

function table(claims: AnalyzedClaim[]): string[] {
  const width = Math.min(24, Math.max(0, ...claims.map((c) => c.name.length)));
  return claims.map((c) => {
    const value = c.time ? `${c.time.iso}  (${c.time.words})` : truncate(show(c.value), 80);
    const label = c.title ? `  — ${c.title}` : '';
    return `  ${safe(c.name).padEnd(width)}  ${safe(value)}${label}`;
  });
}

function show(value: JsonValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Claims are attacker-controlled: keep terminal control sequences from reaching the terminal. */
function safe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
