import * as vscode from 'vscode';
import { decodeToken, findTokenAt, findTokens, findWrappedTokenAt, tokenContext } from '../../core/tokens/index';
import { tokenFromArgument, tokenLocationFromArgument, type TokenLocation } from '../../core/tokens/tokenArgument';

export interface ResolvedToken {
  text: string;
  from: 'argument' | 'selection' | 'cursor' | 'clipboard' | 'input';
  /** The token followed `Bearer ` where it was found. */
  sentAsBearer?: boolean;
}

/**
 * Where a token command finds its token: the argument, else the selection, else the token under the
 * cursor, else the clipboard, else a box to paste one in (validated as the user types).
 * Undefined when the user cancels.
 */
export async function resolveToken(argument: unknown, prompt: string): Promise<ResolvedToken | undefined> {
  const given = tokenFromArgument(argument);
  if (given !== undefined) return { text: given, from: 'argument' };
  const location = tokenLocationFromArgument(argument);
  const located = location === undefined ? undefined : tokenInOpenDocument(location);
  if (located) return located;

  const fromEditor = tokenInActiveEditor();
  if (fromEditor) return fromEditor;

  const clipboard = await vscode.env.clipboard.readText().then(undefined, () => '');
  if (clipboard && clipboard.length <= 1_000_000) {
    const [first] = findTokens(clipboard);
    if (first) return { text: first.text, from: 'clipboard' };
  }

  const typed = await vscode.window.showInputBox({
    title: 'AuthLens',
    prompt,
    placeHolder: 'eyJ… (a JWT, with or without "Bearer ")',
    ignoreFocusOut: true,
    validateInput: (value) => {
      if (value.trim() === '') return undefined;
      const result = decodeToken(value);
      // A SAML message is decoded by the SAML view.
      return result.ok || /SAML(?:Request|Response)=|^\s*(?:PHNhbWx|PD94bWwg|<)/.test(value)
        ? undefined
        : `Not a token: ${result.error.message}`;
    },
  });
  return typed === undefined || typed.trim() === '' ? undefined : { text: typed, from: 'input' };
}

/** The token a hover link points to (a token too long for the link to carry), if its document is still open. */
function tokenInOpenDocument(at: TokenLocation): ResolvedToken | undefined {
  const document = vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === at.uri);
  if (!document || at.line >= document.lineCount) return undefined;
  const lineText = document.lineAt(at.line).text;
  const match = findTokenAt(lineText, at.character);
  if (!match) return undefined;
  return { text: match.text, from: 'argument', sentAsBearer: tokenContext(lineText, match.start).bearer };
}

function tokenInActiveEditor(): ResolvedToken | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const { selection, document } = editor;
  if (!selection.isEmpty) {
    const selected = document.getText(selection);
    if (selected.length <= 1_000_000 && findTokens(selected).length > 0) return { text: selected, from: 'selection' };
  }
  const lineText = document.lineAt(selection.active.line).text;
  const match = findTokenAt(lineText, selection.active.character);
  if (!match) {
    const wrapped = findWrappedTokenAt(
      (n) => document.lineAt(n).text,
      document.lineCount,
      selection.active.line,
      selection.active.character,
    );
    return wrapped ? { text: wrapped.token, from: 'cursor' } : undefined;
  }
  return { text: match.text, from: 'cursor', sentAsBearer: tokenContext(lineText, match.start).bearer };
}
