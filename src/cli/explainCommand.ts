import { lookupAll, lookupError } from '../core/errors/catalog/index';
import type { ErrorEntry, ErrorFamily } from '../core/errors/catalog/types';
import { familyName } from '../core/errors/familyNames';
import { failure, json, shownArgument, type CommandResult } from './io';
import { explainText } from '../core/errors/explain';
import { explainInput, explainResponse, type ExplainCatalog, type ExplainedCode } from '../core/errors/explainPolicy';
import { responseFacts, shapeName } from '../core/errors/responseFacts';
import { redact } from '../core/redact';

/**
 * `authlens explain CODE [--json]`: the catalog's explanation, offline. Takes a bare code
 * (`AADSTS50058`, `50058`, `invalid_grant`, `E0000011`) or a line of error text, whose first code is explained.
 */
export function explainCommand(input: string, asJson: boolean): CommandResult {
  // The one policy: a bare code as it is, a line of text through the response parser (its most specific code first).
  const explained = explainInput(input, CATALOG);
  const found = explained.ok ? explained.codes.find((code) => code.entry) : undefined;
  const best = found?.entry;
  if (!found || !best) {
    return failure(
      'unknown_code',
      `unknown error code ${shownArgument(input)}: not in the offline catalog (try AADSTS50058, invalid_grant, E0000011)`,
      asJson,
    );
  }
  const alsoIn = found.others.map((entry) => entry.family);
  if (asJson) {
    return {
      exitCode: 0,
      stdout: json({
        code: best.code,
        family: best.family,
        name: best.name,
        summary: best.summary,
        causes: best.causes,
        fixes: best.fixes,
        links: best.links,
        ...(best.spec ? { spec: best.spec } : {}),
        ...(best.contexts ? { contexts: best.contexts } : {}),
        alsoIn,
      }),
    };
  }
  return { exitCode: 0, stdout: humanText(best, alsoIn) };
}

/**
 * `authlens explain -` / `authlens explain FILE`: a whole response or log excerpt, explained with its
 * parts (ids, timestamp, sub-error, claims challenge) through the same policy as the editor's
 * Explain view. Values that look like secrets are redacted in the human-readable output.
 */
export function explainTextCommand(
  text: string,
  from: string,
  asJson: boolean,
  options: { now?: number; timeZone?: string } = {},
): CommandResult {
  const explained = explainResponse(text, CATALOG);
  if (!explained.ok) {
    const why = explained.problem?.code === 'input_too_large' ? ` (${explained.problem.message})` : '';
    return failure(explained.problem?.code ?? 'no_error_found', `no auth error code found in ${from}${why}`, asJson);
  }
  const { parts, codes } = explained;
  if (asJson) {
    return {
      exitCode: 0,
      stdout: json({
        from,
        parts,
        codes: codes.map((found) => ({
          code: found.code,
          family: found.family,
          entry: found.entry ? entryJson(found.entry) : null,
          alsoIn: found.others.map((other) => other.family),
        })),
      }),
    };
  }
  // The hover's order: each code explained (the causes and fixes that apply first), then the response's parts.
  const lines: string[] = [`${shapeName(parts.shape)} in ${from}`];
  codes.forEach((found: ExplainedCode) => {
    lines.push('', '—'.repeat(8), '');
    if (found.entry)
      lines.push(
        humanText(
          found.entry,
          found.others.map((other) => other.family),
        ).trimEnd(),
      );
    else lines.push(`${found.code}  (${familyName(found.family)}): not in the offline catalog.`);
  });
  const facts = responseFacts(parts, { ...options, maxValueLength: 400 });
  if (facts.length > 0) lines.push('', '—'.repeat(8), '', 'The response:');
  const width = Math.min(30, Math.max(0, ...facts.map((fact) => fact.label.length)));
  for (const fact of facts) {
    const value = fact.block ? fact.value.split('\n').join(`\n  ${' '.repeat(width)}  `) : fact.value;
    lines.push(`  ${fact.label.padEnd(width)}  ${redact(value)}`);
    if (fact.detail) lines.push(`  ${' '.repeat(width)}  ${redact(fact.detail)}`);
  }
  return { exitCode: 0, stdout: `${lines.join('\n')}\n` };
}

const CATALOG: ExplainCatalog = { explainText, lookupError, lookupAll };

function entryJson(entry: ErrorEntry) {
  return {
    code: entry.code,
    family: entry.family,
    name: entry.name,
    summary: entry.summary,
    causes: entry.causes,
    fixes: entry.fixes,
    links: entry.links,
    ...(entry.spec ? { spec: entry.spec } : {}),
    ...(entry.contexts ? { contexts: entry.contexts } : {}),
  };
}

function humanText(entry: ErrorEntry, alsoIn: ErrorFamily[]): string {
  const lines: string[] = [];
  const title = entry.name && entry.name !== entry.code ? `${entry.code}  ${entry.name}` : entry.code;
  lines.push(`${title}  (${familyName(entry.family)})`, '', entry.summary);
  // What to read first right after the summary: causes and fixes, the response's own ones first.
  if (entry.causes.length) {
    lines.push('', 'Likely causes:');
    entry.causes.forEach((cause, i) => lines.push(`  ${i + 1}. ${cause}`));
  }
  if (entry.fixes.length) {
    lines.push('', 'What to do:');
    entry.fixes.forEach((fix, i) => lines.push(`  ${i + 1}. ${fix}`));
  }
  if (entry.contexts?.length) {
    lines.push('', 'Meaning by where it appears:');
    for (const context of entry.contexts) lines.push(`  - ${context.where}: ${context.meaning}`);
  }
  if (entry.spec) lines.push('', `Spec: ${entry.spec}`);
  if (entry.links.length) {
    lines.push('', 'Read more:');
    for (const link of entry.links) lines.push(`  - ${link.title}: ${link.url}`);
  }
  if (alsoIn.length) lines.push('', `Also defined by: ${alsoIn.map((family) => familyName(family)).join(', ')}`);
  return `${lines.join('\n')}\n`;
}
