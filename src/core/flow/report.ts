/**
 * Exports of a run: a Markdown report for a support ticket (steps, exchanges, checks, decoded claims;
 * secrets masked, token signatures cut) and "Copy as .http request" for REST Client / httpyac users.
 */
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { redact } from '../redact';
import { formatDuration } from './duration';
import type { FlowStep } from './types';

export interface ReportMeta {
  issuer: string;
  clientId: string;
  grant: string;
  generatedAt: number;
}

/** A fence longer than any backtick run inside, so content can never close the block. */
function fenced(text: string, lang = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${text}\n${fence}`;
}

/** Inline text: Markdown and HTML metacharacters escaped, bidi and control characters removed, one line. */
function inline(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- removing exactly these
      .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
      .replace(/[\\`*_{}[\]()#+!|<>&~-]/g, (c) => `\\${c}`)
  );
}

const stripBidi = (text: string) =>
  // eslint-disable-next-line no-control-regex -- removing exactly these
  text.replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** Header and claims of a JWT; the signature is never included. */
function decodedClaims(token: string): string | undefined {
  try {
    return JSON.stringify({ header: decodeProtectedHeader(token), payload: decodeJwt(token) }, null, 2);
  } catch {
    return undefined;
  }
}

export function flowReportMarkdown(steps: readonly FlowStep[], meta: ReportMeta, tokens: { label: string; token: string }[] = []): string {
  const out: string[] = [
    '# AuthLens flow report',
    '',
    `- Issuer: ${inline(meta.issuer)}`,
    `- Client ID: ${inline(meta.clientId)}`,
    `- Grant: ${inline(meta.grant)}`,
    `- Generated: ${new Date(meta.generatedAt).toISOString()}`,
    '- Secrets, codes and tokens are masked; token signatures are left out.',
    '',
  ];
  for (const [i, step] of steps.entries()) {
    out.push(`## ${i + 1}. ${inline(step.title)}: ${step.status} (${formatDuration(step.durationMs)})`, '');
    if (step.explanation) out.push(inline(redact(step.explanation)), '');
    if (step.error) {
      out.push(`**Error ${inline(step.error.code)}**: ${inline(redact(step.error.message))}`, '');
      if (step.error.hint) out.push(`Hint: ${inline(redact(step.error.hint))}`, '');
      if (step.error.oauth)
        out.push(
          fenced(
            redact(
              JSON.stringify(
                { error: step.error.oauth.error, error_description: step.error.oauth.error_description, status: step.error.oauth.status },
                null,
                2,
              ),
            ),
            'json',
          ),
          '',
        );
    }
    if (step.checks.length) {
      out.push('| Check | Outcome | Detail |', '|---|---|---|');
      for (const c of step.checks) out.push(`| ${inline(c.label)} | ${c.outcome} | ${inline(redact(c.detail))} |`);
      out.push('');
    }
    for (const note of step.notes) out.push(`- ${inline(redact(note))}`);
    if (step.notes.length) out.push('');
    for (const exchange of step.exchanges) {
      const request =
        [`${exchange.request.method} ${exchange.request.url}`, ...exchange.request.headers.map(([n, v]) => `${n}: ${v}`)].join('\n') +
        (exchange.request.body !== undefined ? `\n\n${exchange.request.body}` : '');
      out.push(fenced(stripBidi(redact(request)), 'http'));
      if (exchange.clientCertificate) {
        out.push(
          `TLS client certificate presented: ${inline(redact(exchange.clientCertificate.subject))}, x5t#S256 \`${inline(exchange.clientCertificate.thumbprint)}\``,
        );
      }
      if (exchange.response) {
        const response =
          [
            `HTTP ${exchange.response.status} ${exchange.response.statusText}`,
            ...exchange.response.headers.map(([n, v]) => `${n}: ${v}`),
          ].join('\n') + `\n\n${exchange.response.body}`;
        out.push(fenced(stripBidi(redact(response)), 'http'));
      } else if (exchange.failure) {
        out.push(`No response: ${inline(redact(exchange.failure))}`);
      }
      out.push('');
    }
  }
  const decoded = tokens
    .map((t) => [t.label, decodedClaims(t.token)] as const)
    .filter((t): t is readonly [string, string] => t[1] !== undefined);
  if (decoded.length) {
    out.push('## Decoded tokens', '');
    // Claims are shown; the values of nested secrets (a nonce, for example) are masked by redact.
    for (const [label, claims] of decoded) out.push(`### ${inline(label)}`, '', fenced(stripBidi(redact(claims)), 'json'), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/**
 * A REST Client / httpyac request that calls `url` with the access token. The token is a `@token`
 * variable at the top: the real one only when `token` is given (after the user confirmed), a placeholder otherwise.
 */
export function toHttpRequest(url: string, options: { tokenType: string; token?: string; method?: string; dpopNote?: boolean }): string {
  const scheme = options.tokenType.toLowerCase() === 'dpop' ? 'DPoP' : 'Bearer';
  const lines = [
    `@token = ${options.token ?? '<paste the access token here>'}`,
    '',
    '### Call with the access token from the AuthLens Flow Tester',
    `${options.method ?? 'GET'} ${url}`,
    `Authorization: ${scheme} {{token}}`,
    'Accept: application/json',
  ];
  if (scheme === 'DPoP')
    lines.splice(
      3,
      0,
      '# DPoP-bound token: each call also needs a fresh DPoP proof header signed with the session key (RFC 9449 §7); REST clients cannot make one.',
    );
  return `${lines.join('\n')}\n`;
}
