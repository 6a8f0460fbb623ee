/**
 * The decoded view's page body: summary, signature status with its actions, findings, header and
 * payload with each claim's meaning and time. Built with the escaping `html` template, so claim
 * values stay text. Actions are `command:` links (the panel enables exactly those commands), so the
 * page needs no script.
 */
import { jsonText } from '../../core/json';
import type { AnalyzedClaim, DecodedToken, TokenAnalysis, VerifyResult } from '../../core/tokens/index';
import { CommandId } from '../commandIds';
import { codeSpans, commandHref, html, type SafeHtml } from '../../core/render/html';
import { isWebUrl } from '../../core/render/webUrl';
import { tokenTitle, valueText } from '../../core/render/claimDisplay';
import { verdictDetail, verdictLabel, verdictLevel } from '../../core/tokens/verifyVerdict';
import { truncate } from '../../core/render/escape';

export type SignatureState = { state: 'unchecked' } | { state: 'checking' } | { state: 'checked'; result: VerifyResult };

export interface DecodedViewModel {
  decoded: DecodedToken;
  analysis: TokenAnalysis;
  signature: SignatureState;
}

/** The commands the decoded view links to: exactly the panel's `enableCommandUris`. */
export const DECODED_VIEW_COMMANDS: readonly string[] = [CommandId.verifySignature, CommandId.copyPayload, CommandId.copyValue];

/** Values longer than this are cut in the table; the raw JSON below holds them whole. */
const MAX_CELL_LENGTH = 2000;

/**
 * The panel's title. Two tokens of the same kind and subject (a token and its refreshed successor)
 * must never share one, so the title ends with the token's fingerprint when one is given.
 */
export function decodedViewTitle(analysis: TokenAnalysis, raw?: string): string {
  const subject = analysis.subject ?? analysis.audiences[0];
  const label = tokenTitle(analysis);
  return `Token: ${label}${subject ? ` (${truncate(subject, 24)})` : ''}${raw === undefined ? '' : ` #${tokenFingerprint(raw)}`}`;
}

/** Six hex digits that tell two tokens apart (FNV-1a over the whole token); says nothing of its content. */
export function tokenFingerprint(raw: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < raw.length; i++) hash = Math.imul(hash ^ raw.charCodeAt(i), 0x01000193) >>> 0;
  return (hash >>> 8).toString(16).padStart(6, '0');
}

export function buildDecodedViewBody(model: DecodedViewModel): SafeHtml {
  const { analysis, decoded } = model;
  const token = decoded.raw;
  return html`<main class="decoded">
<header>
  <h1>${tokenTitle(analysis)}</h1>
  <p class="summary">${[analysis.alg, analysis.expiryWords, `#${tokenFingerprint(token)}`].filter(Boolean).join(' · ')}</p>
  <dl class="facts">
    <dt>Provider</dt><dd>${analysis.provider.name}${analysis.provider.tenant ? html` <span class="muted">(${analysis.provider.tenant})</span>` : ''}</dd>
    <dt>Kind</dt><dd>${kindLabel(analysis)} <span class="muted">— ${analysis.kind.reason}</span></dd>
    <dt>Format</dt><dd>${formatLabel(decoded)}</dd>
    <dt>Validity</dt><dd class="validity-${analysis.validity}">${analysis.expiryWords}</dd>
  </dl>
</header>
${signatureSection(model.signature, token)}
${findingsSection(analysis)}
${sideBySide(model)}
<section class="claims" aria-label="Header">
  <h2>Header</h2>
  ${claimTable(analysis.headerClaims)}
</section>
<section class="claims" aria-label="Payload">
  <h2>Payload</h2>
  ${payloadSection(model)}
</section>
</main>`;
}

/**
 * Header and payload side by side, as the JSON they are, each top-level member with its meaning
 * beside it (and, for a time, the date and what it means now). Built line by line, every piece escaped.
 */
function sideBySide(model: DecodedViewModel): SafeHtml {
  const { analysis, decoded } = model;
  const payload = decoded.payload ?? (decoded.inner?.ok ? decoded.inner.token.payload : null);
  const payloadColumn = payload
    ? annotatedJson(payload, analysis.claims)
    : decoded.payloadText !== undefined
      ? html`<p class="muted">Not JSON: the payload as text (${decoded.payloadBytes ?? 0} bytes).</p><pre class="json">${truncate(decoded.payloadText, MAX_CELL_LENGTH)}</pre>`
      : html`<p class="muted">${
          decoded.format === 'jwe'
            ? "Encrypted: only the recipient's key can read the payload."
            : decoded.detached
              ? 'Detached: the payload is sent apart from the token, which carries only its signature.'
              : decoded.notJwt
                ? `Not JSON: ${decoded.payloadBytes ?? 0} bytes of binary data.`
                : 'No JSON payload.'
        }</p>`;
  return html`<section class="side-by-side" aria-label="Header and payload">
  <div class="json-column" aria-label="Header JSON"><h2>Header</h2>${annotatedJson(decoded.header, analysis.headerClaims)}</div>
  <div class="json-column" aria-label="Payload JSON"><h2>Payload</h2>${payloadColumn}</div>
</section>`;
}

function annotatedJson(object: Record<string, unknown>, claims: AnalyzedClaim[]): SafeHtml {
  const byName = new Map(claims.map((claim) => [claim.name, claim]));
  const entries = Object.entries(object);
  const lines = entries.map(([name, value], i) => {
    const json = `  ${JSON.stringify(name)}: ${indentRest(jsonText(value, { indent: 2, maxLength: MAX_CELL_LENGTH * 8 }))}${i < entries.length - 1 ? ',' : ''}`;
    const claim = byName.get(name);
    const meaning = claim?.title ? `${claim.title}${claim.pii ? ' (personal data)' : ''}` : '';
    const time = claim?.time ? `${claim.time.iso} · ${claim.time.words}` : '';
    return html`<div class="json-line"><code class="json-code">${truncate(json, MAX_CELL_LENGTH)}</code><span class="json-meaning">${meaning}${
      time ? html`<br><span class="muted">${time}</span>` : ''
    }</span></div>`;
  });
  return html`<div class="json"><div class="json-line"><code class="json-code">{</code><span></span></div>${lines}<div class="json-line"><code class="json-code">}</code><span></span></div></div>`;
}

/** Nested values keep their own indentation one level in. */
function indentRest(json: string): string {
  return json.replace(/\n/g, '\n  ');
}

function signatureSection(signature: SignatureState, token: string): SafeHtml {
  const actions = html`<p class="actions">
    <a class="button" href="${commandHref(CommandId.verifySignature, [token])}">Verify signature</a>
    <a class="button secondary" href="${commandHref(CommandId.copyPayload, [token])}">Copy payload</a>
    <a class="button secondary" href="${commandHref(CommandId.copyValue, [token])}">Copy token</a>
  </p>`;
  let status: SafeHtml;
  switch (signature.state) {
    case 'unchecked':
      status = html`<p class="signature unchecked">Not checked yet. Decoding never verifies anything: anyone can write these claims.</p>`;
      break;
    case 'checking':
      status = html`<p class="signature checking">Checking the signature…</p>`;
      break;
    case 'checked': {
      const { result } = signature;
      status = html`<p class="signature verdict-${verdictLevel(result.verdict)}"><strong>${verdictLabel(result.verdict)}.</strong> ${verdictDetail(result)}</p>
      ${result.notes.length ? html`<ul class="notes">${result.notes.map((note) => html`<li>${note}</li>`)}</ul>` : ''}`;
      break;
    }
  }
  return html`<section class="signature-section" aria-label="Signature"><h2>Signature</h2>${status}${actions}</section>`;
}

function findingsSection(analysis: TokenAnalysis): SafeHtml {
  if (analysis.findings.length === 0) return html`<section aria-label="Findings"><h2>Findings</h2><p>Nothing looks wrong.</p></section>`;
  return html`<section aria-label="Findings"><h2>Findings</h2><ul class="findings">${analysis.findings.map(
    (note) => html`<li class="severity-${note.severity}"><span class="severity">${note.severity}</span> ${note.message}</li>`,
  )}</ul></section>`;
}

function payloadSection(model: DecodedViewModel): SafeHtml {
  const { analysis, decoded } = model;
  if (analysis.claims.length > 0) return claimTable(analysis.claims);
  if (decoded.format === 'jwe') return html`<p>The payload is encrypted (JWE): it can only be read with the recipient's key.</p>`;
  return html`<p>The payload holds no claims.</p>`;
}

