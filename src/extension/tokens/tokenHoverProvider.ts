import * as vscode from 'vscode';
import { findTokenAt, findWrappedTokenAt, tokenContext } from '../../core/tokens/index';
import type { Log } from '../log';
import { inspectToken } from '../../core/tokens/inspectToken';
import { buildTokenHover, HOVER_COMMANDS } from './tokenHoverMarkdown';
import { readTokenSettings } from '../settings';

/**
 * Hover for a token anywhere: editors of every scheme, including the Output panel. Reads only the
 * hovered line, and `findTokenAt` looks only a bounded distance around the cursor.
 */
export class TokenHoverProvider implements vscode.HoverProvider {
  constructor(private readonly log: Log) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const settings = readTokenSettings();
    if (!settings.hoverEnabled) return undefined;
    const lineText = document.lineAt(position.line).text;
    const match = findTokenAt(lineText, position.character);
    // Not on one line: a token wrapped over several (a spec, an indented or quoted block) is joined.
    const wrapped = match
      ? undefined
      : findWrappedTokenAt((n) => document.lineAt(n).text, document.lineCount, position.line, position.character);
    if (!match && !wrapped) return undefined;
    const inspection = inspectToken(match ? match.text : wrapped!.token, {
      clockSkewSeconds: settings.clockSkewSeconds,
      sentAsBearer: match ? tokenContext(lineText, match.start).bearer : false,
    });
    if (!inspection.ok) {
      this.log.debug(`hover: token-shaped text did not decode (${inspection.error.code})`);
      return undefined;
    }
    // Where the token is, for links too long to carry it (a wrapped token is joined again from its first line).
    const tokenAt = match ? { uri: document.uri.toString(), line: position.line, character: match.start } : undefined;
    const markdown = new vscode.MarkdownString(
      buildTokenHover(inspection.analysis, { token: inspection.decoded.raw, ...(tokenAt ? { tokenAt } : {}) }),
    );
    markdown.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
    markdown.supportHtml = false;
    markdown.supportThemeIcons = true;
    const range = match
      ? new vscode.Range(position.line, match.start, position.line, match.end)
      : new vscode.Range(wrapped!.start.line, wrapped!.start.character, wrapped!.end.line, wrapped!.end.character);
    return new vscode.Hover(markdown, range);
  }
}
