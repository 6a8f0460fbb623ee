/**
 * `WWW-Authenticate` (RFC 9110 §11.6.1): one or more challenges, each a scheme followed by either a
 * token68 or comma-separated `name=value` parameters whose values are tokens or quoted strings with
 * backslash escapes. Several challenges can share one header, separated by commas too, so splitting on
 * commas is not enough. Linear, never throws.
 */
import type { AuthChallenge } from './types';

const MAX_HEADER = 64 * 1024;

function isTokenChar(ch: string | undefined): boolean {
  return ch !== undefined && /[!#$%&'*+\-.^_`|~0-9A-Za-z]/.test(ch);
}

export function parseWwwAuthenticate(header: string): AuthChallenge[] {
  const text = header.length > MAX_HEADER ? header.slice(0, MAX_HEADER) : header;
  const challenges: AuthChallenge[] = [];
  let current: AuthChallenge | undefined;
  let i = 0;

  const skipSpaces = (): void => {
    while (text[i] === ' ' || text[i] === '\t') i++;
  };
  const readToken = (): string => {
    const start = i;
    while (isTokenChar(text[i])) i++;
    return text.slice(start, i);
  };
  const readQuoted = (): string => {
    let value = '';
    i++; // opening quote
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\' && i + 1 < text.length) i++;
      value += text[i];
      i++;
    }
    i++; // closing quote
    return value;
  };

  while (i < text.length) {
    while (i < text.length && /[\s,]/.test(text[i]!)) i++;
    if (i >= text.length) break;
    const name = readToken();
    if (!name) {
      i++; // a stray character: skip it rather than give up on the whole header
      continue;
    }
    skipSpaces();
    if (text[i] === '=') {
      // `name=value`: a parameter of the current challenge
      i++;
      skipSpaces();
      const value = text[i] === '"' ? readQuoted() : readToken();
      if (!current) challenges.push((current = { scheme: '', params: {} }));
      current.params[name.toLowerCase()] = value;
      continue;
    }
    current = { scheme: name, params: {} };
    challenges.push(current);
    // `Basic dXNlcjpwYXNz==`: a token68 stands alone up to the next comma or the end.
    const token68 = /^([A-Za-z0-9\-._~+/]+=*)[ \t]*(?:,|$)/.exec(text.slice(i, i + 4096));
    if (token68 && !/=[^=]/.test(token68[1]!)) {
      current.token68 = token68[1]!;
      i += token68[1]!.length;
    }
  }
  return challenges;
}
