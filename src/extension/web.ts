import * as vscode from 'vscode';
import { CommandId, ViewId } from './commandIds';
import { registerBasics } from './basics';
import { createLog } from './log';
import { registerTokenFeatures } from './tokens/tokenFeatures';
import { registerErrorFeatures } from './errors/errorFeatures';
import { registerLanguageModelTools } from './agent/languageModelTools';
import { registerTraces } from './traces/traceFeatures';

/**
 * The web extension (package.json `browser`): vscode.dev, github.dev, Codespaces in the browser,
 * code-server's web worker host. Everything that decodes and explains works there: hovers, Decode
 * Token, Verify with a pasted key (WebCrypto), Explain Auth Error, SAML messages and the HAR trace,
 * the language-model tools. What
 * needs a machine (the Flow Tester's loopback listener, capturing debug and terminal output) says so.
 */
export const WEB_UNAVAILABLE = {
  flowTester:
    'The Flow Tester needs VS Code on your machine (desktop or Remote): it listens on a loopback port for the redirect, which a browser tab cannot do. Decoding, verifying with a pasted key and explaining errors work here.',
  capture:
    'Capturing tokens from debug sessions and terminals needs VS Code on your machine (desktop or Remote). Hover, Decode Token and Explain Auth Error work here.',
} as const;

export function activate(context: vscode.ExtensionContext): void {
  const log = createLog(context);
  registerBasics(context, log);
  registerTokenFeatures(context, log);
  registerErrorFeatures(context, log);
  registerLanguageModelTools(context, log);
  registerTraces(context, log);
  registerUnavailable(context);
  log.info('activated (web extension: Flow Tester and capture are desktop-only)');
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

function registerUnavailable(context: vscode.ExtensionContext): void {
  const say = (message: string) => () => void vscode.window.showInformationMessage(`AuthLens: ${message}`);
  const flowView: vscode.WebviewViewProvider = {
    resolveWebviewView(view) {
      view.webview.options = { enableScripts: false };
      view.webview.html = `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head><body><p>${WEB_UNAVAILABLE.flowTester}</p></body></html>`;
    },
  };
  const emptyTree: vscode.TreeDataProvider<never> = { getTreeItem: (item) => item, getChildren: () => [] };
  const captured = vscode.window.createTreeView(ViewId.captured, { treeDataProvider: emptyTree });
  captured.message = WEB_UNAVAILABLE.capture;
  context.subscriptions.push(
    vscode.window.registerWebviewViewProvider(ViewId.flowTester, flowView),
    captured,
    vscode.commands.registerCommand(CommandId.openFlowTester, say(WEB_UNAVAILABLE.flowTester)),
    vscode.commands.registerCommand(CommandId.clearCaptured, say(WEB_UNAVAILABLE.capture)),
    vscode.commands.registerCommand(CommandId.pauseCapture, say(WEB_UNAVAILABLE.capture)),
    vscode.commands.registerCommand(CommandId.resumeCapture, say(WEB_UNAVAILABLE.capture)),
    vscode.commands.registerCommand(CommandId.openCaptured, say(WEB_UNAVAILABLE.capture)),
  );
}
