import * as vscode from 'vscode';
import { CommandId } from '../commandIds';
import type { Log } from '../log';

/** Token hover, Decode Token, signature verification. Filled in by the token issue. */
export function registerTokenFeatures(context: vscode.ExtensionContext, _log: Log): void {
  const notYet = () => vscode.window.showInformationMessage('AuthLens: token decoding is not available in this build yet.');
  context.subscriptions.push(
    vscode.commands.registerCommand(CommandId.decodeToken, notYet),
    vscode.commands.registerCommand(CommandId.verifySignature, notYet),
    vscode.commands.registerCommand(CommandId.copyPayload, notYet),
  );
}
