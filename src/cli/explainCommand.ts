import { lookupAll } from '../core/errors/catalog/index';
import type { ErrorEntry, ErrorFamily } from '../core/errors/catalog/types';
import { findErrors } from '../core/errors/recognize';
import { familyName } from '../core/errors/familyNames';
import { failure, json, shownArgument, type CommandResult } from './io';

/**
 * `authlens explain CODE [--json]`: the catalog's explanation, offline. Takes a bare code
 * (`AADSTS50058`, `50058`, `invalid_grant`, `E0000011`) or a line of error text, whose first code is explained.
 */
export function explainCommand(input: string, asJson: boolean): CommandResult {
  const entries = resolve(input);
  const best = entries[0];
  if (!best) {
    return failure('unknown_code', `unknown error code ${shownArgument(input)}: not in the offline catalog (try AADSTS50058, invalid_grant, E0000011)`, asJson);
  }
  const alsoIn = entries.slice(1).map((entry) => entry.family);
  if (asJson) {
    return {
      exitCode: 0,
      stdout: json({
        code: best.code, family: best.family, name: best.name, summary: best.summary,
        causes: best.causes, fixes: best.fixes, links: best.links,
        ...(best.spec ? { spec: best.spec } : {}),
        ...(best.contexts ? { contexts: best.contexts } : {}),
        alsoIn,
      }),
    };
  }
  return { exitCode: 0, stdout: humanText(best, alsoIn) };
}

function resolve(input: string): ErrorEntry[] {
  const code = input.trim();
  // A bare number can only be an Entra code (`AADSTS` left off); Okta's codes keep their `E`.
  const direct = lookupAll(code, /^\d{4,8}$/.test(code) ? 'entra' : undefined);
  if (direct.length > 0) return direct;
  for (const match of findErrors(input)) {
    const found = lookupAll(match.code, match.family);
    if (found.length > 0) return found;
  }
  return [];
}

function humanText(entry: ErrorEntry, alsoIn: ErrorFamily[]): string {
  const lines: string[] = [];
  const title = entry.name && entry.name !== entry.code ? `${entry.code}  ${entry.name}` : entry.code;
  lines.push(`${title}  (${familyName(entry.family)})`, '', entry.summary);
  if (entry.spec) lines.push('', `Spec: ${entry.spec}`);
  if (entry.contexts?.length) {
    lines.push('', 'Meaning by where it appears:');
    for (const context of entry.contexts) lines.push(`  - ${context.where}: ${context.meaning}`);
  }
  if (entry.causes.length) {
    lines.push('', 'Likely causes:');
    entry.causes.forEach((cause, i) => lines.push(`  ${i + 1}. ${cause}`));
  }
  if (entry.fixes.length) {
    lines.push('', 'What to do:');
    entry.fixes.forEach((fix, i) => lines.push(`  ${i + 1}. ${fix}`));
  }
  if (entry.links.length) {
    lines.push('', 'Read more:');
    for (const link of entry.links) lines.push(`  - ${link.title}: ${link.url}`);
  }
  if (alsoIn.length) lines.push('', `Also defined by: ${alsoIn.map((family) => familyName(family)).join(', ')}`);
  return `${lines.join('\n')}\n`;
}
