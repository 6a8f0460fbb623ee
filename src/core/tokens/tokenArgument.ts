/**
 * What a token command was given. Menus pass a resource `Uri`, the Captured view and terminal links
 * pass the token string, other callers may pass `{ token }`. Pure, so it can be unit-tested.
 */
export function tokenFromArgument(argument: unknown): string | undefined {
  if (typeof argument === 'string') return argument.trim() === '' ? undefined : argument;
  if (typeof argument === 'object' && argument !== null && !Array.isArray(argument)) {
    const { token, text } = argument as { token?: unknown; text?: unknown };
    if (typeof token === 'string' && token.trim() !== '') return token;
    if (typeof text === 'string' && text.trim() !== '') return text;
  }
  return undefined;
}

/** Where a token is in an open document: what hover links pass for a token too long to carry itself. */
export interface TokenLocation {
  uri: string;
  line: number;
  character: number;
}

/** `{ at: { uri, line, character } }`, as the token hover's links pass it for a long token. */
export function tokenLocationFromArgument(argument: unknown): TokenLocation | undefined {
  if (typeof argument !== 'object' || argument === null || Array.isArray(argument)) return undefined;
  const at = (argument as { at?: unknown }).at;
  if (typeof at !== 'object' || at === null) return undefined;
  const { uri, line, character } = at as { uri?: unknown; line?: unknown; character?: unknown };
  if (typeof uri !== 'string' || !Number.isInteger(line) || !Number.isInteger(character)) return undefined;
  if ((line as number) < 0 || (character as number) < 0) return undefined;
  return { uri, line: line as number, character: character as number };
}
