/**
 * Logs often print a response header in the middle of a line (`… 401 Unauthorized WWW-Authenticate:
 * Bearer error="invalid_token", …`). The response parser reads header lines only from a line's start,
 * so this hands it the header part of such a line. An adapter here, until the core reads them itself.
 */
const HEADER = /(?:^|[\s,;|])(WWW-Authenticate:[ \t]*\S.*)$/im;

/** The `WWW-Authenticate: …` tail of a one-line text whose header does not start the line; else undefined. */
export function embeddedChallenge(text: string): string | undefined {
  if (text.length > 64 * 1024 || text.includes('\n')) return undefined;
  const match = HEADER.exec(text);
  // At the start of the text the parser reads the header itself.
  if (!match || text.trimStart().startsWith(match[1]!)) return undefined;
  return match[1];
}
