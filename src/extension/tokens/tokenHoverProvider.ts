import * as vscode from 'vscode';
import { findTokenAt, tokenContext } from '../../core/tokens/index';
import type { Log } from '../log';
import { inspectToken } from './inspectToken';
import { buildTokenHover, HOVER_COMMANDS } from './tokenHoverMarkdown';
import { readTokenSettings } from './tokenSettings';

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
    if (!match) return undefined;
    const inspection = inspectToken(match.text, {
      clockSkewSeconds: settings.clockSkewSeconds,
      sentAsBearer: tokenContext(lineText, match.start).bearer,
    });
    if (!inspection.ok) {
      this.log.debug(`hover: token-shaped text did not decode (${inspection.error.code})`);
      return undefined;
    }
    const tokenAt = { uri: document.uri.toString(), line: position.line, character: match.start };
    const markdown = new vscode.MarkdownString(buildTokenHover(inspection.analysis, { token: inspection.decoded.raw, tokenAt }));
    markdown.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
    markdown.supportHtml = false;
    markdown.supportThemeIcons = true;
    const range = new vscode.Range(position.line, match.start, position.line, match.end);
    return new vscode.Hover(markdown, range);
  }
}
