/** The decoded SAML message view (Decode Token on a SAML value), built without `vscode`. */
import type { SamlDecoded } from '../../core/saml/types';
import { html, type SafeHtml } from '../../core/render/html';
import { truncate } from '../../core/render/escape';

export function samlBody({ message: m, findings }: SamlDecoded): SafeHtml {
  const rows: [string, string | null][] = [
    ['Binding', m.binding === null ? 'raw XML' : m.binding === 'post' ? 'HTTP-POST (base64)' : 'HTTP-Redirect (deflate + base64)'],
    ['Version', m.version],
    ['ID', m.id],
    ['InResponseTo', m.inResponseTo],
    ['IssueInstant', m.issueInstant],
    ['Issuer', m.issuer],
    ['Destination', m.destination],
    ['NameID', m.nameId ? `${m.nameId.value}${m.nameId.format ? ` (${m.nameId.format})` : ''}` : null],
    ['Audience', m.audiences.join(', ') || null],
    ['NotBefore', m.conditions?.notBefore ?? null],
    ['NotOnOrAfter', m.conditions?.notOnOrAfter ?? null],
    ['AuthnContext', m.authnStatement?.authnContextClassRef ?? null],
    ['SessionIndex', m.authnStatement?.sessionIndex ?? null],
    [
      'Signed',
      `message ${m.signed.message ? 'yes' : 'no'}, assertion ${m.signed.assertion === null ? 'n/a' : m.signed.assertion ? 'yes' : 'no'} (not verified)`,
    ],
    ['Encrypted assertion', m.encryptedAssertion ? `yes (${m.encryption?.dataAlgorithm ?? '?'})` : 'no'],
    ['RelayState', m.relayState],
  ];
  return html`<h1>SAML ${m.kind}</h1>
${findings.length ? html`<h2>Findings</h2><ul class="findings">${findings.map((f) => html`<li class="${f.severity}"><strong>${f.severity}</strong> ${f.message}</li>`)}</ul>` : ''}
${m.status.length ? html`<h2>Status</h2><ul>${m.status.map((s) => html`<li><code>${s.value}</code>${s.explanation ? html` — ${s.explanation}` : ''}</li>`)}</ul>${m.statusMessage ? html`<p>“${m.statusMessage}”</p>` : ''}` : ''}
<h2>Message</h2><table>${rows.filter(([, v]) => v).map(([k, v]) => html`<tr><th>${k}</th><td>${v}</td></tr>`)}</table>
${m.subjectConfirmations.length ? html`<h2>Subject confirmation</h2><ul>${m.subjectConfirmations.map((sc) => html`<li>${[sc.method, sc.recipient && `Recipient ${sc.recipient}`, sc.notOnOrAfter && `NotOnOrAfter ${sc.notOnOrAfter}`, sc.inResponseTo && `InResponseTo ${sc.inResponseTo}`].filter(Boolean).join(' · ')}</li>`)}</ul>` : ''}
${m.signatures.length ? html`<h2>Signatures</h2><ul>${m.signatures.map((s) => html`<li>on <code>${s.on}</code> · ${s.signatureAlgorithm ?? '?'} · reference <code>${s.referenceUri ?? '—'}</code>${s.referenceMatchesParent ? '' : ' (does not point at its element)'}</li>`)}</ul>` : ''}
${m.attributeValues.length ? html`<h2>Attributes</h2><table>${m.attributeValues.map((a) => html`<tr><th>${a.friendlyName ?? a.name}</th><td>${truncate(a.values.join(', '), 300)}</td></tr>`)}</table>` : ''}
<p class="footer">Decoded only: no signature was verified.</p>`;
}

/** A short markdown-free summary for hovers: `[label, value]` rows. */
export function samlSummaryRows({ message: m }: SamlDecoded): [string, string][] {
  const rows: [string, string | null][] = [
    ['Kind', `${m.kind} (${m.binding ?? 'XML'})`],
    ['Issuer', m.issuer],
    ['Destination', m.destination],
    ['ID', m.id],
    ['InResponseTo', m.inResponseTo],
    ['Status', m.statusCodes.map((s) => s.replace(/^urn:oasis:names:tc:SAML:2\.0:status:/, '')).join(' / ') || null],
    ['NameID', m.nameId?.value ?? null],
    ['Audience', m.audiences.join(', ') || null],
    ['NotOnOrAfter', m.conditions?.notOnOrAfter ?? null],
    [
      'Signed',
      `message ${m.signed.message ? 'yes' : 'no'}, assertion ${m.signed.assertion === null ? 'n/a' : m.signed.assertion ? 'yes' : 'no'}`,
    ],
  ];
  return rows.filter((r): r is [string, string] => r[1] !== null);
}
