import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CommandId } from '../../../src/extension/commandIds';
import { activeExtension } from './helpers';

suite('Activation', () => {
  test('AuthLens is installed and activates', async () => {
    const extension = await activeExtension();
    assert.equal(extension.isActive, true);
    assert.equal(extension.packageJSON.displayName, 'AuthLens');
  });

  test('every contributed command is registered', async () => {
    await activeExtension();
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const id of Object.values(CommandId)) assert.ok(registered.has(id), `${id} is not registered`);
  });

  test('the AuthLens views can be focused', async () => {
    await activeExtension();
    await vscode.commands.executeCommand('authlens.captured.focus');
    await vscode.commands.executeCommand('authlens.flowTester.focus');
  });
});
