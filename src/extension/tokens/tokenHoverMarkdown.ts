/**
 * The token hover as markdown, most useful first: a one-line summary, the findings, links to our
 * commands, then the claims (time claims and those that tell the kind in a table with their meaning,
 * the rest and the header compact). Pure, so the escaping can be unit-tested: every value
 * that comes from the token is escaped, and the only links are the `command:` links built here.
 */
import type { AnalyzedClaim, Severity, TokenAnalysis } from '../../core/tokens/index';
import { commandLink, CommandId } from '../commandIds';
import { shortClaimValue, tokenTitle } from './claimDisplay';
import { mdText } from '../views/markdownText';
import { truncate } from '../../core/render/escape';

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
  // At a glance first: what it is, what is wrong with it, what to do with it. The claims come last.
  const out: string[] = [summaryLine(analysis)];
  if (analysis.kind.kind !== 'unknown') out.push(`*${mdText(`Kind: ${analysis.kind.reason}.`)}*`);

  if (analysis.findings.length > 0) {
    const shown = analysis.findings.slice(0, HOVER_MAX_FINDINGS);
    const lines = shown.map((note) => `- ${SEVERITY_ICON[note.severity]} ${mdText(note.message)}`);
    if (analysis.findings.length > shown.length) lines.push(`- ${mdText(`…and ${analysis.findings.length - shown.length} more in the decoded view.`)}`);
    out.push(`**Findings**\n\n${lines.join('\n')}`);
  }

  if (options.token !== undefined) out.push(commandLinks(options.token));

  // The time claims and the ones that say what kind of token it is, with their meaning; the rest compact.
  const payload = analysis.claims.slice(0, maxClaims);
  const key = payload.filter((claim) => isKeyClaim(claim, analysis));
  const rest = payload.filter((claim) => !key.includes(claim));
  if (analysis.format === 'jwe' && analysis.claims.length === 0) out.push(`*${mdText('Payload encrypted: only the header can be read without the key.')}*`);
  else if (analysis.payloadText !== undefined) out.push(`**Payload (text)** ${mdText(truncate(analysis.payloadText, maxValue * 2))}`);
  else if (analysis.claims.length === 0) out.push(`*${mdText(analysis.payloadKind === 'detached' ? 'Detached payload: the token carries only the signature.' : 'No claims.')}*`);
  if (key.length > 0) {
    out.push(['| claim | value | meaning |', '|:---|:---|:---|', ...key.map((claim) => claimRow(claim, maxValue))].join('\n'));
  }
  if (rest.length > 0) out.push(`**Claims** ${compactList(rest, maxValue)}`);
  if (analysis.claims.length > payload.length) {
    out.push(`*${mdText(`Showing ${payload.length} of ${analysis.claims.length} claims; the decoded view shows them all.`)}*`);
  }
  const header = analysis.headerClaims.slice(0, HOVER_MAX_HEADER_PARAMS);
  const more = analysis.headerClaims.length > header.length ? ` · ${mdText(`…and ${analysis.headerClaims.length - header.length} more`)}` : '';
  if (header.length > 0) out.push(`**Header** ${compactList(header, maxValue)}${more}`);
  return out.join('\n\n');
}

/** Time claims, and the claims the kind is decided from (named in its reason: `token_use`, `scp`, `nonce`). */
function isKeyClaim(claim: AnalyzedClaim, analysis: TokenAnalysis): boolean {
  if (claim.time) return true;
  if (analysis.kind.kind === 'unknown') return false;
  return new RegExp(`(^|[^A-Za-z0-9_])${claim.name.replace(/[^A-Za-z0-9_]/g, '\\$&')}([^A-Za-z0-9_]|$)`).test(analysis.kind.reason);
}

/** `aud` api://orders · `name` Ada (personal data) · …: one paragraph that wraps. */
function compactList(claims: AnalyzedClaim[], maxValue: number): string {
  return claims.map((claim) => {
    const value = mdText(shortClaimValue(claim, maxValue));
    const title = claim.title ? ` *(${mdText(claim.pii ? `${claim.title}, personal data` : claim.title)})*` : claim.pii ? ` *(${mdText('personal data')})*` : '';
    return `**${mdText(claim.name)}** ${value}${title}`;
  }).join(' · ');
}

/** "**Entra ID access token** · RS256 · expired 3 h 12 min ago". */
function summaryLine(analysis: TokenAnalysis): string {
  const rest = [analysis.alg, analysis.expiryWords].filter((part): part is string => Boolean(part)).map(mdText);
  return [`**${mdText(tokenTitle(analysis))}**`, ...rest].join(' · ');
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
