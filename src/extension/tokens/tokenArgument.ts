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
