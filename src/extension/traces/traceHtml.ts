/**
 * The HAR trace view's HTML, built without `vscode` (unit-tested in Node): the checks on top, failed
 * first; then the timeline of the sign-in legs, each a <details> that opens to its decoded tokens,
 * explained errors, SAML messages and the raw request and response with secrets masked. No script:
 * <details> does the opening, so the view works with scripts off and in Restricted Mode.
 */
import { splitScheme } from '../../core/har/sanitize';
import type { Entry } from 'har-format';
import type { HarAnalysis, HarExchange } from '../../core/har/types';
import { html, type SafeHtml } from '../../core/render/html';
import { redact, mask } from '../../core/redact';
import { truncate } from '../../core/render/escape';

const SECRET_HEADERS = /^(?:authorization|proxy-authorization|cookie|set-cookie|dpop|x-api-key|api-key)$/i;
const MAX_OTHER = 2000;

export function traceBody(name: string, analysis: HarAnalysis, entries: readonly Entry[], options: { reveal?: boolean } = {}): SafeHtml {
  const failed = analysis.checks.filter((c) => !c.ok).length;
  const legs = analysis.exchanges.filter((x) => x.auth || x.role === 'api' || analysis.errors.some((e) => e.entry === x.entry));
  const others = analysis.exchanges.filter((x) => !legs.includes(x));
  return html`<h1>${name}</h1>
<p class="meta">${analysis.entries} requests${analysis.creator ? ` · recorded by ${analysis.creator}` : ''} · ${legs.length} sign-in legs and API calls · ${analysis.tokens.length} tokens · ${analysis.errors.length} errors</p>
${analysis.notes.map((note) => html`<p class="note">${note}</p>`)}
<h2>Checks <span class="count">${failed} failed, ${analysis.checks.length - failed} passed</span></h2>
${analysis.checks.length === 0 ? html`<p>No sign-in flow recognised in this trace.</p>` : html`<table class="checks">${analysis.checks.map((c) => html`<tr class="${c.ok ? 'ok' : 'fail'}"><td class="verdict">${c.ok ? '✓ ok' : '✗ failed'}</td><td><code>${c.id}</code></td><td>${c.entry === null ? '' : html`<a href="#entry-${c.entry}">#${c.entry}</a>`}</td><td>${c.message}</td></tr>`)}</table>`}
<h2>Timeline</h2>
<div class="timeline">${legs.map((x) => leg(x, analysis, entries[x.entry], options.reveal === true))}</div>
${others.length > 0 ? html`<details class="others"><summary>${others.length} other requests (scripts, images, pages)</summary><ul>${others.slice(0, MAX_OTHER).map((x) => html`<li>${row(x)}</li>`)}${others.length > MAX_OTHER ? html`<li>…and ${others.length - MAX_OTHER} more</li>` : ''}</ul></details>` : ''}
<p class="footer">${options.reveal ? 'Secrets are shown in the raw requests and responses.' : 'Secrets are masked.'} Nothing was verified or sent anywhere.</p>`;
}

function row(x: HarExchange): SafeHtml {
  const status = x.status === 0 ? 'failed' : String(x.status);
  return html`<span class="num">#${x.entry}</span> <span class="role role-${x.role}">${x.role}</span> <span class="method">${x.method}</span> <span class="status s${String(x.status).charAt(0)}">${status}</span> <span class="host">${x.host}</span><span class="path">${truncate(x.path, 80)}</span> <span class="time">${Math.round(x.time)} ms</span>`;
}

function leg(x: HarExchange, analysis: HarAnalysis, entry: Entry | undefined, reveal: boolean): SafeHtml {
  const tokens = analysis.tokens.filter((t) => t.entry === x.entry);
  const errors = analysis.errors.filter((e) => e.entry === x.entry);
  const saml = analysis.saml.filter((s) => s.entry === x.entry);
  const failed = analysis.checks.filter((c) => c.entry === x.entry && !c.ok);
  return html`<details class="leg${x.auth ? ' auth' : ''}${errors.length || failed.length ? ' has-error' : ''}" id="entry-${x.entry}">
<summary>${row(x)}${tokens.length ? html` <span class="badge">${tokens.length} token${tokens.length > 1 ? 's' : ''}</span>` : ''}${errors.length ? html` <span class="badge error">${errors.map((e) => e.code).join(', ')}</span>` : ''}</summary>
<div class="leg-body">
<p class="url"><code>${x.method} ${x.url}</code></p>
${errors.length ? html`<h3>Errors</h3>${errors.map((e) => html`<div class="error-box"><strong>${e.code}</strong> <span class="family">${e.family}</span> <span class="where">${e.where}</span><p>${e.summary}</p>${e.description ? html`<p class="description">“${e.description}”</p>` : ''}</div>`)}` : ''}
${failed.length ? html`<h3>Failed checks</h3><ul>${failed.map((c) => html`<li><code>${c.id}</code> ${c.message}</li>`)}</ul>` : ''}
${tokens.length ? html`<h3>Tokens</h3><table class="tokens">${tokens.map((t) => html`<tr><td><code>${t.where}</code></td><td>${t.format}</td><td><code>${mask(t.text)}</code></td><td>${t.claims ? Object.entries(t.claims).map(([k, v]) => html`<span class="claim"><b>${k}</b> ${claimValue(k, v)}</span> `) : ''}</td></tr>`)}</table>` : ''}
${saml.length ? html`<h3>SAML</h3>${saml.map((s) => html`<div class="saml"><p><strong>${s.kind}</strong> ${s.binding ?? ''} · issuer ${s.issuer ?? '—'} · ID ${s.id ?? '—'}${s.inResponseTo ? ` · InResponseTo ${s.inResponseTo}` : ''}</p>${s.statusCodes.length ? html`<p>Status: ${s.statusCodes.join(' / ')}</p>` : ''}${s.error ? html`<p class="fail">${s.error}</p>` : ''}<ul>${s.findings.map((f) => html`<li class="${f.severity}">${f.severity}: ${f.message}</li>`)}</ul></div>`)}` : ''}
${entry ? raw(entry, reveal) : ''}
</div></details>`;
}

function claimValue(name: string, value: string | number | null): string {
  if (typeof value === 'number' && ['exp', 'iat', 'nbf'].includes(name)) {
    const date = new Date(value * 1000);
    return Number.isNaN(date.getTime()) ? String(value) : date.toISOString().replace('.000Z', 'Z');
  }
  return truncate(String(value), 60);
}

/** The raw exchange; masked unless the user asked to see the secrets (Show Secrets in the view). */
function raw(entry: Entry, reveal: boolean): SafeHtml {
  const hide = reveal ? (value: string) => value : redact;
  const headers = (list: readonly { name: string; value: string }[]) =>
    list
      .map((h) => `${h.name}: ${reveal ? h.value : SECRET_HEADERS.test(h.name) ? maskHeader(h.name, h.value) : redact(h.value)}`)
      .join('\n');
  const requestBody = entry.request.postData?.text ? `\n\n${truncate(hide(entry.request.postData.text), 4000)}` : '';
  const content = entry.response.content;
  const responseBody =
    content.text && content.encoding !== 'base64' && !/javascript|css|image/.test(content.mimeType ?? '')
      ? `\n\n${truncate(hide(content.text), 4000)}`
      : content.text
        ? `\n\n(${content.encoding === 'base64' ? 'base64 ' : ''}${content.mimeType || 'body'}, ${content.text.length} characters)`
        : '';
  return html`<details class="raw"><summary>Raw request and response (${reveal ? 'secrets shown' : 'secrets masked'})</summary>
<pre>${`${entry.request.method} ${hide(entry.request.url)} ${entry.request.httpVersion}\n${headers(entry.request.headers)}${requestBody}`}</pre>
<pre>${`${entry.response.httpVersion} ${entry.response.status} ${entry.response.statusText}\n${headers(entry.response.headers)}${responseBody}`}</pre></details>`;
}

function maskHeader(name: string, value: string): string {
  if (/cookie/i.test(name)) {
    return value
      .split(/;\s*/)
      .map((part) => {
        const eq = part.indexOf('=');
        return eq === -1 || /^(?:path|domain|expires|max-age|samesite|secure|httponly)$/i.test(part.slice(0, eq).trim())
          ? part
          : `${part.slice(0, eq)}=${mask(part.slice(eq + 1))}`;
      })
      .join('; ');
  }
  const m = splitScheme(value);
  return m ? `${m.scheme} ${mask(m.rest)}` : mask(value);
}
