/**
 * A token wrapped across lines, as specs and docs print them: each line a piece, indented, maybe
 * quoted, maybe joined with `+` or `\` (RFC 7520 breaks its examples every 60 characters). Finds the
 * token whose pieces surround a cursor by joining the neighbouring lines, bounded in lines and length.
 */
import type { TokenMatch } from '../scan/findings';
import { findTokens } from './detect';
import { MAX_TOKEN_LENGTH } from './limits';

/** Most lines one wrapped token spans (a 64 KiB token at 60 characters a line would need more: it is not looked for). */
const MAX_WRAPPED_LINES = 60;

export interface WrappedToken {
  token: TokenMatch['text'];
  format: TokenMatch['format'];
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** A line that is only a piece of a token: `   "eyJhbGci…" +`, `  hhbXBsZSJ9`, `> SXTig…`. */
const PIECE = /^(\s*(?:(?:>|\*|#|\/\/)\s*)?["'`]?)([A-Za-z0-9_\-.=]+)["'`]?\s*(?:[+\\,]\s*)?$/;
/** Token characters at the end of a line (the first line of a token that starts after other text). */
const TRAILING_RUN = /(?<![A-Za-z0-9_\-.=])([A-Za-z0-9_\-.=]+)["'`]?\s*(?:[+\\]\s*)?$/;
/** Token characters at the start of a line (the last line, followed by other text). */
const LEADING_RUN = /^(\s*["'`]?)([A-Za-z0-9_\-.=]+)/;

interface Piece {
  line: number;
  column: number;
  text: string;
}

/** The token wrapped over the lines around `line` that covers `character`, or undefined. */
export function findWrappedTokenAt(
  lineAt: (line: number) => string,
  lineCount: number,
  line: number,
  character: number,
): WrappedToken | undefined {
  const own = lineAt(line);
  const ownPiece = PIECE.exec(own);
  const pieces: Piece[] = [];
  if (ownPiece) pieces.push({ line, column: ownPiece[1]!.length, text: ownPiece[2]! });
  else {
    // The cursor is on the first line (text, then the start of the token) or the last (the token's end, then text).
    const trailing = TRAILING_RUN.exec(own);
    const leading = LEADING_RUN.exec(own);
    if (trailing && character >= trailing.index) pieces.push({ line, column: trailing.index, text: trailing[1]! });
    else if (leading && character <= leading[1]!.length + leading[2]!.length)
      pieces.push({ line, column: leading[1]!.length, text: leading[2]! });
    else return undefined;
  }
  const ownIsWhole = ownPiece !== null;
  let length = pieces[0]!.text.length;
  // Upwards, while lines are pieces; a line that ends in token characters after other text is the first.
  if (ownIsWhole || pieces[0]!.column > 0 || !TRAILING_RUN.test(own)) {
    for (let n = line - 1; n >= 0 && line - n < MAX_WRAPPED_LINES && length < MAX_TOKEN_LENGTH; n--) {
      const text = lineAt(n);
      const piece = PIECE.exec(text);
      if (piece) {
        pieces.unshift({ line: n, column: piece[1]!.length, text: piece[2]! });
        length += piece[2]!.length;
        continue;
      }
      const trailing = TRAILING_RUN.exec(text);
      if (trailing && trailing[1]!.includes('eyJ')) pieces.unshift({ line: n, column: trailing.index, text: trailing[1]! });
      break;
    }
  }
  // Downwards, while lines are pieces; a line that starts with token characters and goes on is the last.
  if (ownIsWhole || pieces[pieces.length - 1]!.line !== line || TRAILING_RUN.test(own)) {
    for (let n = line + 1; n < lineCount && n - line < MAX_WRAPPED_LINES && length < MAX_TOKEN_LENGTH; n++) {
      const text = lineAt(n);
      const piece = PIECE.exec(text);
      if (piece) {
        pieces.push({ line: n, column: piece[1]!.length, text: piece[2]! });
        length += piece[2]!.length;
        continue;
      }
      const leading = LEADING_RUN.exec(text);
      if (leading) pieces.push({ line: n, column: leading[1]!.length, text: leading[2]! });
      break;
    }
  }
  if (pieces.length < 2) return undefined;
  const joined = pieces.map((piece) => piece.text).join('');
  // Where each piece starts in the joined text, to map the token back to lines.
  const offsets: number[] = [];
  let at = 0;
  for (const piece of pieces) {
    offsets.push(at);
    at += piece.text.length;
  }
  const index = pieces.findIndex((piece) => piece.line === line);
  const cursor = offsets[index]! + Math.max(0, Math.min(pieces[index]!.text.length, character - pieces[index]!.column));
  const match = findTokens(joined).find((found) => found.start <= cursor && cursor <= found.end);
  if (!match) return undefined;
  const position = (offset: number, isEnd: boolean) => {
    let k = pieces.length - 1;
    while (k > 0 && (isEnd ? offsets[k]! >= offset : offsets[k]! > offset)) k--;
    return { line: pieces[k]!.line, character: pieces[k]!.column + (offset - offsets[k]!) };
  };
  return { token: match.text, format: match.format, start: position(match.start, false), end: position(match.end, true) };
}
