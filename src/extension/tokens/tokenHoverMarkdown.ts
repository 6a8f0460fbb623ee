/**
 * The token hover as markdown, most useful first: a one-line summary, the findings, links to our
 * commands, then the claims (time claims and those that tell the kind in a table with their meaning,
 * the rest and the header compact). Pure, so the escaping can be unit-tested: every value
 * that comes from the token is escaped, and the only links are the `command:` links built here.
 */
import type { AnalyzedClaim, Severity, TokenAnalysis } from '../../core/tokens/index';
import { commandLink, CommandId } from '../commandIds';
import { shortClaimValue, tokenTitle } from '../../core/render/claimDisplay';
import { mdText } from '../views/markdownText';
import { truncate } from '../../core/render/escape';
import type { TokenLocation } from '../../core/tokens/tokenArgument';

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
  // At a glance first: what it is, what is wrong with it, what to do with it. These always show.
  const fixed: string[] = [summaryLine(analysis)];
  if (analysis.kind.kind !== 'unknown') fixed.push(`*${mdText(truncate(`Kind: ${analysis.kind.reason}.`, HOVER_MAX_TEXT))}*`);
  if (analysis.findings.length > 0) {
    const shown = analysis.findings.slice(0, HOVER_MAX_FINDINGS);
    const lines = shown.map((note) => `- ${SEVERITY_ICON[note.severity]} ${mdText(truncate(note.message, HOVER_MAX_TEXT))}`);
    if (analysis.findings.length > shown.length)
      lines.push(`- ${mdText(`…and ${analysis.findings.length - shown.length} more in the decoded view.`)}`);
    fixed.push(`**Findings**\n\n${lines.join('\n')}`);
  }
  if (options.token !== undefined) fixed.push(commandLinks(options.token, options.tokenAt, (maxLength * 2) / 3));

  // Then the claims: the time claims and the ones that say what kind of token it is, with their
  // meaning; the rest compact; the header last. They get the room VS Code's hover limit leaves.
  const payload = analysis.claims.slice(0, maxClaims);
  const key = payload.filter((claim) => isKeyClaim(claim, analysis));
  const rest = payload.filter((claim) => !key.includes(claim));
  const parts: string[] = [];
  if (analysis.format === 'jwe' && analysis.claims.length === 0)
    parts.push(`*${mdText('Payload encrypted: only the header can be read without the key.')}*`);
  else if (analysis.payloadText !== undefined) parts.push(`**Payload (text)** ${mdText(truncate(analysis.payloadText, maxValue * 2))}`);
  else if (analysis.claims.length === 0)
    parts.push(
      `*${mdText(analysis.payloadKind === 'detached' ? 'Detached payload: the token carries only the signature.' : 'No claims.')}*`,
    );
  const TABLE_HEAD = '| claim | value | meaning |\n|:---|:---|:---|';
  const CUT_NOTE = `*${mdText('The claims table was cut to fit the hover; the decoded view shows every claim.')}*`;
  let room = maxLength - fixed.reduce((sum, part) => sum + part.length + 2, 0) - CUT_NOTE.length - 4;
  let cut = false;
  const add = (part: string) => {
    if (cut || part.length + 2 > room) return void (cut = true);
    parts.push(part);
    room -= part.length + 2;
  };
  if (parts.length > 0) room -= parts[0]!.length + 2;
  if (key.length > 0) {
    const rows: string[] = [];
    let tableRoom = room - TABLE_HEAD.length - 2;
    for (const claim of key) {
      const row = claimRow(claim, maxValue);
      if (row.length + 1 > tableRoom) {
        cut = true;
        break;
      }
      rows.push(row);
      tableRoom -= row.length + 1;
    }
    if (rows.length > 0) {
      const table = [TABLE_HEAD, ...rows].join('\n');
      parts.push(table);
      room -= table.length + 2;
    }
  }
  if (rest.length > 0) add(`**Claims** ${compactList(rest, maxValue)}`);
  if (analysis.claims.length > payload.length)
    add(`*${mdText(`Showing ${payload.length} of ${analysis.claims.length} claims; the decoded view shows them all.`)}*`);
  const header = analysis.headerClaims.slice(0, HOVER_MAX_HEADER_PARAMS);
  const more =
    analysis.headerClaims.length > header.length ? ` · ${mdText(`…and ${analysis.headerClaims.length - header.length} more`)}` : '';
  if (header.length > 0) add(`**Header** ${compactList(header, maxValue)}${more}`);
  if (cut) parts.push(CUT_NOTE);
  return [...fixed, ...parts].join('\n\n');
}

/** Time claims, and the claims the kind is decided from (named in its reason: `token_use`, `scp`, `nonce`). */
function isKeyClaim(claim: AnalyzedClaim, analysis: TokenAnalysis): boolean {
  if (claim.time) return true;
  if (analysis.kind.kind === 'unknown') return false;
  return new RegExp(`(^|[^A-Za-z0-9_])${claim.name.replace(/[^A-Za-z0-9_]/g, '\\$&')}([^A-Za-z0-9_]|$)`).test(analysis.kind.reason);
}

/** `aud` api://orders · `name` Ada (personal data) · …: one paragraph that wraps. */
function compactList(claims: AnalyzedClaim[], maxValue: number): string {
  return claims
    .map((claim) => {
      const value = mdText(shortClaimValue(claim, maxValue));
      const title = claim.title
        ? ` *(${mdText(claim.pii ? `${claim.title}, personal data` : claim.title)})*`
        : claim.pii
          ? ` *(${mdText('personal data')})*`
          : '';
      return `**${mdText(claim.name)}** ${value}${title}`;
    })
    .join(' · ');
}

/** "**Entra ID access token** · RS256 · expired 3 h 12 min ago". */
function summaryLine(analysis: TokenAnalysis): string {
  const rest = [analysis.alg, analysis.expiryWords]
    .filter((part): part is string => Boolean(part))
    .map((part) => mdText(truncate(part, HOVER_MAX_TEXT)));
  return [`**${mdText(truncate(tokenTitle(analysis), HOVER_MAX_TEXT))}**`, ...rest].join(' · ');
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
