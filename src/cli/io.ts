import { readFileSync } from 'node:fs';

/** What a CLI command returns: the exit code and what to print. Commands never print themselves. */
export interface CommandResult {
  exitCode: number;
  stdout?: string;
  stderr?: string;
}

/** Reads the command's input: the argument itself, a file, or standard input for `-` / no argument. */
export function readInput(arg: string | undefined, kind: 'value' | 'file'): string {
  if (arg === undefined || arg === '-') return readFileSync(0, 'utf8');
  if (kind === 'value') return arg;
  try {
    return readFileSync(arg, 'utf8');
  } catch (error) {
    // Node's message names the path, and a token given where a file was expected would be printed whole.
    const code = (error as NodeJS.ErrnoException)?.code;
    throw new Error(`cannot read the file ${shownArgument(arg)}${code ? ` (${code})` : ''}`);
  }
}

/**
 * An argument as it may appear in a message: short ones as they are, anything longer (it may be a
 * token or a secret given to the wrong command) cut to its first characters. Never the whole value.
 */
export function shownArgument(arg: string): string {
  const oneLine = arg.replace(/\s+/g, ' ');
  return oneLine.length <= 24 ? `"${oneLine}"` : `"${oneLine.slice(0, 8)}…" (${arg.length} characters)`;
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A failure in the CLI's shape: `{"error": {code, message}}` with --json, one line on stderr without. */
export function failure(code: string, message: string, asJson: boolean, exitCode = 1): CommandResult {
  return asJson ? { exitCode, stdout: json({ error: { code, message } }) } : { exitCode, stderr: `authlens: ${message}\n` };
}

/** Values that come from the input, shown in human output: control, line-separator and bidi characters become visible `\\uXXXX` escapes. */
export function visibleControls(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
