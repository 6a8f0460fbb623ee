import * as vscode from 'vscode';
import { ViewId, CommandId } from '../commandIds';
import type { Log } from '../log';
import { renderWebviewPage, webviewRoots } from '../views/webviewHtml';
import type { FromWebview, ToWebview } from '../../webview/flowTester/protocol';

/** The "Flow Tester" webview view. The flow-tester issue gives it its steps. */
export function registerFlowTester(context: vscode.ExtensionContext, _log: Log): void {
  const provider: vscode.WebviewViewProvider = {
    resolveWebviewView(view) {
      view.webview.options = { enableScripts: true, localResourceRoots: webviewRoots(context.extensionUri) };
      view.webview.html = renderWebviewPage(view.webview, context.extensionUri, {
        title: 'Flow Tester', body: '<main id="app" aria-live="polite"></main>', script: 'flowTester',
      });
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
