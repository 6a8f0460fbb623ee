import * as vscode from 'vscode';
import { CommandId } from '../commandIds';
import type { Log } from '../log';

/** Error hover and Explain Auth Error. Filled in by the error issue. */
export function registerErrorFeatures(context: vscode.ExtensionContext, _log: Log): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(CommandId.explainError, () =>
      vscode.window.showInformationMessage('AuthLens: error explanations are not available in this build yet.')),
  );
}
