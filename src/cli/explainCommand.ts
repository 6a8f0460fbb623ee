import { failure, type CommandResult } from './io';

/** `authlens explain`: filled in by the error issue. */
export function explainCommand(_code: string, asJson: boolean): CommandResult {
  return failure('not_implemented', 'explain is not available in this build yet', asJson);
}
