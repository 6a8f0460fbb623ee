/**
 * The Explain view's page body, in the hover's order: every code explained (summary, the causes and
 * fixes this response singles out first, then the rest), then the response's parts (ids, time, claims)
 * and the text explained. Pure, so it
 * can be unit-tested: everything is built with the escaping `html` template, the only links are
 * https references and `command:` links to the commands the panel enables, and there is no script.
 */
import type { ErrorEntry } from '../../core/errors/catalog/types';
import { CommandId } from '../commandIds';
import { codeSpans, commandHref, html, type SafeHtml } from '../../core/render/html';
import { familyName } from '../../core/errors/familyNames';
import { isWebUrl } from '../../core/render/webUrl';
import { referenceLinks } from '../../core/errors/referenceLinks';
import { responseFacts, shapeName, type ResponseFact, type ResponseFactOptions } from '../../core/errors/responseFacts';
import { truncate } from '../../core/render/escape';

/** The commands the page links to: exactly the panel's `enableCommandUris`. */
export const EXPLAIN_VIEW_COMMANDS: readonly CommandId[] = [CommandId.copyValue];

export type { ExplainedCode } from '../../core/errors/explainPolicy';
import type { ExplainedCode } from '../../core/errors/explainPolicy';
import type { ExplainViewModel } from '../../core/errors/explainModel';

export type { ExplainViewModel };

const MAX_SOURCE_SHOWN = 4000;

/** Named after the most specific code: `AADSTS70008` says more than the `invalid_grant` beside it. */
export function explainViewTitle(model: ExplainViewModel): string {
  const first = (model.codes.find((found) => found.family !== 'oauth') ?? model.codes[0])?.code ?? model.parts.error;
  return first ? `Explain: ${truncate(first, 40)}` : 'Explain Auth Error';
}

export function buildExplainViewBody(model: ExplainViewModel, options: ResponseFactOptions = {}): SafeHtml {
  const facts = responseFacts(model.parts, options);
  const codeList = model.codes.map((found) => found.code).join(', ');
  return html`<main class="explain">
<header>
<h1>${explainViewTitle(model).replace(/^Explain: /, '')}</h1>
<p class="source">${`${capitalise(shapeName(model.parts.shape))} from ${model.source.from}`}${codeList ? ` · ${plural(model.codes.length, 'code')}: ${codeList}` : ''}</p>
</header>
${
  model.codes.length === 0
    ? html`<section class="code"><p>${'AuthLens found no error code in this text it can explain; the parts below are all it could read.'}</p></section>`
    : model.codes.map(codeHtml)
}
${facts.length > 0 ? html`<section class="parts"><h2>The response</h2><dl>${facts.map(factHtml)}</dl></section>` : ''}
<details class="source-text"><summary>Text explained</summary><pre>${truncate(model.source.text, MAX_SOURCE_SHOWN)}</pre></details>
</main>`;
}

function factHtml(fact: ResponseFact): SafeHtml {
  const value = fact.block
    ? html`<pre>${fact.value}</pre>`
    : fact.url && isWebUrl(fact.value)
      ? html`<a href="${fact.value}">${fact.value}</a>`
      : fact.prose
        ? html`<span>${fact.value}</span>`
        : html`<code>${fact.value}</code>`;
  const copy = fact.copy
    ? html` <a class="copy" href="${commandHref(CommandId.copyValue, fact.value)}" title="${`Copy ${fact.label}`}">Copy</a>`
    : '';
  const detail = fact.detail ? html`<div class="detail">${fact.block ? `As sent: ${fact.detail}` : fact.detail}</div>` : '';
  return html`<dt>${fact.label}</dt><dd data-key="${fact.key}">${value}${copy}${detail}</dd>`;
}

function codeHtml(found: ExplainedCode): SafeHtml {
  const entry = found.entry;
  const links = referenceLinks(found.code, entry);
  const title = html`<h2><code>${entry?.code ?? found.code}</code> <span class="family">${familyName(entry?.family ?? found.family)}</span></h2>`;
  if (!entry) {
    return html`<section class="code">${title}<p>${'AuthLens has no offline explanation for this code.'}</p>${linksHtml(links)}</section>`;
  }
  return html`<section class="code">${title}
${entry.name && entry.name !== entry.code ? html`<p class="name">${entry.name}</p>` : ''}
<p class="summary">${codeSpans(entry.summary)}</p>
${entry.causes.length > 0 ? html`<h3>Likely causes</h3><ul>${entry.causes.map((cause, i) => itemHtml(cause, i < found.leadCauses))}</ul>` : ''}
${entry.fixes.length > 0 ? html`<h3>Fixes</h3><ol>${entry.fixes.map((fix, i) => itemHtml(fix, i < found.leadFixes))}</ol>` : ''}
${
  entry.contexts && entry.contexts.length > 0
    ? html`<h3>Meaning by endpoint</h3><dl>${entry.contexts.map((context) => html`<dt>${context.where}</dt><dd>${codeSpans(context.meaning)}</dd>`)}</dl>`
    : ''
}
${entry.spec ? html`<p class="spec">Defined in ${entry.spec}.</p>` : ''}
${linksHtml(links)}
${found.others.length > 0 ? othersHtml(found.others) : ''}
</section>`;
}

/** A cause or fix; the ones this response singles out say so. */
function itemHtml(text: string, applies: boolean): SafeHtml {
  return applies
    ? html`<li class="applies">${codeSpans(text)} <span class="applies-note">${'fits this response'}</span></li>`
    : html`<li>${codeSpans(text)}</li>`;
}

function linksHtml(links: { title: string; url: string }[]): SafeHtml | '' {
  if (links.length === 0) return '';
  return html`<h3>References</h3><ul class="links">${links.map((link) => html`<li><a href="${link.url}">${link.title}</a></li>`)}</ul>`;
}

function othersHtml(others: ErrorEntry[]): SafeHtml {
  const names = [...new Set(others.map((other) => familyName(other.family)))].join(', ');
  return html`<details class="others"><summary>${`The same code at ${names}`}</summary>${others.map(
    (other) =>
      html`<h3>${familyName(other.family)}${other.name && other.name !== other.code ? ` · ${other.name}` : ''}</h3><p>${codeSpans(other.summary)}</p>`,
  )}</details>`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
