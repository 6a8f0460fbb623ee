/**
 * The text a hover or the Explain command parses around a position: the line itself, or, when the
 * line sits inside a JSON object spread over several lines (a pretty-printed token-endpoint body),
 * that whole object. Bounded by lines and characters, so a hover never reads the whole document.
 */

/** What the window needs from a document: VS Code's TextDocument fits through a tiny adapter. */
export interface LineSource {
  lineCount: number;
  lineAt(line: number): string;
}

export interface WindowLimits {
  /** Lines looked at above and below the position. */
  maxLines: number;
  /** Characters read in all. */
  maxChars: number;
}

export const DEFAULT_WINDOW_LIMITS: WindowLimits = { maxLines: 30, maxChars: 16 * 1024 };

export interface ResponseWindow {
  text: string;
  /** Lines (0-based, inclusive) the text came from. */
  firstLine: number;
  lastLine: number;
  /** True when the text is a JSON object spanning several lines rather than the line alone. */
  multiLine: boolean;
}

export function responseWindow(
  source: LineSource,
  line: number,
  character: number,
  limits: WindowLimits = DEFAULT_WINDOW_LIMITS,
): ResponseWindow {
  const own = source.lineAt(line);
  if (own.length > limits.maxChars) {
    // A minified body on one line: a slice around the cursor is all a hover may read.
    const half = Math.floor(limits.maxChars / 2);
    const start = Math.max(0, Math.min(character - half, own.length - limits.maxChars));
    return { text: own.slice(start, start + limits.maxChars), firstLine: line, lastLine: line, multiLine: false };
  }
  const lines = new Map<number, string>([[line, own]]);
  let budget = limits.maxChars - own.length;
  let first = line;
  let last = line;
  // Grow upwards and downwards in turn, so a budget spent on one side still leaves the other some.
  for (let step = 1; step <= limits.maxLines && budget > 0; step++) {
    let grew = false;
    if (first === line - step + 1 && first > 0) {
      const text = source.lineAt(first - 1);
      if (text.length <= budget) {
        lines.set(--first, text);
        budget -= text.length;
        grew = true;
      }
    }
    if (last === line + step - 1 && last < source.lineCount - 1) {
      const text = source.lineAt(last + 1);
      if (text.length <= budget) {
        lines.set(++last, text);
        budget -= text.length;
        grew = true;
      }
    }
    if (!grew) break;
  }
  const object = enclosingObject(lines, first, last, line);
  if (object) return { ...object, multiLine: true };
  return { text: own, firstLine: line, lastLine: line, multiLine: false };
}

interface Open {
  char: '{' | '[';
  line: number;
  column: number;
}

/**
 * The outermost `{…}` that opens above or on `line`, closes on or below it, and spans more than one
 * line. JSON strings cannot hold a raw line break, so string state starts fresh on every line;
 * an unbalanced bracket in a log line above only resets the scan.
 */
function enclosingObject(
  lines: Map<number, string>,
  first: number,
  last: number,
  line: number,
): Omit<ResponseWindow, 'multiLine'> | undefined {
  const stack: Open[] = [];
  let best: { open: Open; closeLine: number; closeColumn: number } | undefined;
  for (let n = first; n <= last; n++) {
    const text = lines.get(n)!;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (inString) {
        if (ch === '\\') i++;
        else if (ch === '"') inString = false;
        continue;
      }
      if (ch === '"') inString = true;
      else if (ch === '{' || ch === '[') stack.push({ char: ch, line: n, column: i });
      else if (ch === '}' || ch === ']') {
        const open = stack.pop();
        if (!open || (open.char === '{') !== (ch === '}')) {
          stack.length = 0;
          continue;
        }
        const spans = open.line <= line && n >= line && open.line < n;
        if (
          open.char === '{' &&
          spans &&
          (!best || open.line < best.open.line || (open.line === best.open.line && open.column < best.open.column))
        ) {
          best = { open, closeLine: n, closeColumn: i };
        }
      }
    }
    // Past the position with nothing open that started at or above it: nothing can enclose it any more.
    if (n >= line && !stack.some((open) => open.line <= line)) break;
  }
  if (!best) return undefined;
  const parts: string[] = [];
  for (let n = best.open.line; n <= best.closeLine; n++) {
    const text = lines.get(n)!;
    const from = n === best.open.line ? best.open.column : 0;
    const to = n === best.closeLine ? best.closeColumn + 1 : text.length;
    parts.push(text.slice(from, to));
  }
  return { text: parts.join('\n'), firstLine: best.open.line, lastLine: best.closeLine };
}

/** A `LineSource` over a string, for tests and for text that is not a document. */
export function linesOf(text: string): LineSource {
  const all = text.split(/\r?\n/);
  return { lineCount: all.length, lineAt: (n) => all[n] ?? '' };
}
