import * as vscode from 'vscode';
import { renderWebviewPage, webviewRoots } from '../views/webviewHtml';
import { buildExplainViewBody, EXPLAIN_VIEW_COMMANDS, explainViewTitle, type ExplainViewModel } from './explainViewHtml';

/** The webview panel's type; tests find the Explain tab by it. */
export const EXPLAIN_VIEW_TYPE = 'authlens.explainError';

/**
 * The one Explain view: a new explanation replaces the last one in the same panel, so explaining
 * line after line of a log does not pile up tabs. No script; copy buttons are `command:` links.
 */
export class ExplainPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;

  constructor(private readonly extensionUri: vscode.Uri) {}

  show(model: ExplainViewModel): vscode.WebviewPanel {
    const title = explainViewTitle(model);
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        EXPLAIN_VIEW_TYPE,
        title,
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        {
          enableScripts: false,
          enableCommandUris: [...EXPLAIN_VIEW_COMMANDS],
          localResourceRoots: webviewRoots(this.extensionUri),
          retainContextWhenHidden: false,
        },
      );
      this.panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'authlens.svg');
      this.panel.onDidDispose(() => (this.panel = undefined));
    } else {
      this.panel.reveal(undefined, true);
    }
    this.panel.title = title;
    this.panel.webview.html = renderWebviewPage(this.panel.webview, this.extensionUri, {
      title,
      body: buildExplainViewBody(model).value,
      styles: ['explain.css'],
    });
    return this.panel;
  }

  dispose(): void {
    this.panel?.dispose();
    this.panel = undefined;
  }
}
