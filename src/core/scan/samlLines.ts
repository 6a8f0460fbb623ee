/**
 * SAML values in a streamed text, for `authlens scan`: the line scanner finds tokens and error codes
 * as pieces arrive; this adds the SAML messages `findSaml` finds in each completed line, and hands
 * every finding on in the order `scanText` gives for the whole text (by start offset). Findings on the
 * line still being read are held until that line ends, so memory is one line's findings at most. A
 * line longer than a SAML value can be (8 MB) is not searched for SAML past that length.
 */
import { findSaml } from '../saml/detect';
import { SAML_ENCODED_MAX } from '../saml/detectLimits';
import type { Finding, SamlFinding } from './findings';
import type { LineScanner } from './lineScanner';

const MAX_LINE = SAML_ENCODED_MAX + 64 * 1024;

export function withSaml(inner: LineScanner): LineScanner {
  let offset = 0; // characters fed so far
  let lineStart = 0; // offset where the unfinished line starts
  let lineNumber = 1; // its 1-based number
  let line: string[] = []; // its text so far (bounded)
  let lineLength = 0;
  let held: Finding[] = []; // findings at or after lineStart, waiting for the line's end

  function endLine(): SamlFinding[] {
    const text = line.join('');
    const found = text.includes('SAML') || text.includes('PHNhbW') || text.includes('PD94bWwg') ? findSaml(text) : [];
    const line0 = lineNumber;
    const base = lineStart;
    return found.map((m) => ({ kind: 'saml', parameter: m.parameter, start: base + m.start, end: base + m.end, text: m.text, line: line0 }));
  }

  function release(found: Finding[], complete: boolean): Finding[] {
    const all = held.concat(found);
    const out: Finding[] = [];
    held = [];
    for (const finding of all) {
      if (complete || finding.start < lineStart) out.push(finding);
      else held.push(finding);
    }
    return out;
  }

  function take(piece: string): SamlFinding[] {
    const saml: SamlFinding[] = [];
    let from = 0;
    for (let nl = piece.indexOf('\n'); nl !== -1; nl = piece.indexOf('\n', nl + 1)) {
      append(piece.slice(from, nl));
      saml.push(...endLine());
      lineStart = offset + nl + 1;
      lineNumber++;
      line = [];
      lineLength = 0;
      from = nl + 1;
    }
    append(piece.slice(from));
    offset += piece.length;
    return saml;
  }

  function append(segment: string): void {
    if (lineLength + segment.length > MAX_LINE) return; // too long to hold a SAML value we would report
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
  };
}
