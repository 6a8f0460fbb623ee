/**
 * Scans a text that arrives in pieces (a file read in chunks, a pipe, a growing log) and reports
 * each finding with what `scanText` gives for the whole text: offsets from the start of the text
 * and a 1-based line number, exact however the pieces were cut.
 *
 * The capture stream scanner does the finding (it already joins split lines, bounds memory on an
 * endless line and never reports a finding twice); this adds line numbers. Its unfinished line never
 * holds a newline, so a finding that starts before the current piece is on the current line, and one
 * inside the piece is on the line reached by counting the piece's newlines up to it, once, in order.
 */
import { createStreamScanner, type StreamFinding, type StreamScannerOptions } from '../capture/streamScanner';
import type { Finding } from './findings';

export interface LineScanner {
  /** Adds the next piece of the text; returns the findings it completed, in order. Never throws. */
  feed(piece: string): Finding[];
  /** The text ended (or went quiet, with `keepGoing`): scans the unfinished last line. */
  end(keepGoing?: boolean): Finding[];
  /** Characters fed so far. */
  readonly offset: number;
  /** The 1-based number of the line the next character fed is on. */
  readonly line: number;
}

const STREAM = 'text';

export function createLineScanner(options: StreamScannerOptions = {}): LineScanner {
  const scanner = createStreamScanner({ maxStreams: 1, context: false, ...options });
  /** Offset of the first character of the piece being fed. */
  let pieceStart = 0;
  /** Newlines before `pieceStart`. */
  let linesBefore = 0;

  function number(found: StreamFinding[], piece: string): Finding[] {
    const out = new Array<Finding>(found.length);
    let cursor = 0; // index in `piece` up to which newlines are counted
    let counted = linesBefore; // newlines before `pieceStart + cursor`
    for (let i = 0; i < found.length; i++) {
      const finding = found[i]!.finding as Finding;
      const at = finding.start - pieceStart;
      if (at > cursor) {
        for (let nl = piece.indexOf('\n', cursor); nl !== -1 && nl < at; nl = piece.indexOf('\n', nl + 1)) counted++;
        cursor = at;
      }
      finding.line = counted + 1; // findings come in order: `at <= 0` (the unfinished line) only before any other
      out[i] = finding;
    }
    // Count the rest of the piece's newlines for the pieces to come.
    for (let nl = piece.indexOf('\n', cursor); nl !== -1; nl = piece.indexOf('\n', nl + 1)) counted++;
    linesBefore = counted;
    pieceStart += piece.length;
    return out;
  }

  return {
    feed(piece) {
      if (typeof piece !== 'string' || piece.length === 0) return [];
      return number(scanner.feed(STREAM, piece), piece);
    },
    end(keepGoing = false) {
      const found = keepGoing ? scanner.flush(STREAM) : scanner.end(STREAM);
      return found.map(({ finding }) => Object.assign(finding, { line: linesBefore + 1 }) as Finding);
    },
    get offset() {
      return pieceStart;
    },
    get line() {
      return linesBefore + 1;
    },
  };
}
