/**
 * `scan_text`: every token and auth error code in a log, file or response, each with what it is.
 * Tokens are described (kind, issuer, validity, line and columns), never returned. Pulls in the
 * catalog: import lazily.
 */
import { lookupError } from '../errors/catalog/index';
import { familyName } from '../errors/familyNames';
import { scanTextWithLimits } from '../scan/scan';
import type { Finding } from '../scan/findings';
import { analyzeToken } from '../tokens/analyze';
import { decodeToken } from '../tokens/decode';
import { scrubText } from './privacy';
import type { AgentAnswer, AgentOptions } from './types';

/** Scan at most this much text (a big log excerpt); say so when cut. */
export const MAX_SCAN_CHARS = 4 * 1024 * 1024;
/** Describe at most this many findings; the count says how many there were. */
export const MAX_LISTED = 200;

export function scanTextAnswer(input: unknown, options: AgentOptions = {}): AgentAnswer {
  if (typeof input !== 'string')
    return { text: 'Give the text to scan as a string.', structured: { error: 'text must be a string' }, isError: true };
  const mask = { maskPersonalData: options.maskPersonalData === true };
  const cut = input.length > MAX_SCAN_CHARS;
  // The finders' default budget: a text made of codes alone stops early, and the answer says where.
  const { findings, stoppedAt } = scanTextWithLimits(cut ? input.slice(0, MAX_SCAN_CHARS) : input);
  const listed = findings.slice(0, MAX_LISTED).map((finding) => describe(finding, options, mask));
  const tokens = findings.filter((f) => f.kind === 'token').length;
  const structured = {
    total: findings.length,
    tokens,
    errors: findings.length - tokens,
    findings: listed,
    ...(cut ? { truncatedAt: MAX_SCAN_CHARS } : {}),
    ...(stoppedAt !== undefined ? { stoppedAt } : {}),
  };
  const lines = [
    findings.length === 0
      ? 'No tokens or auth error codes found.'
      : `Found ${tokens} token(s) and ${findings.length - tokens} error code(s)${findings.length > MAX_LISTED ? `; the first ${MAX_LISTED} are listed` : ''}:`,
  ];
  for (const item of listed) lines.push(`- ${item.where}: ${item.description}`);
  if (stoppedAt !== undefined)
    lines.push(
      `Stopped after ${findings.length} finding(s) at offset ${stoppedAt}: the text is too dense to scan whole; scan the rest (from that offset) separately.`,
    );
  if (cut) lines.push(`Only the first ${MAX_SCAN_CHARS} characters were scanned.`);
  if (tokens > 0)
    lines.push(
      'Tokens are described, never returned: call decode_token with one to read its claims, explain_error with an error line for causes and fixes.',
    );
  // Each description is scrubbed where it is made (token facts) or is the catalog's own text.
  return { text: lines.join('\n'), structured, isError: false };
}

interface ListedFinding {
  kind: 'token' | 'error' | 'saml';
  line: number;
  /** Character offsets into the scanned text, end exclusive. */
  offsets: [number, number];
  where: string;
  description: string;
  code?: string;
  family?: string;
}

function describe(finding: Finding, options: AgentOptions, mask: { maskPersonalData: boolean }): ListedFinding {
  const common = { line: finding.line, offsets: [finding.start, finding.end] as [number, number] };
  if (finding.kind === 'token') {
    const decoded = decodeToken(finding.text);
    const about = decoded.ok
      ? analyzeToken(decoded.token, {
          ...(options.now !== undefined ? { now: options.now } : {}),
          ...(options.clockSkewSeconds !== undefined ? { clockSkewSeconds: options.clockSkewSeconds } : {}),
        }).summary
      : `undecodable (${decoded.error.message})`;
    return {
      kind: 'token',
      ...common,
      where: `line ${finding.line}`,
      description: `${finding.format.toUpperCase()} token, ${finding.text.length} characters: ${scrubText(about, mask)}`,
    };
  }
  if (finding.kind === 'saml') {
    // The message's content (NameID, attributes) is personal data: only where it is and what it is.
    const what = finding.parameter ?? 'SAML message (bare base64)';
    return {
      kind: 'saml',
      ...common,
      where: `line ${finding.line}`,
      description: `${what}, ${finding.text.length} characters; decode it locally with \`authlens decode\` to see its issuer, status and conditions`,
    };
  }
  const entry = lookupError(finding.code, finding.family);
  const code = scrubText(finding.code, mask);
  const description = entry
    ? `${code} (${familyName(entry.family)}): ${entry.summary}`
    : `${code} (${familyName(finding.family)}), not in the offline catalog`;
  return { kind: 'error', ...common, code, family: finding.family, where: `line ${finding.line}`, description };
}
