/**
 * The error hover as markdown: the code's explanation (heading, summary, causes, fixes, references)
 * and, when the code sits in a parsed response, that response's parts with copy actions. Pure, so the
 * escaping can be unit-tested: every value from the document is escaped, and the only command links
 * are the ones built here.
 */
import type { ErrorEntry } from '../../core/errors/catalog/types';
import type { ErrorResponseParts } from '../../core/errors/responses/types';
import { CommandId } from '../commandIds';
import { familyName } from '../../core/errors/familyNames';
import { mdCatalogText, mdCodeBlock, mdCommandTarget, mdText, mdWebLink } from '../views/markdownText';
import { referenceLinks } from './referenceLinks';
import { responseFacts, shapeName, type ResponseFact, type ResponseFactKey, type ResponseFactOptions } from './responseFacts';
import { truncate } from '../../core/render/escape';

/** The command ids the hover links to: exactly the list its MarkdownString trusts. */
export const ERROR_HOVER_COMMANDS: readonly CommandId[] = [CommandId.copyValue, CommandId.explainError];

export interface ErrorHoverInput {
  /** The code under the mouse, as recognised (`AADSTS700082`, `invalid_grant`). */
  code: string;
  /** The family the recogniser attributed it to. */
  family: string;
  /** The catalog's best entry, when it has one. */
  entry?: ErrorEntry;
  /** Other families that use the same code (`invalid_grant`: MSAL, Auth0 …). */
  otherFamilies?: readonly string[];
  /** False for a bare word the user pointed at outside any error field, message or parameter. */
  inErrorContext: boolean;
  /** The response the code sits in, when the line (or the JSON body around it) parsed as one. */
  response?: ErrorResponseParts;
  /** Text for the "Explain" link (the response or the line); omitted when too long to carry. */
  explainArgument?: string;
}

export interface ErrorHoverOptions extends ResponseFactOptions {
  /** Causes and fixes shown before "and N more". */
  maxListItems?: number;
}

export const HOVER_MAX_LIST_ITEMS = 3;
const HOVER_MAX_VALUE = 300;
const HOVER_MAX_CLAIMS = 1200;
/** Longer explain arguments are left out of the link; the link then explains the code alone. */
export const HOVER_MAX_EXPLAIN_ARGUMENT = 4096;

/** The parts the hover shows; the Explain view shows them all. */
const HOVER_FACTS: ReadonlySet<ResponseFactKey> = new Set([
  'error', 'error_description', 'error_codes', 'suberror', 'error_subtype', 'status', 'realm', 'scope', 'acr_values',
  'trace_id', 'correlation_id', 'error_id', 'timestamp', 'claims', 'command',
]);
/** The server's description is shown shortened: the Explain view has it whole. */
const HOVER_MAX_DESCRIPTION = 200;

export function buildErrorHover(input: ErrorHoverInput, options: ErrorHoverOptions = {}): string {
  const out: string[] = [heading(input)];
  const entry = input.entry;
  if (entry) {
    const summary = mdCatalogText(entry.summary);
    out.push(input.inErrorContext ? summary : `*${mdText('If this is an OAuth error:')}* ${summary}`);
  } else {
    out.push(mdText('AuthLens has no offline explanation for this code.'));
  }
  // This occurrence's ids and time come before the general advice: they are what is copied, and a
  // long hover would otherwise hide them below the fold.
  if (input.response) out.push(responseSection(input, input.response, options));
  if (entry) {
    const max = options.maxListItems ?? HOVER_MAX_LIST_ITEMS;
    out.push(list('Likely causes', entry.causes, max));
    out.push(list('Fixes', entry.fixes, max));
    if (entry.spec) out.push(`*${mdText(`Defined in ${entry.spec}.`)}*`);
  }
  const links = referenceLinks(input.code, entry);
  if (links.length > 0) out.push(`**References:** ${links.slice(0, 4).map((link) => mdWebLink(link.title, link.url)).join(' · ')}`);
  if (input.otherFamilies && input.otherFamilies.length > 0) {
    out.push(`*${mdText(`Also used by ${input.otherFamilies.map(familyName).join(', ')}; the Explain view shows every meaning.`)}*`);
  }
  out.push(explainLink(input));
  return out.filter((piece) => piece.length > 0).join('\n\n');
}

function heading(input: ErrorHoverInput): string {
  const pieces = [input.entry?.code ?? input.code, familyName(input.entry?.family ?? input.family)];
  if (input.entry && input.entry.name && input.entry.name !== input.entry.code) pieces.push(input.entry.name);
  return `#### ${pieces.map(mdText).join(' · ')}`;
}

function list(title: string, items: readonly string[], max: number): string {
  if (items.length === 0) return '';
  const shown = items.slice(0, max).map((item) => `- ${mdCatalogText(item)}`);
  if (items.length > max) shown.push(`- *${mdText(`…and ${items.length - max} more in the Explain view.`)}*`);
  return `**${title}**\n\n${shown.join('\n')}`;
}

function responseSection(input: ErrorHoverInput, parts: ErrorResponseParts, options: ErrorHoverOptions): string {
  const facts = responseFacts(parts, { ...options, maxValueLength: HOVER_MAX_CLAIMS })
    .filter((fact) => HOVER_FACTS.has(fact.key))
    // The hovered code is the heading already.
    .filter((fact) => !(fact.key === 'error' && fact.value === input.code));
  // Codes not already on screen: not the hovered one, not the `error` field, not an `error_codes` number.
  const shown = new Set([input.code, parts.error ?? '', ...(parts.error_codes ?? []).map((n) => `AADSTS${n}`)].map((code) => code.toLowerCase()));
  const others = parts.codes.map((found) => found.code).filter((code) => !shown.has(code.toLowerCase()));
  const lines = facts.filter((fact) => !fact.block).map(factLine);
  if (others.length > 0) lines.push(`- **${mdText('Other codes')}:** ${others.slice(0, 8).map(mdText).join(', ')}`);
  const blocks = facts.filter((fact) => fact.block).map((fact) => `**${mdText(fact.label)}**\n\n${mdCodeBlock(fact.value, fact.key === 'claims' ? 'json' : '')}`);
  if (lines.length === 0 && blocks.length === 0) return '';
  return [`**${mdText(`In this ${shapeName(parts.shape)}`)}**`, lines.join('\n'), ...blocks, '---'].filter(Boolean).join('\n\n');
}

function factLine(fact: ResponseFact): string {
  const max = fact.key === 'error_description' ? HOVER_MAX_DESCRIPTION : HOVER_MAX_VALUE;
  const value = truncate(fact.value, max);
  let line = `- **${mdText(fact.label)}:** ${mdText(value)}`;
  if (fact.copy) line += ` [$(copy)](${mdCommandTarget(CommandId.copyValue, fact.value)} "Copy ${fact.label}")`;
  if (fact.detail) line += ` · ${mdText(fact.detail)}`;
  return line;
}

function explainLink(input: ErrorHoverInput): string {
  const argument = input.explainArgument !== undefined && input.explainArgument.length <= HOVER_MAX_EXPLAIN_ARGUMENT
    ? input.explainArgument
    : input.code;
  return `[$(question) Explain in full](${mdCommandTarget(CommandId.explainError, argument)} "Open the Explain view")`;
}
