import * as vscode from 'vscode';
import { CommandId } from './commandIds';
import type { Log } from './log';

/** Show Log and Copy Value: the same in the desktop and the web extension. */
export function registerBasics(context: vscode.ExtensionContext, log: Log): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(CommandId.showLog, () => log.show()),
    vscode.commands.registerCommand(CommandId.copyValue, async (value: unknown) => {
      if (typeof value !== 'string') return;
      await vscode.env.clipboard.writeText(value);
      void vscode.window.setStatusBarMessage('AuthLens: copied', 2000);
    }),
  );
}
