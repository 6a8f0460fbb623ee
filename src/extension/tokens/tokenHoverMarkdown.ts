/**
 * The token hover as markdown: a one-line summary, header and payload claims with what they mean,
 * the findings, then links to our commands. Pure, so the escaping can be unit-tested: every value
 * that comes from the token is escaped, and the only links are the `command:` links built here.
 */
import type { AnalyzedClaim, Severity, TokenAnalysis } from '../../core/tokens/index';
import { commandLink, CommandId } from '../commandIds';
import { shortClaimValue, tokenTitle } from './claimDisplay';
import { mdText } from '../views/markdownText';
import { truncate } from '../../core/render/escape';
import type { TokenLocation } from './tokenArgument';

export interface TokenHoverOptions {
  /** The compact token; when given, the hover links to Decode, Verify and Copy for it. */
  token?: string;
  /** Payload claims shown before the hover says "and N more" (header parameters always show). */
  maxClaims?: number;
  /** Longest value shown in a cell before it is cut with "…". */
  maxValueLength?: number;
  /**
   * Where the token is, for links that would be too long to carry the token itself (each link holds
   * it once): the commands then read the token from that place.
   */
  tokenAt?: TokenLocation;
  /** Longest hover, in characters; VS Code cuts hovers at 100,000 and the links are last. */
  maxLength?: number;
}

/** Under VS Code's 100,000-character cut, with room to spare. */
export const HOVER_MAX_LENGTH = 90_000;
/** Longest finding or summary part shown; findings quote claim values (`aud` lists, `crit` names). */
const HOVER_MAX_TEXT = 600;

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
  const maxLength = options.maxLength ?? HOVER_MAX_LENGTH;
  const head: string[] = [summaryLine(analysis)];
  if (analysis.kind.kind !== 'unknown') head.push(`*${mdText(truncate(`Kind: ${analysis.kind.reason}.`, HOVER_MAX_TEXT))}*`);

  // The summary, the findings and the links always show; the claims table gets what room is left.
  const tail: string[] = [];
  if (analysis.findings.length > 0) {
    const shown = analysis.findings.slice(0, HOVER_MAX_FINDINGS);
    const lines = shown.map((note) => `- ${SEVERITY_ICON[note.severity]} ${mdText(truncate(note.message, HOVER_MAX_TEXT))}`);
    if (analysis.findings.length > shown.length) lines.push(`- ${mdText(`…and ${analysis.findings.length - shown.length} more in the decoded view.`)}`);
    tail.push(`**Findings**\n\n${lines.join('\n')}`);
  }
  if (options.token !== undefined) tail.push(commandLinks(options.token, options.tokenAt, (maxLength * 2) / 3));

  // One table, header parameters first, so both parts share columns and the hover stays short.
  const header = analysis.headerClaims.slice(0, HOVER_MAX_HEADER_PARAMS);
  const payload = analysis.claims.slice(0, maxClaims);
  const rows = [sectionRow('header'), ...header.map((claim) => claimRow(claim, maxValue))];
  if (analysis.headerClaims.length > header.length) rows.push(noteRow(`…and ${analysis.headerClaims.length - header.length} more header parameters`));
  rows.push(sectionRow('payload'));
  if (analysis.format === 'jwe' && analysis.claims.length === 0) rows.push(noteRow('encrypted: only the header can be read without the key'));
  else if (analysis.claims.length === 0) rows.push(noteRow('no claims'));
  else rows.push(...payload.map((claim) => claimRow(claim, maxValue)));
  let notes: string[] = [];
  if (analysis.claims.length > payload.length) {
    notes = [`*${mdText(`Showing ${payload.length} of ${analysis.claims.length} claims; the decoded view shows them all.`)}*`];
  }

  const TABLE_HEAD = '| claim | value | meaning |\n|:---|:---|:---|';
  const CUT_NOTE = `*${mdText('The claims table was cut to fit the hover; the decoded view shows every claim.')}*`;
  const fixed = [...head, ...tail].reduce((sum, part) => sum + part.length + 2, 0);
  let room = maxLength - fixed - TABLE_HEAD.length - notes.reduce((sum, part) => sum + part.length + 2, 0) - CUT_NOTE.length - 4;
  let kept = 0;
  for (; kept < rows.length && rows[kept]!.length + 1 <= room; kept++) room -= rows[kept]!.length + 1;
  if (kept < rows.length) notes = [CUT_NOTE];
  const table = kept > 0 ? [[TABLE_HEAD, ...rows.slice(0, kept)].join('\n')] : [];
  return [...head, ...table, ...notes, ...tail].join('\n\n');
}

/** "**Entra ID access token** · RS256 · expired 3 h 12 min ago". */
function summaryLine(analysis: TokenAnalysis): string {
  const rest = [analysis.alg, analysis.expiryWords].filter((part): part is string => Boolean(part)).map((part) => mdText(truncate(part, HOVER_MAX_TEXT)));
  return [`**${mdText(truncate(tokenTitle(analysis), HOVER_MAX_TEXT))}**`, ...rest].join(' · ');
}

function sectionRow(part: 'header' | 'payload'): string {
  return `| **${part}** | | |`;
}

function noteRow(text: string): string {
  return `| | *${mdText(text)}* | |`;
}

function claimRow(claim: AnalyzedClaim, maxValue: number): string {
  return `| ${mdText(truncate(claim.name, maxValue))} | ${mdText(shortClaimValue(claim, maxValue))} | ${mdText(meaning(claim))} |`;
}

function meaning(claim: AnalyzedClaim): string {
  const title = claim.title ?? '';
  return claim.pii ? `${title} (personal data)`.trim() : title;
}

/**
 * Decode, Verify and Copy for the token. Each link carries the token when the three fit in `budget`;
 * a longer token is passed by where it is (`tokenAt`), or, with no place to point to, only the first link is kept.
 */
function commandLinks(token: string, tokenAt: TokenLocation | undefined, budget: number): string {
  const byValue = 3 * (commandLink(CommandId.decodeToken, [token]).length + 40) <= budget;
  if (!byValue && tokenAt === undefined) return `[$(open-preview) Open decoded view](${commandLink(CommandId.decodeToken, [token])})`;
  const args = byValue ? [token] : [{ at: tokenAt }];
  return [
    `[$(open-preview) Open decoded view](${commandLink(CommandId.decodeToken, args)})`,
    `[$(verified) Verify signature](${commandLink(CommandId.verifySignature, args)})`,
    `[$(copy) Copy payload](${commandLink(CommandId.copyPayload, args)})`,
  ].join(' · ');
}
