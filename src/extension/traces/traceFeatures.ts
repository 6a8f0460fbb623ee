import * as vscode from 'vscode';
import type { Log } from '../log';
import { registerHarTrace } from './harEditor';
import { SamlHoverProvider } from './samlFeatures';

/** HAR trace editor, Save Sanitized HAR Copy, and the SAML hover. Registration only. */
export function registerTraces(context: vscode.ExtensionContext, log: Log): void {
  registerHarTrace(context, log);
  context.subscriptions.push(vscode.languages.registerHoverProvider({ scheme: '*' }, new SamlHoverProvider(log)));
}
