import { scanText } from '../core/scan/scan';
import type { Finding } from '../core/scan/findings';
import { json, type CommandResult } from './io';

/** `authlens scan [FILE|-] [--json]`: every token and error code in the input. */
export function scanCommand(text: string, asJson: boolean, showTokens = false): CommandResult {
  const findings = scanText(text);
  // The JSON keeps each token's full `text` (its contract); the human-readable lines shorten it unless asked.
  if (asJson) return { exitCode: 0, stdout: json({ findings }) };
  return { exitCode: 0, stdout: findings.map((finding) => describe(finding, showTokens)).join('\n') + (findings.length ? '\n' : '') };
}

function describe(finding: Finding, showTokens: boolean): string {
  const where = `line ${finding.line}, ${finding.start}-${finding.end}`;
  return finding.kind === 'token'
    ? `${where}  token (${finding.format})  ${showTokens ? finding.text : `${finding.text.slice(0, 24)}…`}`
    : `${where}  error ${finding.code} (${finding.family})`;
}
