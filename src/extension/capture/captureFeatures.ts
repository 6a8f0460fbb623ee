import * as vscode from 'vscode';
import { CommandId, ViewId } from '../commandIds';
import type { Log } from '../log';

/**
 * The "Captured" view. Until live capture lands it is empty, and package.json's viewsWelcome says so
 * ("No tokens captured yet").
 */
export function registerCapture(context: vscode.ExtensionContext, _log: Log): void {
  const emptyTree: vscode.TreeDataProvider<never> = { getTreeItem: (item) => item, getChildren: () => [] };
  context.subscriptions.push(
    vscode.window.createTreeView(ViewId.captured, { treeDataProvider: emptyTree }),
    vscode.commands.registerCommand(CommandId.clearCaptured, () => undefined),
    vscode.commands.registerCommand(CommandId.pauseCapture, () => undefined),
    vscode.commands.registerCommand(CommandId.resumeCapture, () => undefined),
    vscode.commands.registerCommand(CommandId.openCaptured, () => undefined),
  );
}
