import * as vscode from 'vscode';
import { CommandId } from '../commandIds';
import type { Log } from '../log';
import { ErrorHoverProvider } from './errorHoverProvider';
import { explainErrorCommand } from './explainCommand';
import { ExplainPanel } from './explainPanel';

/**
 * The error hover (every scheme, the Output panel included) and AuthLens: Explain Auth Error with
 * its Explain view. Registration only: the catalog loads on the first hover or explanation.
 */
export function registerErrorFeatures(context: vscode.ExtensionContext, log: Log): void {
  const panel = new ExplainPanel(context.extensionUri);
  context.subscriptions.push(
    panel,
    vscode.languages.registerHoverProvider({ scheme: '*' }, new ErrorHoverProvider(log)),
    vscode.commands.registerCommand(CommandId.explainError, (argument?: unknown) => explainErrorCommand(panel, log, argument)),
  );
}
