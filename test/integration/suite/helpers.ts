import * as vscode from 'vscode';

/** The AuthLens extension as VS Code sees it, activated. */
export async function activeExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension('authlens.authlens');
  if (!extension) throw new Error('AuthLens is not installed in this VS Code');
  await extension.activate();
  return extension;
}

/** A file of the samples/ workspace. */
export function sampleUri(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the samples workspace is not open');
  return vscode.Uri.joinPath(folder.uri, relativePath);
}

/** The plain text of every hover part that providers return at a position. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers
    .flatMap((hover) => hover.contents.map((part) => (typeof part === 'string' ? part : 'value' in part ? part.value : '')))
    .join('\n');
}

/** Position of the first occurrence of `needle` in a document, `offset` characters into it. */
export async function positionOf(uri: vscode.Uri, needle: string, offset = 2): Promise<vscode.Position> {
  const document = await vscode.workspace.openTextDocument(uri);
  const at = document.getText().indexOf(needle);
  if (at === -1) throw new Error(`"${needle}" not found in ${uri.path}`);
  return document.positionAt(at + offset);
}
