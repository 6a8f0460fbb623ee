import * as vscode from 'vscode';
import { randomUUID } from 'node:crypto';
import { ViewId, CommandId } from '../commandIds';
import type { Log } from '../log';
import type { FromWebview, ToWebview } from '../../webview/flowTester/protocol';

/** The "Flow Tester" webview view. The flow-tester issue gives it its steps. */
export function registerFlowTester(context: vscode.ExtensionContext, _log: Log): void {
  const provider: vscode.WebviewViewProvider = {
    resolveWebviewView(view) {
      const media = vscode.Uri.joinPath(context.extensionUri, 'media');
      const dist = vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview');
      view.webview.options = { enableScripts: true, localResourceRoots: [media, dist] };
      view.webview.html = webviewHtml(view.webview, media, dist);
      view.webview.onDidReceiveMessage((message: FromWebview) => {
        if (message.type === 'ready') {
          const state: ToWebview = { type: 'state', title: 'Flow Tester', message: 'No flow has been run yet.' };
          void view.webview.postMessage(state);
        }
      });
    },
  };
  context.subscriptions.push(
    vscode.window.registerWebviewViewProvider(ViewId.flowTester, provider),
    vscode.commands.registerCommand(CommandId.openFlowTester, () =>
      vscode.commands.executeCommand(`${ViewId.flowTester}.focus`)),
  );
}

function webviewHtml(webview: vscode.Webview, media: vscode.Uri, dist: vscode.Uri): string {
  const nonce = randomUUID().replace(/-/g, '');
  const css = webview.asWebviewUri(vscode.Uri.joinPath(media, 'webview.css'));
  const script = webview.asWebviewUri(vscode.Uri.joinPath(dist, 'flowTester.js'));
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource}; font-src ${webview.cspSource}; img-src ${webview.cspSource}; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link href="${css}" rel="stylesheet"><title>Flow Tester</title></head>
<body><main id="app" aria-live="polite"></main>
<script nonce="${nonce}" src="${script}"></script></body></html>`;
}
