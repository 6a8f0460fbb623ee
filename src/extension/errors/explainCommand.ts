import * as vscode from 'vscode';
import type { Log } from '../log';
import { loadErrorCore } from '../../core/errors/errorCore';
import type { ExplainPanel } from './explainPanel';
import { explainSource, sourceFromArgument, type ExplainSource } from '../../core/errors/explainModel';
import { responseWindow } from '../../core/errors/responseWindow';

/**
 * AuthLens: Explain Auth Error. Explains the argument (the Captured view and terminal links pass a
 * code or a line), else the selection, else the current line (or the JSON body it sits in), else what
 * the user types. Returns the Explain view's title, or undefined when there was nothing to show (after
 * saying why). Never throws.
 */
export async function explainErrorCommand(panel: ExplainPanel, log: Log, argument?: unknown): Promise<string | undefined> {
  try {
    const source = sourceFromArgument(argument) ?? sourceFromEditor(vscode.window.activeTextEditor) ?? (await sourceFromInput());
    if (!source) return undefined;
    const core = await loadErrorCore(log);
    const outcome = explainSource(source, core);
    if (!outcome.ok) {
      log.info(`explain: nothing recognised in ${source.text.length} characters`);
      void vscode.window.showInformationMessage(`AuthLens: ${outcome.message}`);
      return undefined;
    }
    log.info(`explain: ${outcome.model.codes.map((found) => found.code).join(', ') || outcome.model.parts.shape}`);
    return panel.show(outcome.model).title;
  } catch (error) {
    log.error(error instanceof Error ? error : String(error));
    void vscode.window.showErrorMessage('AuthLens: explaining failed unexpectedly; see AuthLens: Show Log.');
    return undefined;
  }
}

function sourceFromEditor(editor: vscode.TextEditor | undefined): ExplainSource | undefined {
  if (!editor) return undefined;
  const { document, selection } = editor;
  // A URI path always uses `/` (no node:path: the web extension has none).
  const name = document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1) || document.uri.scheme;
  if (!selection.isEmpty) {
    const text = document.getText(selection);
    if (text.trim() !== '') return { text, from: `the selection in ${name}` };
  }
  const line = selection.active.line;
  if (document.lineAt(line).isEmptyOrWhitespace) return undefined;
  const window = responseWindow(
    { lineCount: document.lineCount, lineAt: (n) => document.lineAt(n).text },
    line,
    selection.active.character,
  );
  const from = window.multiLine ? `lines ${window.firstLine + 1}–${window.lastLine + 1} of ${name}` : `line ${line + 1} of ${name}`;
  return { text: window.text, from };
}

async function sourceFromInput(): Promise<ExplainSource | undefined> {
  const text = await vscode.window.showInputBox({
    title: 'AuthLens: Explain Auth Error',
    prompt: 'An error code (AADSTS50058, invalid_grant, E0000011), a log line, a redirect URL or an error response',
    placeHolder: 'AADSTS50058',
    ignoreFocusOut: true,
  });
  return text && text.trim() !== '' ? { text, from: 'the text given' } : undefined;
}
