/**
 * The token hover as markdown: a one-line summary, header and payload claims with what they mean,
 * the findings, then links to our commands. Pure, so the escaping can be unit-tested: every value
 * that comes from the token is escaped, and the only links are the `command:` links built here.
 */
import type { AnalyzedClaim, Severity, TokenAnalysis } from '../../core/tokens/index';
import { commandLink, CommandId } from '../commandIds';
import { shortClaimValue, tokenTitle } from './claimDisplay';
import { mdText } from '../views/markdownText';

export interface TokenHoverOptions {
  /** The compact token; when given, the hover links to Decode, Verify and Copy for it. */
  token?: string;
  /** Payload claims shown before the hover says "and N more" (header parameters always show). */
  maxClaims?: number;
  /** Longest value shown in a cell before it is cut with "…". */
  maxValueLength?: number;
}

export const HOVER_MAX_CLAIMS = 40;
export const HOVER_MAX_VALUE_LENGTH = 80;
const HOVER_MAX_HEADER_PARAMS = 12;
const HOVER_MAX_FINDINGS = 12;

const SEVERITY_ICON: Record<Severity, string> = { error: '$(error)', warning: '$(warning)', info: '$(info)' };

/** The command ids the hover links to: exactly the list its MarkdownString must trust. */
export const HOVER_COMMANDS: readonly CommandId[] = [CommandId.decodeToken, CommandId.verifySignature, CommandId.copyPayload];

export function buildTokenHover(analysis: TokenAnalysis, options: TokenHoverOptions = {}): string {
  const maxClaims = options.maxClaims ?? HOVER_MAX_CLAIMS;
  const maxValue = options.maxValueLength ?? HOVER_MAX_VALUE_LENGTH;
  const out: string[] = [summaryLine(analysis)];

  if (analysis.kind.kind !== 'unknown') out.push(`*${mdText(`Kind: ${analysis.kind.reason}.`)}*`);

  // One table, header parameters first, so both parts share columns and the hover stays short.
  const header = analysis.headerClaims.slice(0, HOVER_MAX_HEADER_PARAMS);
  const payload = analysis.claims.slice(0, maxClaims);
  const rows = [sectionRow('header'), ...header.map((claim) => claimRow(claim, maxValue))];
  if (analysis.headerClaims.length > header.length) rows.push(noteRow(`…and ${analysis.headerClaims.length - header.length} more header parameters`));
  rows.push(sectionRow('payload'));
  if (analysis.format === 'jwe' && analysis.claims.length === 0) rows.push(noteRow('encrypted: only the header can be read without the key'));
  else if (analysis.claims.length === 0) rows.push(noteRow('no claims'));
  else rows.push(...payload.map((claim) => claimRow(claim, maxValue)));
  out.push(['| claim | value | meaning |', '|:---|:---|:---|', ...rows].join('\n'));
  if (analysis.claims.length > payload.length) {
    out.push(`*${mdText(`Showing ${payload.length} of ${analysis.claims.length} claims; the decoded view shows them all.`)}*`);
  }

  if (analysis.findings.length > 0) {
    const shown = analysis.findings.slice(0, HOVER_MAX_FINDINGS);
    const lines = shown.map((note) => `- ${SEVERITY_ICON[note.severity]} ${mdText(note.message)}`);
    if (analysis.findings.length > shown.length) lines.push(`- ${mdText(`…and ${analysis.findings.length - shown.length} more in the decoded view.`)}`);
    out.push(`**Findings**\n\n${lines.join('\n')}`);
  }

  if (options.token !== undefined) out.push(commandLinks(options.token));
  return out.join('\n\n');
}

/** "**Entra ID access token** · RS256 · expired 3 h 12 min ago". */
function summaryLine(analysis: TokenAnalysis): string {
  const rest = [analysis.alg, analysis.expiryWords].filter((part): part is string => Boolean(part)).map(mdText);
  return [`**${mdText(tokenTitle(analysis))}**`, ...rest].join(' · ');
}

function sectionRow(part: 'header' | 'payload'): string {
  return `| **${part}** | | |`;
}

function noteRow(text: string): string {
  return `| | *${mdText(text)}* | |`;
}

function claimRow(claim: AnalyzedClaim, maxValue: number): string {
  return `| ${mdText(claim.name)} | ${mdText(shortClaimValue(claim, maxValue))} | ${mdText(meaning(claim))} |`;
}

function meaning(claim: AnalyzedClaim): string {
  const title = claim.title ?? '';
  return claim.pii ? `${title} (personal data)`.trim() : title;
}

function commandLinks(token: string): string {
  const args = [token];
  return [
    `[$(open-preview) Open decoded view](${commandLink(CommandId.decodeToken, args)})`,
    `[$(verified) Verify signature](${commandLink(CommandId.verifySignature, args)})`,
    `[$(copy) Copy payload](${commandLink(CommandId.copyPayload, args)})`,
  ].join(' · ');
}
