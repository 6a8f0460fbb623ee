import * as vscode from 'vscode';
import { escapeHtml } from '../../core/render/escape';

/**
 * The one HTML shell for every AuthLens webview: a strict CSP (no inline script or style, scripts
 * only with this page's nonce), the theme-variable stylesheet from media/, and an optional bundled
 * script from dist/webview/. `body` must already be escaped: build it with `html` below.
 */
export interface WebviewPage {
  title: string;
  body: string;
  /** Name of a bundled script in dist/webview/ (without .js), if the page has behaviour. */
  script?: string;
  /** Extra stylesheets from media/. */
  styles?: string[];
}

export function webviewRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'media'), vscode.Uri.joinPath(extensionUri, 'dist', 'webview')];
}

export function renderWebviewPage(webview: vscode.Webview, extensionUri: vscode.Uri, page: WebviewPage): string {
  // Web Crypto: the same in Node's extension host and the browser's web worker.
  const nonce = globalThis.crypto.randomUUID().replace(/-/g, '');
  const styles = ['webview.css', ...(page.styles ?? [])]
    .map((name) => `<link rel="stylesheet" href="${webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', name))}">`)
    .join('\n');
  const script = page.script
    ? `<script nonce="${nonce}" src="${webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', `${page.script}.js`))}"></script>`
    : '';
  const csp = [
    `default-src 'none'`,
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `img-src ${webview.cspSource} data:`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${styles}
<title>${escapeHtml(page.title)}</title></head>
<body>${page.body}
${script}</body></html>`;
}
