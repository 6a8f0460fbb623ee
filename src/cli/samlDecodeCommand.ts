/**
 * `authlens decode VALUE` when VALUE is a SAML message (bare base64, `SAMLResponse=…`, a Redirect URL,
 * a form body or the XML). Returns undefined when the value is no SAML at all, so `decode` answers as
 * it does for any non-token. The JSON shape is a contract: `{format: "saml", saml: {…}, findings}`.
 */
import { decodeSaml, type SamlDecoded } from '../core/saml/index';
import { failure, json, visibleControls as safe, type CommandResult } from './io';

export interface SamlDecodeOptions {
  now?: number;
  clockSkewSeconds?: number;
}

export async function samlDecodeCommand(
  input: string,
  asJson: boolean,
  options: SamlDecodeOptions = {},
): Promise<CommandResult | undefined> {
  const result = await decodeSaml(input, options);
  if (!result.ok) {
    if (result.error.code === 'not_saml') return undefined;
    return failure(`saml_${result.error.code}`, `not a readable SAML message: ${result.error.message}`, asJson);
  }
  return asJson ? { exitCode: 0, stdout: json(samlJson(result.saml)) } : { exitCode: 0, stdout: samlText(result.saml) };
}

export function samlJson({ message: m, findings }: SamlDecoded) {
  return {
    format: 'saml',
    saml: {
      kind: m.kind,
      binding: m.binding,
      version: m.version,
      issuer: m.issuer,
      destination: m.destination,
      id: m.id,
      inResponseTo: m.inResponseTo,
      statusCodes: m.statusCodes,
      nameId: m.nameId,
      audiences: m.audiences,
      conditions: m.conditions,
      signed: m.signed,
      encryptedAssertion: m.encryptedAssertion,
      attributes: m.attributes,
      // extras
      issueInstant: m.issueInstant,
      status: m.status,
      statusMessage: m.statusMessage,
      subjectConfirmations: m.subjectConfirmations,
      authnStatement: m.authnStatement,
      attributeValues: m.attributeValues,
      signatures: m.signatures,
      querySignatureAlgorithm: m.querySignatureAlgorithm,
      encryption: m.encryption,
      request: m.request,
      relayState: m.relayState,
    },
    findings,
  };
}

const SEVERITY_LABEL = { error: 'error  ', warning: 'warning', info: 'note   ' } as const;

function samlText({ message: m, findings }: SamlDecoded): string {
  const rows: [string, string | null][] = [
    ['Binding', m.binding === null ? 'raw XML' : m.binding === 'post' ? 'HTTP-POST (base64)' : 'HTTP-Redirect (deflate + base64)'],
    ['Version', m.version],
    ['ID', m.id],
    ['InResponseTo', m.inResponseTo],
    ['IssueInstant', m.issueInstant],
    ['Issuer', m.issuer],
    ['Destination', m.destination],
    ...m.status.map((s, i): [string, string] => [
      i === 0 ? 'Status' : '  nested',
      `${s.value}${s.explanation ? ` — ${s.explanation}` : ''}`,
    ]),
    ['StatusMessage', m.statusMessage],
    ['NameID', m.nameId ? `${m.nameId.value}${m.nameId.format ? `  (${m.nameId.format})` : ''}` : null],
    ['Audience', m.audiences.join(', ') || null],
    ['NotBefore', m.conditions?.notBefore ?? null],
    ['NotOnOrAfter', m.conditions?.notOnOrAfter ?? null],
    ...m.subjectConfirmations.map((sc): [string, string] => [
      'Confirmation',
      [sc.method, sc.recipient && `recipient ${sc.recipient}`, sc.notOnOrAfter && `until ${sc.notOnOrAfter}`].filter(Boolean).join(', '),
    ]),
    ['AuthnContext', m.authnStatement?.authnContextClassRef ?? null],
    ['SessionIndex', m.authnStatement?.sessionIndex ?? null],
    [
      'Signed',
      `message ${m.signed.message ? 'yes' : 'no'}, assertion ${m.signed.assertion === null ? 'n/a' : m.signed.assertion ? 'yes' : 'no'}${m.signatures.map((s) => ` · <${s.on}> ${s.signatureAlgorithm ?? '?'} ref ${s.referenceUri ?? '-'}`).join('')}`,
    ],
    ['Encrypted', m.encryptedAssertion ? `yes (${m.encryption?.dataAlgorithm ?? '?'})` : null],
    ['RelayState', m.relayState],
  ];
  const lines = [`SAML ${m.kind}`, ''];
  for (const [label, value] of rows) if (value) lines.push(`  ${label.padEnd(14)}${safe(value)}`);
  if (m.attributeValues.length > 0) {
    lines.push('', 'Attributes');
    for (const a of m.attributeValues) lines.push(`  ${safe(a.name)}: ${safe(a.values.join(', ').slice(0, 200))}`);
  }
  if (findings.length > 0) {
    lines.push('', 'Findings');
    for (const f of findings) lines.push(`  ${SEVERITY_LABEL[f.severity]}  ${safe(f.message)}`);
  }
  lines.push('', 'Decoded only: no signature was verified.');
  return `${lines.join('\n')}\n`;
}
