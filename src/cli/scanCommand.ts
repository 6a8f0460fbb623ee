import { scanText } from '../core/scan/scan';
import type { Finding } from '../core/scan/findings';
import { json, type CommandResult } from './io';

/**
 * `authlens scan [FILE|-] [--json]`: every token and error code in the input. A HAR file is read as
 * what it is: its JSON escapes undone and base64 bodies decoded, and each finding names the entry
 * (`entry`, 0-based in `log.entries`, and `where` in it) instead of a file offset.
 */
export async function scanCommand(text: string, asJson: boolean, showTokens = false): Promise<CommandResult> {
  if (looksLikeHar(text)) {
    const har = await scanHar(text);
    if (har) return asJson ? { exitCode: 0, stdout: json({ findings: har }) } : { exitCode: 0, stdout: har.map((finding) => describeHar(finding, showTokens)).join('\n') + (har.length ? '\n' : '') };
  }
  const findings = scanText(text);
  // The JSON keeps each token's full `text` (its contract); the human-readable lines shorten it unless asked.
  if (asJson) return { exitCode: 0, stdout: json({ findings }) };
  return { exitCode: 0, stdout: findings.map((finding) => describe(finding, showTokens)).join('\n') + (findings.length ? '\n' : '') };
}

function looksLikeHar(text: string): boolean {
  return /^\s*\{/.test(text.slice(0, 100)) && /"log"\s*:/.test(text.slice(0, 4000)) && text.includes('"entries"');
}

type HarFinding =
  | { kind: 'token'; format: string; entry: number; where: string; text: string }
  | { kind: 'saml'; entry: number; where: string; text: string }
  | { kind: 'error'; code: string; family: string; entry: number; where: string };

async function scanHar(text: string): Promise<HarFinding[] | undefined> {
  const { analyzeHar, HarReadError } = await import('../core/har/index');
  try {
    const analysis = await analyzeHar(text);
    const found: HarFinding[] = [
      ...analysis.tokens.map((t): HarFinding => (t.format === 'saml'
        ? { kind: 'saml', entry: t.entry, where: t.where, text: t.text }
        : { kind: 'token', format: t.format, entry: t.entry, where: t.where, text: t.text })),
      ...analysis.errors.map((e): HarFinding => ({ kind: 'error', code: e.code, family: e.family, entry: e.entry, where: e.where })),
    ];
    return found.sort((a, b) => a.entry - b.entry);
  } catch (error) {
    if (error instanceof HarReadError) return undefined; // not a HAR after all: scan it as text
    throw error;
  }
}

/** A token or SAML value in a human-readable line: shortened unless --show-tokens. */
function shown(text: string, showTokens: boolean): string {
  return showTokens ? text : `${text.slice(0, 24)}…`;
}

function describeHar(finding: HarFinding, showTokens: boolean): string {
  const where = `entry ${finding.entry} ${finding.where}`;
  if (finding.kind === 'error') return `${where}  error ${finding.code} (${finding.family})`;
  return `${where}  ${finding.kind === 'token' ? `token (${finding.format})` : 'saml'}  ${shown(finding.text, showTokens)}`;
}

function describe(finding: Finding, showTokens: boolean): string {
  const where = `line ${finding.line}, ${finding.start}-${finding.end}`;
  if (finding.kind === 'token') return `${where}  token (${finding.format})  ${shown(finding.text, showTokens)}`;
  if (finding.kind === 'saml') return `${where}  saml (${finding.parameter ?? 'base64'})  ${shown(finding.text, showTokens)}`;
  return `${where}  error ${finding.code} (${finding.family})`;
}
