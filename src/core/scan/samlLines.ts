/**
 * SAML values in a streamed text, for `authlens scan`: the line scanner finds tokens and error codes
 * as pieces arrive; this adds the SAML messages `findSaml` finds in each completed line, and hands
 * every finding on in the order `scanText` gives for the whole text (by start offset). Findings on the
 * line still being read are held until that line ends, so memory is one line's findings at most. A
 * line longer than a SAML value can be (8 MB) is searched for SAML only in its first `MAX_LINE`
 * characters (a value reaching past that is not reported).
 *
 * Speed: SAML values never span a newline, so the complete lines inside a piece are searched as one
 * text (`findSaml`'s anchor pass, no copy of a line); only the line that runs from one piece into the
 * next is held and joined. Line numbers are counted only up to each (rare) SAML value.
 */
import { findSaml } from '../saml/detect';
import { SAML_ENCODED_MAX } from '../saml/detectLimits';
import type { Finding, SamlFinding } from './findings';
import type { LineScanner } from './lineScanner';

const MAX_LINE = SAML_ENCODED_MAX + 64 * 1024;

/**
 * Cheaper than `findSaml`'s regex on the common text without any of its anchors: `indexOf` with a
 * short needle that starts with an upper-case letter runs at memchr speed (a needle of 7 or more
 * characters, such as `PD94bWwg`, measured ten times slower).
 */
const SAML_PREFILTER = ['SAML', 'PHNhbW', 'PD94'];
function mayHoldSaml(text: string, from = 0, to = text.length): boolean {
  for (const anchor of SAML_PREFILTER) {
    const at = text.indexOf(anchor, from);
    if (at !== -1 && at < to) return true;
  }
  return false;
}

export function withSaml(inner: LineScanner): LineScanner {
  let offset = 0; // characters fed so far
  let lineStart = 0; // offset where the unfinished line starts
  let lineNumber = 1; // its 1-based number
  let line: string[] = []; // its text so far (at most MAX_LINE characters)
  let lineLength = 0;
  let lineCut = false; // the unfinished line is longer than what `line` holds
  let held: Finding[] = []; // findings at or after lineStart, waiting for the line's end

  function endLine(): SamlFinding[] {
    if (lineLength === 0) return [];
    const text = line.length === 1 ? line[0]! : line.join('');
    if (!mayHoldSaml(text)) return [];
    const line0 = lineNumber;
    const base = lineStart;
    const out: SamlFinding[] = [];
    for (const m of findSaml(text)) {
      if (lineCut && m.end >= text.length) continue; // touches the cut: the value may go on
      out.push({ kind: 'saml', parameter: m.parameter, start: base + m.start, end: base + m.end, text: m.text, line: line0 });
    }
    return out;
  }

  function release(found: Finding[], complete: boolean): Finding[] {
    if (held.length === 0 && found.length === 0) return found;
    const all = held.length === 0 ? found : held.concat(found);
    const out: Finding[] = [];
    held = [];
    for (const finding of all) {
      if (complete || finding.start < lineStart) out.push(finding);
      else held.push(finding);
    }
    return out;
  }

  /**
   * SAML values in `piece[from, to)`, which holds whole lines only (`to` just after a newline), the
   * first of them line number `firstLine`, starting at text offset `base + from`.
   */
  function searchLines(piece: string, from: number, to: number, firstLine: number, base: number, out: SamlFinding[]): void {
    if (!mayHoldSaml(piece, from, to)) return;
    const region = from === 0 && to === piece.length ? piece : piece.slice(from, to);
    let counted = 0; // index in `region` up to which newlines are counted
    let number = firstLine;
    let start = 0; // where the line at `counted` starts
    let end = -1; // where it ends (its newline), once looked up
    for (const m of findSaml(region)) {
      for (let nl = region.indexOf('\n', counted); nl !== -1 && nl < m.start; nl = region.indexOf('\n', nl + 1)) {
        number++;
        start = nl + 1;
        counted = nl + 1;
      }
      if (counted < m.start) counted = m.start;
      if (end < start) end = region.indexOf('\n', m.start);
      // On a line longer than MAX_LINE, only what lies within its first MAX_LINE characters counts.
      if (end - start > MAX_LINE && m.end - start >= MAX_LINE) continue;
      out.push({
        kind: 'saml',
        parameter: m.parameter,
        start: base + from + m.start,
        end: base + from + m.end,
        text: m.text,
        line: number,
      });
    }
  }

  function take(piece: string): SamlFinding[] {
    const saml: SamlFinding[] = [];
    const first = piece.indexOf('\n');
    if (first === -1) {
      append(piece);
      offset += piece.length;
      return saml;
    }
    append(piece.slice(0, first));
    saml.push(...endLine());
    const last = piece.lastIndexOf('\n');
    if (last > first) {
      // The complete lines after the first: searched in place. Their count is the inner scanner's.
      searchLines(piece, first + 1, last + 1, lineNumber + 1, offset, saml);
    }
    lineNumber = inner.line;
    lineStart = offset + last + 1;
    line = [];
    lineLength = 0;
    lineCut = false;
    append(piece.slice(last + 1));
    offset += piece.length;
    return saml;
  }

  function append(segment: string): void {
    if (segment.length === 0 || lineCut) return;
    if (lineLength + segment.length > MAX_LINE) {
      segment = segment.slice(0, MAX_LINE - lineLength);
      lineCut = true;
    }
    line.push(segment);
    lineLength += segment.length;
  }

  const byStart = (a: Finding, b: Finding) => a.start - b.start;

  return {
    feed(piece) {
      if (typeof piece !== 'string' || piece.length === 0) return [];
      const found = inner.feed(piece);
      const saml = take(piece);
      const ready = release(found, false);
      return saml.length === 0 ? ready : ready.concat(saml).sort(byStart);
    },
    end(keepGoing = false) {
      const found = inner.end(keepGoing);
      const saml = keepGoing ? [] : endLine();
      const ready = release(found, true); // quiet (--follow) or done: show what is found so far
      return saml.length === 0 ? ready : ready.concat(saml).sort(byStart);
    },
    get offset() {
      return inner.offset;
    },
    get line() {
      return inner.line;
    },
  };
}
