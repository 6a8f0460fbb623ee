/**
 * The error hover as markdown, in the order a reader needs it on the first screen: the code, what it
 * means, the causes and fixes that apply to this response (those its description, sub-error, codes or
 * step single out first; `core/errors/ranking.ts`), then this response's ids and time to copy, then
 * references. Nothing twice: the code, its `error` field, its description and `error_codes` are on the
 * line already or in the heading. Pure, so the escaping can be unit-tested: every value from the
 * document is escaped, and the only command links are the ones built here.
 */
import type { ErrorResponseParts } from '../../core/errors/responses/types';
import type { ErrorHoverInput } from '../../core/errors/hoverTarget';
import { CommandId } from '../commandIds';
import { familyName } from '../../core/errors/familyNames';
import { mdCatalogText, mdCodeBlock, mdCommandTarget, mdText, mdWebLink } from '../views/markdownText';
import { referenceLinks } from '../../core/errors/referenceLinks';
import {
  responseFacts,
  shapeName,
  type ResponseFact,
  type ResponseFactKey,
  type ResponseFactOptions,
} from '../../core/errors/responseFacts';
import { truncate } from '../../core/render/escape';

export type { ErrorHoverInput };

/** The command ids the hover links to: exactly the list its MarkdownString trusts. */
export const ERROR_HOVER_COMMANDS: readonly CommandId[] = [CommandId.copyValue, CommandId.explainError];

export interface ErrorHoverOptions extends ResponseFactOptions {
  /** Causes and fixes shown; the rest are counted ("2 of 9") and shown in the Explain view. */
  maxListItems?: number;
}

/** Two of each fit the first screen of a hover at its default size with the summary above them. */
export const HOVER_MAX_LIST_ITEMS = 2;
const HOVER_MAX_VALUE = 300;
const HOVER_MAX_CLAIMS = 1200;
/** Longer explain arguments are left out of the link; the link then explains the code alone. */
export const HOVER_MAX_EXPLAIN_ARGUMENT = 4096;

/** The ids and time support asks for, first in the response section. */
const HOVER_ID_FACTS: readonly ResponseFactKey[] = ['trace_id', 'correlation_id', 'error_id', 'timestamp'];
/** Then what else the response says that the explanation does not. */
const HOVER_OTHER_FACTS: readonly ResponseFactKey[] = [
  'suberror',
  'error_subtype',
  'status',
  'realm',
  'scope',
  'acr_values',
  'command',
  'claims',
];

export function buildErrorHover(input: ErrorHoverInput, options: ErrorHoverOptions = {}): string {
  const out: string[] = [heading(input)];
  const entry = input.entry;
  if (entry) {
    const summary = mdCatalogText(entry.summary);
    out.push(input.inErrorContext ? summary : `*${mdText('If this is an OAuth error:')}* ${summary}`);
    const max = options.maxListItems ?? HOVER_MAX_LIST_ITEMS;
    out.push(list('Likely causes', entry.causes, input.leadCauses ?? 0, max));
    out.push(list('Fixes', entry.fixes, input.leadFixes ?? 0, max));
  } else {
    out.push(mdText('AuthLens has no offline explanation for this code.'));
  }
  // This occurrence's ids and time, after the advice: the first screen is for what to do.
  if (input.response) out.push(responseSection(input, input.response, options));
  if (entry?.spec) out.push(`*${mdText(`Defined in ${entry.spec}.`)}*`);
  const links = referenceLinks(input.code, entry);
  if (links.length > 0)
    out.push(
      `**References:** ${links
        .slice(0, 4)
        .map((link) => mdWebLink(link.title, link.url))
        .join(' · ')}`,
    );
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

/**
 * The causes (or fixes) worth reading first: those this response singled out when there are any, else
 * the catalog's most common ones; how many more there are is said in the title, not on a line of its own.
 */
function list(title: string, items: readonly string[], lead: number, max: number): string {
  if (items.length === 0) return '';
  const shown = items.slice(0, lead > 0 ? Math.min(lead, max) : max);
  const count = shown.length < items.length ? ` *(${shown.length} of ${items.length})*` : '';
  return `**${title}**${count}\n${shown.map((item) => `- ${mdCatalogText(item)}`).join('\n')}`;
}

function responseSection(input: ErrorHoverInput, parts: ErrorResponseParts, options: ErrorHoverOptions): string {
  const facts = responseFacts(parts, { ...options, maxValueLength: HOVER_MAX_CLAIMS });
  const pick = (keys: readonly ResponseFactKey[]): ResponseFact[] => keys.flatMap((key) => facts.filter((fact) => fact.key === key));
  const shown = [...pick(HOVER_ID_FACTS), ...pick(HOVER_OTHER_FACTS)]
    // A suberror explained as a code of its own is listed with the other codes.
    .filter(
      (fact) => !((fact.key === 'suberror' || fact.key === 'error_subtype') && fact.value.toLowerCase() === input.code.toLowerCase()),
    );
  // Codes not on screen already: not the hovered one; the `error` field and `error_codes` numbers are codes too.
  const hovered = input.code.toLowerCase();
  const others: string[] = [];
  for (const code of [
    parts.error ?? '',
    ...parts.codes.map((found) => found.code),
    ...(parts.error_codes ?? []).map((n) => `AADSTS${n}`),
  ]) {
    if (code !== '' && code.toLowerCase() !== hovered && !others.some((known) => known.toLowerCase() === code.toLowerCase()))
      others.push(code);
  }
  const lines = shown.filter((fact) => !fact.block).map(factLine);
  if (others.length > 0) lines.push(`- **${mdText('Other codes')}:** ${others.slice(0, 8).map(mdText).join(', ')}`);
  const blocks = shown
    .filter((fact) => fact.block)
    .map((fact) => `**${mdText(fact.label)}**\n\n${mdCodeBlock(fact.value, fact.key === 'claims' ? 'json' : '')}`);
  if (lines.length === 0 && blocks.length === 0) return '';
  const title = `**${mdText(`In this ${shapeName(parts.shape)}`)}**`;
  return ['---', lines.length > 0 ? `${title}\n${lines.join('\n')}` : title, ...blocks].join('\n\n');
}

function factLine(fact: ResponseFact): string {
  const value = truncate(fact.value, HOVER_MAX_VALUE);
  let line = `- **${mdText(fact.label)}:** ${mdText(value)}`;
  if (fact.copy) line += ` [$(copy)](${mdCommandTarget(CommandId.copyValue, fact.value)} "Copy ${fact.label}")`;
  if (fact.detail) line += ` · ${mdText(fact.detail)}`;
  return line;
}

function explainLink(input: ErrorHoverInput): string {
  const argument =
    input.explainArgument !== undefined && input.explainArgument.length <= HOVER_MAX_EXPLAIN_ARGUMENT ? input.explainArgument : input.code;
  return `[$(question) Explain in full](${mdCommandTarget(CommandId.explainError, argument)} "Open the Explain view")`;
}
