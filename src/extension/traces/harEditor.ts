import * as vscode from 'vscode';
import { CommandId } from '../commandIds';
import type { Log } from '../log';
import { renderWebviewPage, webviewRoots } from '../views/webviewHtml';

export const HAR_VIEW_TYPE = 'authlens.harTrace';

/**
 * Opening a `.har` shows the sign-in it records (a custom readonly editor; "Reopen Editor With… Text
 * Editor" still shows the JSON). The file is read through `workspace.fs` and analysed by the core;
 * the page has no script. Restricted Mode is fine: nothing runs, nothing is sent.
 */
class HarDocument implements vscode.CustomDocument {
  constructor(readonly uri: vscode.Uri) {}
  dispose(): void {}
}

export class HarTraceEditor implements vscode.CustomReadonlyEditorProvider<HarDocument> {
  /** The trace currently shown, for Save Sanitized Copy from the editor title. */
  active: vscode.Uri | undefined;
  private readonly panels = new Map<string, vscode.WebviewPanel>();

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: Log,
  ) {}

  openCustomDocument(uri: vscode.Uri): HarDocument {
    return new HarDocument(uri);
  }

  async resolveCustomEditor(document: HarDocument, panel: vscode.WebviewPanel): Promise<void> {
    panel.webview.options = {
      enableScripts: false,
      enableCommandUris: [CommandId.saveSanitizedHar, CommandId.showHarSecrets],
      localResourceRoots: webviewRoots(this.extensionUri),
    };
    this.active = document.uri;
    this.panels.set(document.uri.toString(), panel);
    panel.onDidDispose(() => this.panels.delete(document.uri.toString()));
    panel.onDidChangeViewState(() => {
      if (panel.active) this.active = document.uri;
    });
    await this.render(document.uri, panel, false);
  }

  /** Re-renders an open trace with the raw requests and responses unmasked (the user asked). */
  async reveal(uri: vscode.Uri | undefined): Promise<boolean> {
    const target = uri ?? this.active;
    const panel = target && this.panels.get(target.toString());
    if (!target || !panel) return false;
    await this.render(target, panel, true);
    return true;
  }

  private async render(uri: vscode.Uri, panel: vscode.WebviewPanel, reveal: boolean): Promise<void> {
    const document = { uri };
    const name = document.uri.path.split('/').pop() ?? 'trace.har';
    panel.webview.html = renderWebviewPage(panel.webview, this.extensionUri, {
      title: name,
      body: '<p>Reading the trace…</p>',
      styles: ['trace.css'],
    });
    try {
      const started = performance.now();
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(document.uri));
      const [{ analyzeHar, readHar }, { traceBody }] = await Promise.all([import('../../core/har/index'), import('./traceHtml')]);
      const file = readHar(text);
      const analysis = await analyzeHar(file);
      const arg = encodeURIComponent(JSON.stringify([document.uri.toString()]));
      const link = `<p class="actions"><a href="command:${CommandId.saveSanitizedHar}?${arg}">Save sanitized copy…</a>${reveal ? '' : ` · <a href="command:${CommandId.showHarSecrets}?${arg}">Show secrets in raw requests</a>`}</p>`;
      panel.webview.html = renderWebviewPage(panel.webview, this.extensionUri, {
        title: name,
        body: link + traceBody(name, analysis, file.entries, { reveal }).value,
        styles: ['trace.css'],
      });
      this.log.info(
        `HAR trace: ${analysis.entries} entries, ${analysis.checks.length} checks in ${(performance.now() - started).toFixed(0)} ms`,
      );
    } catch (error) {
      const { escapeHtml } = await import('../../core/render/escape');
      const message = error instanceof Error ? error.message : String(error);
      panel.webview.html = renderWebviewPage(panel.webview, this.extensionUri, {
        title: name,
        body: `<h1>${escapeHtml(name)}</h1><p class="fail">Cannot read this HAR: ${escapeHtml(message)}</p>`,
        styles: ['trace.css'],
      });
      this.log.info(`HAR trace failed: ${message.slice(0, 200)}`);
    }
  }
}

export function registerHarTrace(context: vscode.ExtensionContext, log: Log): void {
  const editor = new HarTraceEditor(context.extensionUri, log);
  context.subscriptions.push(
    vscode.window.registerCustomEditorProvider(HAR_VIEW_TYPE, editor, { supportsMultipleEditorsPerDocument: true }),
    vscode.commands.registerCommand(CommandId.saveSanitizedHar, (argument?: unknown) => saveSanitized(editor, log, argument)),
    vscode.commands.registerCommand(CommandId.showHarSecrets, (argument?: unknown) => {
      const given = Array.isArray(argument) ? argument[0] : argument;
      return editor.reveal(given instanceof vscode.Uri ? given : typeof given === 'string' ? vscode.Uri.parse(given) : undefined);
    }),
  );
}

/** Writes `<name>.sanitized.har` (the user picks where); returns the written URI. */
async function saveSanitized(editor: HarTraceEditor, log: Log, argument: unknown): Promise<vscode.Uri | undefined> {
  try {
    const given = Array.isArray(argument) ? argument[0] : argument;
    const source =
      given instanceof vscode.Uri
        ? given
        : typeof given === 'string'
          ? vscode.Uri.parse(given)
          : (editor.active ??
            (vscode.window.activeTextEditor?.document.uri.path.endsWith('.har')
              ? vscode.window.activeTextEditor.document.uri
              : undefined) ??
            (await vscode.window.showOpenDialog({ filters: { HAR: ['har'] }, canSelectMany: false }))?.[0]);
    if (!source) return undefined;
    const { sanitizeHar } = await import('../../core/har/index');
    const clean = sanitizeHar(new TextDecoder().decode(await vscode.workspace.fs.readFile(source)));
    const suggested = source.with({ path: source.path.replace(/(\.har)?$/i, '.sanitized.har') });
    const target =
      given && typeof (argument as unknown[])?.[1] === 'string'
        ? vscode.Uri.parse((argument as string[])[1]!)
        : await vscode.window.showSaveDialog({ defaultUri: suggested, filters: { HAR: ['har'] }, saveLabel: 'Save sanitized copy' });
    if (!target) return undefined;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(clean));
    log.info('saved a sanitized HAR copy');
    void vscode.window.showInformationMessage(
      `AuthLens: sanitized copy saved as ${target.path.split('/').pop()}. Tokens, codes, cookies, passwords and SAML content are replaced by markers.`,
    );
    return target;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(`AuthLens: cannot sanitize this HAR: ${message.slice(0, 200)}`);
    return undefined;
  }
}
