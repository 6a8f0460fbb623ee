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
  return kind === 'file' ? readFileSync(arg, 'utf8') : arg;
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A failure in the CLI's shape: `{"error": {code, message}}` with --json, one line on stderr without. */
export function failure(code: string, message: string, asJson: boolean, exitCode = 1): CommandResult {
  return asJson ? { exitCode, stdout: json({ error: { code, message } }) } : { exitCode, stderr: `authlens: ${message}\n` };
}
