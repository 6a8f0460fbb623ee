import * as vscode from 'vscode';
import type { Log } from '../log';
import { renderWebviewPage, webviewRoots } from '../views/webviewHtml';
import { mdText } from '../views/markdownText';

/**
 * SAML values in any file: a hover that decodes the `SAMLRequest`/`SAMLResponse` (or bare base64 SAML)
 * under the mouse, and the decoded view Decode Token opens for one. Looks only at the hovered line.
 */
export class SamlHoverProvider implements vscode.HoverProvider {
  constructor(private readonly log: Log) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const line = document.lineAt(position.line).text;
    if (line.length > 8_000_000 || !/SAML(?:Request|Response)=|PHNhbWx|PD94bWwg/.test(line)) return undefined;
    const { findSaml } = await import('../../core/saml/detect');
    const match = findSaml(line).find((m) => m.start <= position.character && position.character <= m.end);
    if (!match) return undefined;
    const { decodeSaml } = await import('../../core/saml/decode');
    const result = await decodeSaml(match.parameter ? `${match.parameter}=${match.text}` : match.text);
    const range = new vscode.Range(position.line, match.start, position.line, match.end);
    if (!result.ok) {
      if (result.error.code === 'not_saml') return undefined;
      return new vscode.Hover(
        new vscode.MarkdownString(`**AuthLens · SAML**\n\n${mdText(`Cannot read this SAML message: ${result.error.message}`)}`),
        range,
      );
    }
    const { samlSummaryRows } = await import('./samlHtml');
    const rows = samlSummaryRows(result.saml).map(([k, v]) => `| ${mdText(k)} | ${mdText(v.length > 120 ? `${v.slice(0, 119)}…` : v)} |`);
    const findings = result.saml.findings
      .filter((f) => f.severity !== 'info')
      .map((f) => `- ${f.severity === 'error' ? '$(error)' : '$(warning)'} ${mdText(f.message)}`);
    const md = new vscode.MarkdownString(
      [
        `**AuthLens · SAML ${mdText(result.saml.message.kind)}**`,
        '',
        '| | |',
        '|---|---|',
        ...rows,
        '',
        ...findings,
        '',
        '_Decoded only: no signature was verified._',
      ].join('\n'),
      true,
    );
    md.isTrusted = false;
    md.supportHtml = false;
    this.log.info(`saml hover: ${result.saml.message.kind}`);
    return new vscode.Hover(md, range);
  }
}

/** The SAML text under the cursor, in the selection or in a command argument, if any. */
export async function samlTarget(argument: unknown): Promise<string | undefined> {
  const { locateSaml } = await import('../../core/saml/input');
  if (typeof argument === 'string') return locateSaml(argument) ? argument : undefined;
  if (argument !== undefined) return undefined;
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const { selection, document } = editor;
  if (!selection.isEmpty) {
    const selected = document.getText(selection);
    return selected.length <= 10_000_000 && locateSaml(selected) && !/^eyJ/.test(selected.trim()) ? selected : undefined;
  }
  const line = document.lineAt(selection.active.line).text;
  const { findSaml } = await import('../../core/saml/detect');
  const match = findSaml(line).find((m) => m.start <= selection.active.character && selection.active.character <= m.end);
  return match ? (match.parameter ? `${match.parameter}=${match.text}` : match.text) : undefined;
}

/** Decodes and shows a SAML message; undefined when it is no SAML. Returns the panel title. */
export async function showSamlPanel(
  extensionUri: vscode.Uri,
  log: Log,
  text: string,
  clockSkewSeconds: number,
): Promise<string | undefined> {
  const { decodeSaml } = await import('../../core/saml/decode');
  const result = await decodeSaml(text, { clockSkewSeconds });
  if (!result.ok) {
    if (result.error.code === 'not_saml') return undefined;
    void vscode.window.showErrorMessage(`AuthLens: cannot decode this SAML message: ${result.error.message}`);
    return `error: ${result.error.code}`;
  }
  const { samlBody } = await import('./samlHtml');
  const title = `SAML ${result.saml.message.kind}`;
  const panel = vscode.window.createWebviewPanel('authlens.decodedSaml', title, vscode.ViewColumn.Beside, {
    enableScripts: false,
    localResourceRoots: webviewRoots(extensionUri),
  });
  panel.webview.html = renderWebviewPage(panel.webview, extensionUri, { title, body: samlBody(result.saml).value, styles: ['trace.css'] });
  log.info(`decode saml: ${result.saml.message.kind}, ${result.saml.findings.length} findings`);
  return title;
}
