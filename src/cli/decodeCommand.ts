import { failure, type CommandResult } from './io';

/** `authlens decode`: filled in by the token issue. */
export function decodeCommand(_input: string, asJson: boolean): CommandResult {
  return failure('not_implemented', 'decode is not available in this build yet', asJson);
}
