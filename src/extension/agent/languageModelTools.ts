import * as vscode from 'vscode';
import { AGENT_TOOLS, runAgentTool, type AgentToolDefinition } from '../../core/agent/tools';
import type { Log } from '../log';
import { readSetting, readTokenSettings } from '../settings';

/** VS Code's names for the agent tools (package.json `contributes.languageModelTools`): prefixed, as tool names are global. */
export function languageModelToolName(tool: AgentToolDefinition): string {
  return `authlens_${tool.name}`;
}

/** The setting that masks personal claims in what the tools give a model. */
export function maskPersonalDataSetting(): boolean {
  return readSetting('agent.maskPersonalData');
}

const CONFIRM: Record<AgentToolDefinition['name'], { title: string; invocation: string; what: string }> = {
  decode_token: {
    title: 'Decode a token with AuthLens',
    invocation: 'Decoding the token with AuthLens (offline)',
    what: 'its header, claims and findings',
  },
  explain_error: {
    title: 'Explain an auth error with AuthLens',
    invocation: 'Explaining the auth error with AuthLens (offline)',
    what: "the error's parsed fields and the catalog's causes and fixes",
  },
  explain_har: {
    title: 'Explain a HAR file with AuthLens',
    invocation: 'Reading the HAR file with AuthLens (offline)',
    what: 'the checks, the sign-in legs with masked URLs, the errors explained and where tokens went (described, not returned)',
  },
  scan_text: {
    title: 'Scan text with AuthLens',
    invocation: 'Scanning for tokens and auth errors with AuthLens (offline)',
    what: 'where each token and error code is, with a one-line description',
  },
};

/**
 * The agent tools as VS Code language-model tools (Copilot agent mode and any chat participant).
 * The same core answers as `authlens mcp`; VS Code asks the user before each run with the message
 * below, which says what goes to the model and what never does.
 */
export function registerLanguageModelTools(context: vscode.ExtensionContext, log: Log): void {
  // A host without the API (an old or stripped-down VS Code) keeps every other feature.
  if (typeof vscode.lm?.registerTool !== 'function') {
    log.info('language-model tools: not available in this VS Code');
    return;
  }
  for (const tool of AGENT_TOOLS) {
    context.subscriptions.push(
      vscode.lm.registerTool<Record<string, unknown>>(languageModelToolName(tool), {
        prepareInvocation: (options) => prepareToolInvocation(tool, options.input),
        invoke: async (options) => {
          const mask = maskPersonalDataSetting();
          const answer = await runAgentTool(tool.name, options.input, {
            maskPersonalData: mask,
            clockSkewSeconds: readTokenSettings().clockSkewSeconds,
            readFile: readWorkspaceFile,
          });
          log.info(
            `language-model tool ${tool.name}: ${answer.isError ? 'could not answer' : 'answered'}${mask ? ' (personal data masked)' : ''}`,
          );
          // A failure is answered, not thrown: VS Code logs a throwing tool's whole input (the token
          // itself) in its own log. The text says plainly that nothing could be answered.
          const text = answer.isError ? `AuthLens could not answer: ${answer.text}` : answer.text;
          return new vscode.LanguageModelToolResult([new vscode.LanguageModelTextPart(text)]);
        },
      }),
    );
  }
}

/** What VS Code shows before a run: what is read, that nothing goes over the network, what the model gets and never gets. */
export function prepareToolInvocation(
  tool: AgentToolDefinition,
  input: Record<string, unknown> | undefined,
): vscode.PreparedToolInvocation {
  const confirm = CONFIRM[tool.name];
  const value = input?.[tool.argument.name];
  const size = typeof value === 'string' ? `${value.length.toLocaleString('en-US')} characters` : 'the input';
  const personal = maskPersonalDataSetting()
    ? 'personal claims masked'
    : 'personal claims included; set `authlens.agent.maskPersonalData` to mask them';
  const message = new vscode.MarkdownString(
    `AuthLens reads ${size} on this machine, sends nothing over the network, and gives the model ${confirm.what} (${personal}). ` +
      'It never gives the model a whole token, a signature, an authorization code, a client secret or a cookie value.',
  );
  return { invocationMessage: confirm.invocation, confirmationMessages: { title: confirm.title, message } };
}

/** A file the model named: absolute, or relative to the first workspace folder; at most 200 MB. */
async function readWorkspaceFile(path: string): Promise<string> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const uri = /^(?:\/|[A-Za-z]:[\\/])/.test(path) || !folder ? vscode.Uri.file(path) : vscode.Uri.joinPath(folder, path);
  const size = (await vscode.workspace.fs.stat(uri)).size;
  if (size > 200 * 1024 * 1024) throw new Error('too large');
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}
