import * as vscode from 'vscode';
import { randomUUID } from 'node:crypto';
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
  const nonce = randomUUID().replace(/-/g, '');
  const styles = ['webview.css', ...(page.styles ?? [])]
    .map((name) => `<link rel="stylesheet" href="${webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', name))}">`)
    .join('\n');
  const script = page.script
    ? `<script nonce="${nonce}" src="${webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', `${page.script}.js`))}"></script>`
    : '';
  const csp = [`default-src 'none'`, `style-src ${webview.cspSource}`, `font-src ${webview.cspSource}`,
    `img-src ${webview.cspSource} data:`, `script-src 'nonce-${nonce}'`].join('; ');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${styles}
<title>${escapeHtml(page.title)}</title></head>
<body>${page.body}
${script}</body></html>`;
}

/**
 * Tagged template that escapes every interpolated value unless it is already `SafeHtml` (the result
 * of another `html` call). Arrays are joined. This keeps claim values and error text inert.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += toHtml(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

function toHtml(value: unknown): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(toHtml).join('');
  if (value === undefined || value === null || value === false) return '';
  return escapeHtml(String(value));
}

/** A `command:` link for webviews created with `enableCommandUris` listing exactly this command. */
export function commandHref(command: string, args?: unknown): string {
  return `command:${command}${args === undefined ? '' : `?${encodeURIComponent(JSON.stringify(args))}`}`;
}
