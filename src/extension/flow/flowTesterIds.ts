import type { ViewState } from '../../webview/flowTester/protocol';

/**
 * Internal command (not in the palette) that reports whether the view resolved, whether its script
 * said "ready", and the redacted state it shows. The integration suite uses it; it holds no secret.
 */
export const INSPECT_FLOW_TESTER_COMMAND = 'authlens.flowTester.inspect';

export interface FlowTesterInspection {
  resolved: boolean;
  ready: boolean;
  readyCount: number;
  state?: ViewState;
}
