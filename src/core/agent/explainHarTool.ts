/**
 * `explain_har {path}`: the sign-in a HAR file records, for a model: the reviewer's checks (failed
 * first), the auth legs, the errors explained, and which tokens travelled where. Built from the HAR
 * analysis, never from the file's values: a token is its kind, place and a few claims, never its
 * text; URLs come masked; every string is scrubbed again before it leaves.
 */
import { analyzeHar, HarReadError } from '../har/index';
import { scrubDeep, scrubText } from './privacy';
import type { AgentAnswer, AgentOptions } from './types';

const MAX_LISTED = 60;
/** Claims that say what a token is; personal ones go through the mask like every answer. */
const TOKEN_FACTS = ['alg', 'iss', 'aud', 'exp', 'iat', 'nbf'];

export async function explainHarAnswer(text: string, options: AgentOptions = {}): Promise<AgentAnswer> {
  const mask = { maskPersonalData: options.maskPersonalData === true };
  let analysis;
  try {
    analysis = await analyzeHar(text);
  } catch (error) {
    const message = error instanceof HarReadError ? error.message : 'the file could not be read as a HAR (HTTP Archive) file';
    return { text: scrubText(`Not a HAR file: ${message}.`), structured: { error: scrubText(message) }, isError: true };
  }
  const failed = analysis.checks.filter((check) => !check.ok);
  const auth = analysis.exchanges.filter((exchange) => exchange.auth);
  const lines: string[] = [
    `HAR with ${analysis.entries} entries${analysis.truncated ? ' (only the first ones analysed)' : ''}: ${auth.length} sign-in exchange(s), ` +
      `${analysis.errors.length} error(s), ${analysis.tokens.length} token(s) seen, ${failed.length} of ${analysis.checks.length} check(s) failed.`,
  ];
  if (analysis.checks.length > 0) {
    lines.push('', 'Checks (failed first):');
    for (const check of [...failed, ...analysis.checks.filter((c) => c.ok)].slice(0, MAX_LISTED)) {
      lines.push(`- ${check.ok ? 'ok' : 'FAILED'} ${check.id}${check.entry === null ? '' : ` (entry ${check.entry})`}: ${check.message}`);
    }
  }
  if (analysis.errors.length > 0) {
    lines.push('', 'Errors:');
    for (const error of analysis.errors.slice(0, MAX_LISTED))
      lines.push(`- entry ${error.entry} ${error.where}: ${error.code} (${error.family}): ${error.summary}`);
  }
  if (auth.length > 0) {
    lines.push('', 'Sign-in exchanges:');
    for (const exchange of auth.slice(0, MAX_LISTED))
      lines.push(`- entry ${exchange.entry} ${exchange.role}: ${exchange.method} ${exchange.url} → ${exchange.status}`);
  }
  const tokens = analysis.tokens.slice(0, MAX_LISTED).map((token) => ({
    entry: token.entry,
    where: token.where,
    format: token.format,
    length: token.text.length,
    ...(token.claims ? { claims: Object.fromEntries(Object.entries(token.claims).filter(([name]) => TOKEN_FACTS.includes(name))) } : {}),
  }));
  if (tokens.length > 0) {
    lines.push('', 'Tokens (described, never returned):');
    for (const token of tokens) {
      const facts = token.claims
        ? Object.entries(token.claims)
            .map(([name, value]) => `${name}=${String(value)}`)
            .join(', ')
        : '';
      lines.push(`- entry ${token.entry} ${token.where}: ${token.format}, ${token.length} characters${facts ? `; ${facts}` : ''}`);
    }
  }
  for (const note of analysis.notes) lines.push('', `Note: ${note}`);
  const structured = {
    entries: analysis.entries,
    checks: analysis.checks.slice(0, MAX_LISTED),
    errors: analysis.errors
      .slice(0, MAX_LISTED)
      .map(({ entry, code, family, summary, where }) => ({ entry, code, family, summary, where })),
    exchanges: auth.slice(0, MAX_LISTED).map(({ entry, role, method, url, status }) => ({ entry, role, method, url, status })),
    tokens,
  };
  return { text: scrubText(lines.join('\n'), mask), structured: scrubDeep(structured, mask), isError: false };
}
