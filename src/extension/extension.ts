import type * as vscode from 'vscode';
import { registerBasics } from './basics';
import { createLog } from './log';
import { registerTokenFeatures } from './tokens/tokenFeatures';
import { registerErrorFeatures } from './errors/errorFeatures';
import { registerFlowTester } from './flow/flowTester';
import { registerCapture, type CaptureApi } from './capture/captureFeatures';
import { registerLanguageModelTools } from './agent/languageModelTools';
import { registerTraces } from './traces/traceFeatures';

/**
 * Activation only registers providers and commands: no scanning, no catalog loading, no network.
 * Catalogs and decoders load on first use.
 */
export function activate(context: vscode.ExtensionContext): Pick<CaptureApi, 'captured' | 'notice'> {
  const started = performance.now();
  const log = createLog(context);
  registerBasics(context, log);
  registerTokenFeatures(context, log);
  registerErrorFeatures(context, log);
  registerFlowTester(context, log);
  const capture = registerCapture(context, log);
  registerLanguageModelTools(context, log);
  registerTraces(context, log);
  log.info(`activated in ${(performance.now() - started).toFixed(1)} ms`);
  // The extension's API; `captured` and `notice` let the integration tests read the Captured view (tokens masked).
  return { captured: capture.captured, notice: capture.notice };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
