import * as vscode from 'vscode';
import { linksInLine, type LineLink } from '../../core/capture/lineLinks';
import { CommandId } from '../commandIds';

export interface AuthTerminalLink extends vscode.TerminalLink {
  kind: LineLink['kind'];
  value: string;
}

/**
 * Tokens and error codes in terminal output become links: a token opens the decoded view, a code its
 * explanation. VS Code asks line by line as the terminal renders, so each call looks at one line only.
 */
export function createTerminalLinkProvider(
  run: (command: string, value: string) => Thenable<unknown> = (command, value) => vscode.commands.executeCommand(command, value),
): vscode.TerminalLinkProvider<AuthTerminalLink> {
  return {
    provideTerminalLinks(context) {
      return linksInLine(context.line).map((link) => ({
        startIndex: link.start,
        length: link.length,
        tooltip: link.tooltip,
        kind: link.kind,
        value: link.value,
      }));
    },
    async handleTerminalLink(link) {
      await run(link.kind === 'token' ? CommandId.decodeToken : CommandId.explainError, link.value);
    },
  };
}
