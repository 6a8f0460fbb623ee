import * as vscode from 'vscode';
import { ViewId, CommandId } from '../commandIds';
import type { Log } from '../log';
import { affectsSetting } from '../settings';
import { INSPECT_FLOW_TESTER_COMMAND, type FlowTesterInspection } from './flowTesterIds';
import type { FlowTesterProvider } from './flowTesterView';

/**
 * The "Flow Tester" webview view: profiles, then a live OAuth flow run step by step in the extension host.
 * Registered at activation; its host (the session, the engine, oauth4webapi: about 150 KiB) is required
 * the first time the view resolves, so activation never parses it.
 */
export function registerFlowTester(context: vscode.ExtensionContext, log: Log): void {
  let loaded: FlowTesterProvider | undefined;
  let loading: Promise<FlowTesterProvider> | undefined;
  const provider = (): Promise<FlowTesterProvider> =>
    (loading ??= import('./flowTesterView').then(({ createFlowTesterProvider }) => (loaded = createFlowTesterProvider(context, log))));
  context.subscriptions.push(
    // No retainContextWhenHidden: a hidden view's page is destroyed; the next one keeps its unsent edits
    // with setState and says "ready", and the host sends it everything again.
    vscode.window.registerWebviewViewProvider(ViewId.flowTester, {
      resolveWebviewView: async (view) => (await provider()).resolveWebviewView(view),
    }),
    vscode.commands.registerCommand(CommandId.openFlowTester, () => vscode.commands.executeCommand(`${ViewId.flowTester}.focus`)),
    vscode.commands.registerCommand(INSPECT_FLOW_TESTER_COMMAND, async (): Promise<FlowTesterInspection> => (await provider()).inspect()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      // Before the host is loaded there is no page to tell: it reads the profiles when it resolves.
      if (affectsSetting(event, 'flow.profiles')) loaded?.sendProfiles();
    }),
    { dispose: () => loaded?.dispose() },
  );
}
