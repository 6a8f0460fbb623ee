import { scanText } from '../core/scan/scan';
import type { Finding } from '../core/scan/findings';
import { json, type CommandResult } from './io';

/** `authlens scan [FILE|-] [--json]`: every token and error code in the input. */
export function scanCommand(text: string, asJson: boolean): CommandResult {
  const findings = scanText(text);
  if (asJson) return { exitCode: 0, stdout: json({ findings }) };
  return { exitCode: 0, stdout: findings.map(describe).join('\n') + (findings.length ? '\n' : '') };
}

function describe(finding: Finding): string {
  const where = `line ${finding.line}, ${finding.start}-${finding.end}`;
  if (finding.kind === 'token') return `${where}  token (${finding.format})  ${finding.text.slice(0, 24)}…`;
  if (finding.kind === 'saml') return `${where}  saml (${finding.parameter ?? 'base64'})  ${finding.text.slice(0, 24)}…`;
  return `${where}  error ${finding.code} (${finding.family})`;
}
