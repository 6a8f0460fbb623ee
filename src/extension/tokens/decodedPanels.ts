import * as vscode from 'vscode';
import type { VerifyResult } from '../../core/tokens/index';
import { renderWebviewPage, webviewRoots } from '../views/webviewHtml';
import {
  buildDecodedViewBody,
  DECODED_VIEW_COMMANDS,
  decodedViewTitle,
  type DecodedViewModel,
  type SignatureState,
} from './decodedViewHtml';
import type { Inspection } from '../../core/tokens/inspectToken';

type Decoded = Extract<Inspection, { ok: true }>;

/**
 * One decoded-view panel per token: showing the same token again reveals its panel instead of
 * opening a second one. The page has no script; its buttons are `command:` links.
 */
export class DecodedPanels implements vscode.Disposable {
  private readonly panels = new Map<string, { panel: vscode.WebviewPanel; model: DecodedViewModel }>();

  constructor(private readonly extensionUri: vscode.Uri) {}

  show(inspection: Decoded): vscode.WebviewPanel {
    const key = inspection.decoded.raw;
    const open = this.panels.get(key);
    if (open) {
      // Times are relative to now: refresh the analysis, keep a verdict already reached.
      open.model = { ...open.model, decoded: inspection.decoded, analysis: inspection.analysis };
      this.render(open.panel, open.model);
      open.panel.reveal(undefined, false);
      return open.panel;
    }
    const title = decodedViewTitle(inspection.analysis, key);
    // New views join the column the others are in, rather than opening yet another column.
    const column =
      [...this.panels.values()].map(({ panel: other }) => other.viewColumn).find((c) => c !== undefined) ?? vscode.ViewColumn.Beside;
    const panel = vscode.window.createWebviewPanel(
      'authlens.decodedToken',
      title,
      { viewColumn: column, preserveFocus: false },
      {
        enableScripts: false,
        enableCommandUris: [...DECODED_VIEW_COMMANDS],
        localResourceRoots: webviewRoots(this.extensionUri),
        retainContextWhenHidden: false,
      },
    );
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'authlens.svg');
    const entry = {
      panel,
      model: { decoded: inspection.decoded, analysis: inspection.analysis, signature: { state: 'unchecked' } as SignatureState },
    };
    this.panels.set(key, entry);
    panel.onDidDispose(() => this.panels.delete(key));
    this.render(panel, entry.model);
    return panel;
  }

  /** Puts the signature state into the token's panel, if one is open. */
  setSignature(token: string, signature: SignatureState): void {
    const open = this.panels.get(token);
    if (!open) return;
    open.model = { ...open.model, signature };
    this.render(open.panel, open.model);
  }

  setVerdict(token: string, result: VerifyResult): void {
    this.setSignature(token, { state: 'checked', result });
  }

  has(token: string): boolean {
    return this.panels.has(token);
  }

  dispose(): void {
    for (const { panel } of [...this.panels.values()]) panel.dispose();
    this.panels.clear();
  }

  private render(panel: vscode.WebviewPanel, model: DecodedViewModel): void {
    panel.webview.html = renderWebviewPage(panel.webview, this.extensionUri, {
      title: decodedViewTitle(model.analysis, model.decoded.raw),
      body: buildDecodedViewBody(model).value,
      styles: ['decoded.css'],
    });
  }
}
