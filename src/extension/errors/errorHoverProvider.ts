import * as vscode from 'vscode';
import type { Log } from '../log';
import { readSetting } from '../settings';
import { loadErrorCore } from '../../core/errors/errorCore';
import { buildErrorHover, ERROR_HOVER_COMMANDS } from './errorHoverMarkdown';
import { findErrorCodesEntry, findHoverTarget, hoverInputFor } from '../../core/errors/hoverTarget';
import type { LineSource } from '../../core/errors/responseWindow';

/**
 * Hover for auth error codes in any document, the Output panel included. Reads the hovered line
 * (and at most a bounded window around it for a multi-line JSON body); the catalog loads on the first
 * hover that lands on a code.
 */
export class ErrorHoverProvider implements vscode.HoverProvider {
  constructor(private readonly log: Log) {}

  async provideHover(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<vscode.Hover | undefined> {
    if (!readSetting('hover.enabled')) return undefined;
    const lineText = document.lineAt(position.line).text;
    const lines = documentLines(document);
    const target = findHoverTarget(lineText, position.character) ?? findErrorCodesEntry(lines, position.line, position.character);
    if (!target) return undefined;
    try {
      const core = await loadErrorCore(this.log);
      if (token.isCancellationRequested) return undefined;
      const input = hoverInputFor(target, lines, position.line, position.character, core);
      if (!input) return undefined;
      const markdown = new vscode.MarkdownString(buildErrorHover(input));
      markdown.isTrusted = { enabledCommands: [...ERROR_HOVER_COMMANDS] };
      markdown.supportHtml = false;
      markdown.supportThemeIcons = true;
      return new vscode.Hover(markdown, new vscode.Range(position.line, target.match.start, position.line, target.match.end));
    } catch (error) {
      this.log.error(error instanceof Error ? error : String(error));
      return undefined;
    }
  }
}

function documentLines(document: vscode.TextDocument): LineSource {
  return { lineCount: document.lineCount, lineAt: (line) => document.lineAt(line).text };
}
