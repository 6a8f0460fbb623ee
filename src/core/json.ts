/** Parses text that should hold one JSON object; undefined for invalid JSON, arrays and other values. Never throws. */
export function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Deepest nesting `jsonText` writes out; deeper values are shown as `"…"`. Real claims nest two or three levels. */
export const MAX_SHOWN_JSON_DEPTH = 64;

export interface JsonTextOptions {
  /** Spaces per level, as `JSON.stringify`'s third argument; 0 for one line. */
  indent?: number;
  /** Objects and arrays nested deeper than this are written as `"…"`. */
  maxDepth?: number;
  /** The text stops (ending in `…`) once it is this long. */
  maxLength?: number;
}

type Frame = { items: [string | undefined, unknown][]; next: number; close: string; depth: number };

/**
 * Any value as JSON text, for showing it: the same text as `JSON.stringify` for parsed JSON of sane
 * depth, but without recursion (a claim nested 5,000 deep cannot overflow the stack), with nesting
 * beyond `maxDepth` shown as `"…"`, cut at `maxLength`, and never throwing (a key called `toString`
 * or `toJSON` is just a key; values JSON cannot hold are written as `null`, like `JSON.stringify` does in arrays).
 */
export function jsonText(value: unknown, options: JsonTextOptions = {}): string {
  const indent = Math.max(0, Math.min(10, Math.floor(options.indent ?? 0)));
  const maxDepth = options.maxDepth ?? MAX_SHOWN_JSON_DEPTH;
  const maxLength = options.maxLength ?? Infinity;
  const parts: string[] = [];
  let length = 0;
  const write = (text: string): void => {
    parts.push(text);
    length += text.length;
  };
  const newline = (depth: number): void => {
    if (indent > 0) write(`\n${' '.repeat(indent * depth)}`);
  };
  const stack: Frame[] = [];
  /** Writes a scalar, or opens a container and pushes its frame. */
  const open = (item: unknown, depth: number): void => {
    if (typeof item === 'string') return write(JSON.stringify(item));
    if (typeof item === 'number') return write(Number.isFinite(item) ? String(item) : 'null');
    if (typeof item === 'boolean') return write(item ? 'true' : 'false');
    if (typeof item !== 'object' || item === null) return write('null');
    if (depth >= maxDepth) return write('"…"');
    const isArray = Array.isArray(item);
    const items: [string | undefined, unknown][] = isArray
      ? (item as unknown[]).map((element) => [undefined, element])
      : Object.keys(item).flatMap((key) => {
          const child = (item as Record<string, unknown>)[key];
          return child === undefined || typeof child === 'function' || typeof child === 'symbol' ? [] : [[key, child] as [string, unknown]];
        });
    if (items.length === 0) return write(isArray ? '[]' : '{}');
    write(isArray ? '[' : '{');
    stack.push({ items, next: 0, close: isArray ? ']' : '}', depth });
  };
  open(value, 0);
  while (stack.length > 0 && length < maxLength) {
    const frame = stack[stack.length - 1]!;
    if (frame.next === frame.items.length) {
      stack.pop();
      newline(frame.depth);
      write(frame.close);
      continue;
    }
    const [key, child] = frame.items[frame.next]!;
    if (frame.next > 0) write(',');
    frame.next++;
    newline(frame.depth + 1);
    if (key !== undefined) write(`${JSON.stringify(key)}:${indent > 0 ? ' ' : ''}`);
    open(child, frame.depth + 1);
  }
  const text = parts.join('');
  const unfinished = stack.length > 0;
  return text.length > maxLength || unfinished ? `${text.slice(0, Math.max(0, maxLength - 1))}…` : text;
}

/** A JSON value as one line for a message: strings as they are, anything else as bounded JSON. Never throws. */
export function shownValue(value: unknown, maxLength = 200): string {
  const text = typeof value === 'string' ? value : jsonText(value, { maxLength });
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
