import * as vscode from 'vscode';
import { linksInLine, type LineLink } from '../../core/capture/lineLinks';
import { CommandId } from '../commandIds';

export interface AuthTerminalLink extends vscode.TerminalLink {
  kind: LineLink['kind'];
  value: string;
  /** The whole terminal line, for an error: it is what gets explained. */
  line?: string;
  terminalName?: string;
}

/**
 * Tokens and error codes in terminal output become links: a token opens the decoded view, a code its
 * explanation. VS Code asks line by line as the terminal renders, so each call looks at one line only.
 */
export function createTerminalLinkProvider(
  run: (command: string, value: string | { text: string; from: string }) => Thenable<unknown> = (command, value) =>
    vscode.commands.executeCommand(command, value),
): vscode.TerminalLinkProvider<AuthTerminalLink> {
  return {
    provideTerminalLinks(context) {
      return linksInLine(context.line).map((link) => ({
        startIndex: link.start,
        length: link.length,
        tooltip: link.tooltip,
        kind: link.kind,
        value: link.value,
        ...(link.kind === 'error' ? { line: context.line, terminalName: context.terminal.name } : {}),
      }));
    },
    async handleTerminalLink(link) {
      if (link.kind === 'token') await run(CommandId.decodeToken, link.value);
      // An error is explained with its whole line: the description, trace id and every code on it.
      else
        await run(
          CommandId.explainError,
          link.line ? { text: link.line, from: `a line in terminal "${link.terminalName ?? ''}"` } : link.value,
        );
    },
  };
}
