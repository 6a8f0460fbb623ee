/**
 * Every command AuthLens contributes, in one place. `test/unit/repo/manifest.test.ts` fails when this list
 * and `contributes.commands` in package.json disagree.
 */
export const CommandId = {
  decodeToken: 'authlens.decodeToken',
  verifySignature: 'authlens.verifySignature',
  copyPayload: 'authlens.copyPayload',
  explainError: 'authlens.explainError',
  copyValue: 'authlens.copyValue',
  openFlowTester: 'authlens.openFlowTester',
  clearCaptured: 'authlens.clearCaptured',
  pauseCapture: 'authlens.pauseCapture',
  resumeCapture: 'authlens.resumeCapture',
  openCaptured: 'authlens.openCaptured',
  showLog: 'authlens.showLog',
  saveSanitizedHar: 'authlens.saveSanitizedHar',
  showHarSecrets: 'authlens.showHarSecrets',
} as const;

export type CommandId = (typeof CommandId)[keyof typeof CommandId];

/** The view ids contributed in package.json. */
export const ViewId = {
  container: 'authlens',
  flowTester: 'authlens.flowTester',
  captured: 'authlens.captured',
} as const;

/** Builds a `command:` link for trusted markdown; only commands listed here can be linked. */
export function commandLink(command: CommandId, args?: unknown): string {
  const query = args === undefined ? '' : `?${encodeURIComponent(JSON.stringify(args))}`;
  return `command:${command}${query}`;
}
