/**
 * `explain_error`: an auth error code, or a whole response / redirect URL / log excerpt, explained from
 * the offline catalog. The answer is built from the parsed parts (error, description, ids) and the
 * catalog entries, never from the input echoed back, so codes, secrets and cookies in it stay out.
 * Pulls in the catalog: import lazily.
 */
import { lookupAll, lookupError } from '../errors/catalog/index';
import type { ErrorEntry } from '../errors/catalog/types';
import { explainText } from '../errors/explain';
import { explainInput } from '../errors/explainPolicy';
import { familyName } from '../errors/familyNames';
import type { ErrorResponseParts } from '../errors/responses/types';
import { findTokens } from '../tokens/detect';
import { scrubDeep, scrubText } from './privacy';
import type { AgentAnswer, AgentOptions } from './types';

/** Response fields worth handing on, in the order a reader wants them. */
const PART_FIELDS = [
  'error',
  'error_description',
  'error_codes',
  'error_subtype',
  'suberror',
  'status',
  'error_uri',
  'exception',
  'scheme',
  'realm',
  'scope',
  'claims',
  'resource_metadata',
  'authorization_uri',
  'acr_values',
  'max_age',
  'iss',
  'command',
  'trace_id',
  'correlation_id',
  'timestamp',
  'error_id',
] as const satisfies readonly (keyof ErrorResponseParts)[];

export function explainErrorAnswer(input: unknown, options: AgentOptions = {}): AgentAnswer {
  if (typeof input !== 'string' || input.trim() === '')
    return failed(
      'Give the error as text: a code (AADSTS50058, invalid_grant, E0000011) or the response, redirect URL or log lines that hold it.',
    );
  const mask = { maskPersonalData: options.maskPersonalData === true };
  // The one explain policy: a bare code with every family's meaning, else the response's codes, most specific first.
  const explained = explainInput(input, { explainText, lookupError, lookupAll });
  const parts = explained.ok ? explained.parts : undefined;
  const found: ErrorEntry[] = [];
  if (explained.ok) {
    for (const code of explained.codes) if (code.entry && !found.includes(code.entry)) found.push(code.entry);
    if (!parts) for (const other of explained.codes[0]?.others ?? []) if (!found.includes(other)) found.push(other);
  }
  if (found.length === 0 && !parts) {
    const hint = findTokens(input.slice(0, 256 * 1024)).length > 0 ? ' The text holds a token: use decode_token on it.' : '';
    const why = !explained.ok && explained.problem ? explained.problem.message : 'No auth error found.';
    return failed(`${why}${hint}`);
  }
  // What came from the input is scrubbed; the catalog's own prose and links are ours (a lookup URL
  // such as `…/error?code=50058` is no authorization code) and go out as written.
  const facts = scrubDeep(parts ? partFacts(parts) : {}, mask);
  const unknownCodes = explained.ok && parts ? explained.codes.filter((code) => !code.entry).map((code) => scrubText(code.code, mask)) : [];
  const structured = {
    ...(parts ? { shape: parts.shape, parts: facts } : {}),
    explanations: found.map(entryFacts),
    ...(unknownCodes.length ? { notInCatalog: unknownCodes } : {}),
  };
  const lines: string[] = [];
  if (parts) {
    lines.push(`Error response (${parts.shape}):`);
    for (const [name, value] of Object.entries(facts))
      lines.push(`- ${name}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
    lines.push('');
  }
  if (found.length === 0)
    lines.push(`No catalog entry for ${unknownCodes.join(', ') || 'this error'}; the parts above are all AuthLens can tell offline.`);
  for (const entry of found) lines.push(...entryText(entry), '');
  if (unknownCodes.length && found.length) lines.push(`Not in the offline catalog: ${unknownCodes.join(', ')}.`);
  lines.push("Explained offline from AuthLens's catalog; tokens, codes, secrets and cookies in the input are never repeated.");
  return { text: lines.join('\n').trim(), structured, isError: false };
}

function partFacts(parts: ErrorResponseParts): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  for (const field of PART_FIELDS) if (parts[field] !== undefined) facts[field] = parts[field];
  if (parts.failures?.length) facts.credentials = parts.failures.map((f) => `${f.credential} ${f.outcome}: ${f.message}`);
  return facts;
}

function entryFacts(entry: ErrorEntry) {
  return {
    code: entry.code,
    family: familyName(entry.family),
    name: entry.name,
    summary: entry.summary,
    causes: entry.causes,
    fixes: entry.fixes,
    links: entry.links,
    ...(entry.spec ? { spec: entry.spec } : {}),
    ...(entry.contexts ? { contexts: entry.contexts } : {}),
  };
}

function entryText(entry: ErrorEntry): string[] {
  const title = entry.name && entry.name !== entry.code ? `${entry.code} ${entry.name}` : entry.code;
  // The hover's order: what it means, the causes and fixes (those this response singles out first), then the rest.
  const lines = [`${title} (${familyName(entry.family)})`, entry.summary];
  if (entry.causes.length) lines.push('Likely causes:', ...entry.causes.map((cause, i) => `${i + 1}. ${cause}`));
  if (entry.fixes.length) lines.push('Fixes:', ...entry.fixes.map((fix, i) => `${i + 1}. ${fix}`));
  for (const context of entry.contexts ?? []) lines.push(`- at ${context.where}: ${context.meaning}`);
  if (entry.spec) lines.push(`Spec: ${entry.spec}`);
  if (entry.links.length) lines.push('Sources:', ...entry.links.map((link) => `- ${link.title}: ${link.url}`));
  return lines;
}

function failed(message: string): AgentAnswer {
  return { text: message, structured: { error: message }, isError: true };
}