function claimTable(claims: AnalyzedClaim[]): SafeHtml {
  if (claims.length === 0) return html`<p class="muted">(empty)</p>`;
  return html`<table><thead><tr><th>Claim</th><th>Value</th><th>Meaning</th></tr></thead><tbody>${claims.map(claimRow)}</tbody></table>`;
}

function claimRow(claim: AnalyzedClaim): SafeHtml {
  const text = valueText(claim.value, MAX_CELL_LENGTH + 1);
  const value = truncate(text, MAX_CELL_LENGTH);
  const structured = typeof claim.value === 'object' && claim.value !== null;
  return html`<tr>
  <td class="name"><code>${claim.name}</code></td>
  <td class="value">${structured ? html`<pre>${jsonText(claim.value, { indent: 2, maxLength: MAX_CELL_LENGTH })}</pre>` : html`<code>${value}</code>`}${
    claim.time
      ? html`<div class="time"><span>${claim.time.iso}</span> · <span>${claim.time.local}</span><br><strong>${claim.time.words}</strong></div>`
      : ''
  }</td>
  <td class="meaning">${claim.title ? html`<strong>${claim.title}</strong>${claim.pii ? html` <span class="tag">personal data</span>` : ''}` : html`<span class="muted">not in the catalog</span>`}${
    claim.description ? html`<div>${codeSpans(claim.description)}</div>` : ''
  }${
    claim.otherMeanings?.length
      ? html`<div class="muted">Elsewhere: ${claim.otherMeanings.map((m) => `${m.provider}: ${m.title}`).join('; ')}</div>`
      : ''
  }${claim.source ? html`<div class="source"><a href="${safeUrl(claim.source)}">source</a></div>` : ''}</td>
</tr>`;
}

function kindLabel(analysis: TokenAnalysis): string {
  const subject = analysis.kind.subjectType === 'app' ? ' (app-only)' : analysis.kind.subjectType === 'user' ? ' (user)' : '';
  return `${analysis.kind.kind.replace('_', ' ')}${subject}`;
}

function formatLabel(decoded: DecodedToken): string {
  const base = decoded.format === 'jws' ? 'JWS (signed)' : decoded.format === 'jwe' ? 'JWE (encrypted)' : 'unsecured (alg none)';
  return `${base}${decoded.nested ? ', nested token (cty JWT)' : ''}${decoded.sentAsBearer ? ', sent as Bearer' : ''}`;
}

/** Catalog sources are ours, but the rule is the hovers' one: only https links become links. */
function safeUrl(url: string): string {
  return isWebUrl(url) ? url : '#';
}
