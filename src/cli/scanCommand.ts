/**
 * `authlens scan [FILE|-] [--json|--ndjson] [--follow]`: every token and auth error code in a file
 * or standard input, at any size.
 *
 * Streams: the input is read in chunks and scanned as it comes (the line scanner joins lines split
 * across chunks and numbers lines exactly), findings are written as they are found, and memory stays
 * flat whatever the size. A regular file is read with the next chunk already on its way while the
 * current one is scanned. `--follow` keeps reading a file as it grows (like `tail -f`) or a pipe
 * until it closes, scanning an unfinished last line once the input goes quiet.
 *
 * Output shapes: `--json` writes exactly what it always did (`{"findings": [...]}`, two-space
 * indented), one finding at a time; `--ndjson` one finding per line; plain text one line each.
 * Everything written is already terminal-safe (no control, bidi or zero-width character from the input).
 * Exit 0 on success, 2 when the input cannot be read, with one line that never repeats the input.
 */
import { closeSync, createReadStream, fstatSync, openSync, read as readCallback, readFileSync, readSync } from 'node:fs';
import { isAscii } from 'node:buffer';
import { createLineScanner } from '../core/scan/lineScanner';
import { withSaml } from '../core/scan/samlLines';
import type { Finding } from '../core/scan/findings';
import { failure, json, type CommandResult } from './io';
import { redact } from '../core/redact';
import { terminalSafe } from '../core/render/escape';

export type ScanFormat = 'text' | 'json' | 'ndjson';

export interface ScanArgs {
  /** A path, or `-` / undefined for standard input. */
  file?: string;
  format: ScanFormat;
  follow: boolean;
  /** Human-readable lines show each token whole (else its first 24 characters); JSON always has the whole `text`. */
  showTokens?: boolean;
}

export interface ScanIo {
  /** Writes output; may return a promise to apply back-pressure. */
  write(text: string): void | Promise<void>;
  /** Standard input, for `-`; `process.stdin` unless a test gives another. */
  stdin?: NodeJS.ReadableStream & { fd?: number };
  /** Stops `--follow` (Ctrl-C); the output is closed properly and the exit code is 0. */
  stopSignal?: AbortSignal;
  /** How often a followed file is checked for growth, and how long a pipe must be quiet before its last line is scanned. */
  pollMs?: number;
}

/** Bytes read at a time from a regular file. Large enough that per-chunk costs vanish; 1 MiB measured faster than 4 MiB (less garbage-collector work). */
const CHUNK_BYTES = 1024 * 1024;
const DEFAULT_POLL_MS = 250;

/** Parses the arguments after `scan`. Unknown flags are a usage error (exit 2). */
export function parseScanArgs(args: string[]): ScanArgs | { error: string } {
  let format: ScanFormat = 'text';
  let follow = false;
  let showTokens = false;
  let file: string | undefined;
  for (const arg of args) {
    if (arg === '--json') format = format === 'ndjson' ? format : 'json';
    else if (arg === '--show-tokens') showTokens = true;
    else if (arg === '--ndjson') format = 'ndjson';
    else if (arg === '--follow' || arg === '-f') follow = true;
    else if (arg.startsWith('--')) return { error: `scan does not know the option ${safeName(arg)}` };
    else if (file === undefined) file = arg;
    else return { error: 'scan takes one FILE (or - for standard input)' };
  }
  return { ...(file === undefined ? {} : { file }), format, follow, showTokens };
}

export async function scanCommand(args: ScanArgs, io: ScanIo): Promise<CommandResult> {
  const asJson = args.format !== 'text';
  const fromStdin = args.file === undefined || args.file === '-';
  const name = fromStdin ? 'standard input' : safeName(args.file!);
  let fd: number | undefined;
  let regular = false;
  try {
    if (fromStdin) {
      const stdinFd = io.stdin ? io.stdin.fd : 0;
      if (typeof stdinFd === 'number') {
        const stat = fstatSync(stdinFd);
        if (stat.isFile()) {
          fd = stdinFd;
          regular = true;
        }
      }
    } else {
      fd = openSync(args.file!, 'r');
      const stat = fstatSync(fd);
      if (stat.isDirectory()) {
        closeSync(fd);
        return unreadable(name, 'it is a directory', asJson);
      }
      regular = stat.isFile();
    }
  } catch (error) {
    return unreadable(name, reason(error), asJson);
  }

  // A HAR file is read as what it is (JSON escapes undone, base64 bodies decoded), each finding naming
  // its entry; HAR files are bounded JSON documents, read whole.
  if (fd !== undefined && regular && looksLikeHar(peek(fd))) {
    try {
      const har = await scanHar(readFileSync(fd, 'utf8'));
      if (har) {
        if (args.format === 'text')
          await io.write(
            terminalSafe(har.map((finding) => describeHar(finding, args.showTokens === true)).join('\n') + (har.length ? '\n' : '')),
          );
        else if (args.format === 'ndjson') await io.write(terminalSafe(har.map((finding) => `${JSON.stringify(finding)}\n`).join('')));
        else await io.write(terminalSafe(json({ findings: har })));
        return { exitCode: 0 };
      }
    } finally {
      if (!fromStdin) closeSync(fd);
    }
    // Not a HAR after all: scan it as text (standard input keeps its descriptor: the reads below are positional).
    if (!fromStdin) fd = openSync(args.file!, 'r');
  }

  const out = createWriter(args.format, io, args.showTokens === true);
  // No budget: a dense line is scanned whole, every finding reported (live capture is the one that caps).
  const scanner = withSaml(createLineScanner({ maxHitsPerScan: Infinity }));
  await out.begin();
  try {
    if (fd !== undefined && regular) await readFile(fd, scanner, out, args.follow, io);
    else if (fd !== undefined) await readStream(fdStream(fd), scanner, out, args.follow, io);
    else await readStream(io.stdin ?? process.stdin, scanner, out, args.follow, io);
  } catch (error) {
    await out.write(scanner.end());
    await out.finish();
    return { exitCode: 2, stderr: `authlens: could not read ${name} to the end: ${reason(error)}\n` };
  } finally {
    if (fd !== undefined && !fromStdin) closeSync(fd);
  }
  await out.write(scanner.end());
  await out.finish();
  return { exitCode: 0 };
}

type Scanner = ReturnType<typeof createLineScanner>;

function readInto(fd: number, buffer: Buffer, position: number): Promise<number> {
  return new Promise((resolve, reject) => {
    readCallback(fd, buffer, 0, buffer.length, position, (error, bytesRead) => (error ? reject(error) : resolve(bytesRead)));
  });
}

/** A regular file, chunk by chunk: the next read runs in the background while this chunk is scanned. */
async function readFile(fd: number, scanner: Scanner, out: Writer, follow: boolean, io: ScanIo): Promise<void> {
  const decoder = createChunkDecoder();
  let buffers = [Buffer.allocUnsafe(CHUNK_BYTES), Buffer.allocUnsafe(CHUNK_BYTES)];
  let position = 0;
  let pending = readInto(fd, buffers[0]!, position);
  for (;;) {
    const bytes = await pending;
    if (bytes === 0) {
      await out.write(scanner.feed(decoder.flush(!follow))); // the last line, if it has no newline
      if (!follow) return;
      await out.write(scanner.end(true)); // an unfinished last line: scan it as it is, keep following
      const grew = await waitForGrowth(fd, position, io);
      if (grew === 'stopped') return;
      if (grew === 'truncated') position = 0; // rotated or truncated: read it again from the start
      pending = readInto(fd, buffers[0]!, position);
      continue;
    }
    position += bytes;
    const current = buffers[0]!;
    buffers = [buffers[1]!, current];
    pending = readInto(fd, buffers[0]!, position);
    decoder.write(current.subarray(0, bytes), (piece) => out.add(scanner.feed(piece)));
    await out.write([]);
  }
}

/** Resolves once the file is longer than `position` (or shorter: truncated), or when stopped. */
function waitForGrowth(fd: number, position: number, io: ScanIo): Promise<'grew' | 'truncated' | 'stopped'> {
  const pollMs = io.pollMs ?? DEFAULT_POLL_MS;
  return new Promise((resolve) => {
    const signal = io.stopSignal;
    if (signal?.aborted) return resolve('stopped');
    const onStop = () => {
      clearTimeout(timer);
      resolve('stopped');
    };
    signal?.addEventListener('abort', onStop, { once: true });
    let timer: ReturnType<typeof setTimeout>;
    const check = () => {
      let size: number;
      try {
        size = fstatSync(fd).size;
      } catch {
        size = position;
      }
      if (size === position) {
        timer = setTimeout(check, pollMs);
        return;
      }
      signal?.removeEventListener('abort', onStop);
      resolve(size > position ? 'grew' : 'truncated');
    };
    timer = setTimeout(check, pollMs);
  });
}

function fdStream(fd: number): NodeJS.ReadableStream {
  return createReadStream('', { fd, autoClose: false, highWaterMark: 1 << 20 });
}

/**
 * A pipe or terminal: chunks as they arrive. With `--follow`, a last line left unfinished for a
 * moment (a program that prints without a newline and waits) is scanned as it is.
 */
async function readStream(stream: NodeJS.ReadableStream, scanner: Scanner, out: Writer, follow: boolean, io: ScanIo): Promise<void> {
  const decoder = createChunkDecoder();
  const pollMs = io.pollMs ?? DEFAULT_POLL_MS;
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();
  const stop = () => (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
  io.stopSignal?.addEventListener('abort', stop, { once: true });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer | string>) {
      if (quiet) clearTimeout(quiet);
      await writing;
      // A string chunk only comes from a stream with an encoding set; the scanner joins its lines itself.
      if (typeof chunk === 'string') out.add(scanner.feed(chunk));
      else decoder.write(chunk, (piece) => out.add(scanner.feed(piece)));
      await out.write([]);
      if (follow) {
        quiet = setTimeout(() => {
          writing = writing.then(() => out.write(scanner.feed(decoder.flush()))).then(() => out.write(scanner.end(true)));
        }, pollMs);
      }
    }
  } catch (error) {
    if (!io.stopSignal?.aborted) throw error;
  } finally {
    if (quiet) clearTimeout(quiet);
    io.stopSignal?.removeEventListener('abort', stop);
  }
  await writing;
  await out.write(scanner.feed(decoder.flush(true)));
}

/**
 * UTF-8 chunks to text, cut after the last newline: the scanner then gets whole lines as one flat
 * string each time (no joining with a held line, no slice of a larger string, both measurably slower
 * to search), and a newline byte is never part of a multi-byte character, so every cut is on a
 * character boundary. What follows the last newline waits for the next chunk; a line longer than
 * `MAX_HELD_BYTES` is handed over anyway, cut on a character boundary (the scanner joins the pieces).
 * A chunk that is pure ASCII, as logs nearly always are, is copied as Latin-1: the same characters,
 * faster than validating UTF-8, and a one-byte string the finders search faster (`buffer.isAscii`
 * is one SIMD pass).
 */
const MAX_HELD_BYTES = 1024 * 1024;
/**
 * Text is handed to the scanner in pieces of whole lines of about this many bytes. A string under
 * V8's large-object size (128 KiB) is allocated in the young generation and its memory reused at
 * once; a 1 MiB one gets fresh pages of its own every time: decoding 100 MB in 1 MiB strings
 * measured 90–110 ms of main-thread time, in 64 KiB pieces 20–30 ms.
 */
const PIECE_BYTES = 64 * 1024;

/**
 * Hands each piece to `take` as soon as it is decoded, so only one piece is alive at a time: a young-generation
 * collection then copies at most that piece, not a whole chunk's worth of them.
 */
function createChunkDecoder(): { write(chunk: Buffer, take: (piece: string) => void): void; flush(final?: boolean): string } {
  let held: Buffer | undefined;
  const decode = (bytes: Buffer) => (bytes.length === 0 ? '' : isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8'));
  return {
    write(chunk, take) {
      // The held line and this chunk's first line are joined (a few bytes); the rest of the chunk is not copied.
      if (held) {
        const firstNewline = chunk.indexOf(10);
        if (firstNewline !== -1 && held.length + firstNewline < MAX_HELD_BYTES) {
          const joined = Buffer.concat([held, chunk.subarray(0, firstNewline + 1)]);
          held = undefined;
          chunk = chunk.subarray(firstNewline + 1);
          take(decode(joined));
        }
      }
      const data = held ? Buffer.concat([held, chunk]) : chunk;
      held = undefined;
      let cut = data.lastIndexOf(10) + 1;
      if (cut === 0) {
        if (data.length <= MAX_HELD_BYTES) {
          held = Buffer.from(data); // a copy: `chunk` is a read buffer that is about to be reused
          return;
        }
        cut = data.length - incompleteTail(data);
      }
      if (cut < data.length) held = Buffer.from(data.subarray(cut));
      // Whole lines, in pieces of about PIECE_BYTES each (a longer line is one piece of its own).
      let from = 0;
      while (cut - from > PIECE_BYTES) {
        let end = data.lastIndexOf(10, from + PIECE_BYTES - 1) + 1;
        if (end <= from) end = data.indexOf(10, from + PIECE_BYTES) + 1;
        if (end <= from || end >= cut) break;
        take(decode(data.subarray(from, end)));
        from = end;
      }
      if (cut > from) take(decode(data.subarray(from, cut)));
    },
    flush(final = false) {
      if (!held) return '';
      // At the very end a cut character is decoded as it is (U+FFFD), as reading the whole file would.
      const cut = final ? held.length : held.length - incompleteTail(held);
      const text = decode(held.subarray(0, cut));
      held = cut < held.length ? Buffer.from(held.subarray(cut)) : undefined;
      return text;
    },
  };
}

/** How many bytes at the end of `bytes` start a UTF-8 sequence that `bytes` does not finish (0–3). */
function incompleteTail(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if (byte < 0x80) return 0;
    if (byte >= 0xc0) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return length > back ? back : 0;
    }
  }
  return 0;
}

interface Writer {
  begin(): Promise<void>;
  /** Formats findings and writes them out, with whatever `add` held. */
  write(findings: Finding[]): Promise<void>;
  /** Formats findings to be written with the next `write` (one write per chunk read, not per piece). */
  add(findings: Finding[]): void;
  finish(): Promise<void>;
}

/**
 * Writes findings in the chosen shape; `--json` is byte for byte what `JSON.stringify({findings}, null, 2)`
 * gives. What it writes is terminal-safe (`terminalSafe`): each finding is made safe on its own, a few
 * dozen characters, instead of a pass over the whole output; the two common shapes hold only
 * characters that need no escaping (checked, not assumed, for an error's code and family).
 */
function createWriter(format: ScanFormat, io: ScanIo, showTokens: boolean): Writer {
  let count = 0;
  let text = '';
  const emit = async (tail = '') => {
    const out = text + tail;
    text = '';
    if (out.length > 0) await io.write(out);
  };
  const add = (findings: Finding[]) => {
    for (const finding of findings) {
      if (format === 'json') text += `${count === 0 ? '\n' : ',\n'}    ${indentedJson(finding)}`;
      else if (format === 'ndjson') text += `${terminalSafe(JSON.stringify(finding))}\n`;
      else text += `${terminalSafe(describe(finding, showTokens))}\n`;
      count++;
    }
  };
  return {
    begin: () => emit(format === 'json' ? '{\n  "findings": [' : ''),
    add,
    async write(findings) {
      add(findings);
      await emit();
    },
    finish: () => emit(format === 'json' ? `${count === 0 ? '' : '\n  '}]\n}\n` : ''),
  };
}

/** Printable ASCII only: nothing in it for `terminalSafe` or `JSON.stringify` to escape. */
const PLAIN = /^[\x20-\x21\x23-\x5b\x5d-\x7e]*$/;

/**
 * `JSON.stringify(finding, null, 2)` indented by four more spaces, written out directly, terminal-safe:
 * findings are flat objects of strings and numbers, and this is several times faster than
 * stringify-then-reindent.
 */
function indentedJson(finding: Finding): string {
  // The two shapes the finders make, in their key order (the CLI test compares bytes with JSON.stringify).
  // A token's text is base64url, dots and padding only, and its format one of three words (the detector guarantees both).
  if (finding.kind === 'token') {
    return `{\n      "kind": "token",\n      "format": "${finding.format}",\n      "start": ${finding.start},\n      "end": ${finding.end},\n      "text": "${finding.text}",\n      "line": ${finding.line}\n    }`;
  }
  if (finding.kind === 'error' && PLAIN.test(finding.code) && PLAIN.test(finding.family) && Object.keys(finding).length === 6) {
    return `{\n      "kind": "error",\n      "code": "${finding.code}",\n      "family": "${finding.family}",\n      "start": ${finding.start},\n      "end": ${finding.end},\n      "line": ${finding.line}\n    }`;
  }
  let text = '{';
  let first = true;
  for (const key in finding) {
    const value = (finding as unknown as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const shown =
      typeof value === 'object' && value !== null ? JSON.stringify(value, null, 2).replace(/\n/g, '\n      ') : JSON.stringify(value);
    text += `${first ? '' : ','}\n      ${JSON.stringify(key)}: ${shown}`;
    first = false;
  }
  return terminalSafe(first ? '{}' : `${text}\n    }`);
}

function describe(finding: Finding, showTokens: boolean): string {
  const where = `line ${finding.line}, ${finding.start}-${finding.end}`;
  const shown = (text: string) => (showTokens ? text : `${text.slice(0, 24)}…`);
  if (finding.kind === 'token') return `${where}  token (${finding.format})  ${shown(finding.text)}`;
  if (finding.kind === 'saml') return `${where}  saml (${finding.parameter ?? 'base64'})  ${shown(finding.text)}`;
  return `${where}  error ${finding.code} (${finding.family})`;
}

function unreadable(name: string, why: string, asJson: boolean): CommandResult {
  return failure('input', `cannot read ${name}: ${why}`, asJson, 2);
}

/** Why a read failed, in words; never the system message, which repeats the path. */
function reason(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'EIO':
      return 'an input/output error';
    default:
      return typeof code === 'string' ? `system error ${code}` : 'it could not be read';
  }
}

/** The file name as it may be shown: a token pasted where a file name goes is masked, control characters escaped. */
/** A path as the messages show it: a token pasted where a file was expected is masked, control characters escaped. */
function safeName(name: string): string {
  const shown = terminalSafe(redact(name));
  return `"${shown.length > 200 ? `${shown.slice(0, 199)}…` : shown}"`;
}

/** The first 4 KB of a regular file, to recognise a HAR without reading it all. */
function peek(fd: number): string {
  const buffer = Buffer.alloc(4096);
  const bytes = readSync(fd, buffer, 0, buffer.length, 0);
  return buffer.subarray(0, bytes).toString('utf8');
}

function looksLikeHar(head: string): boolean {
  return /^\s*\{/.test(head.slice(0, 100)) && /"log"\s*:/.test(head) && /"(?:entries|version|creator)"/.test(head);
}

type HarFinding =
  | { kind: 'token'; format: string; entry: number; where: string; text: string }
  | { kind: 'saml'; entry: number; where: string; text: string }
  | { kind: 'error'; code: string; family: string; entry: number; where: string };

async function scanHar(text: string): Promise<HarFinding[] | undefined> {
  const { analyzeHar, HarReadError } = await import('../core/har/index');
  try {
    const analysis = await analyzeHar(text);
    const found: HarFinding[] = [
      ...analysis.tokens.map((t): HarFinding =>
        t.format === 'saml'
          ? { kind: 'saml', entry: t.entry, where: t.where, text: t.text }
          : { kind: 'token', format: t.format, entry: t.entry, where: t.where, text: t.text },
      ),
      ...analysis.errors.map((e): HarFinding => ({ kind: 'error', code: e.code, family: e.family, entry: e.entry, where: e.where })),
    ];
    return found.sort((a, b) => a.entry - b.entry);
  } catch (error) {
    if (error instanceof HarReadError) return undefined;
    throw error;
  }
}

function describeHar(finding: HarFinding, showTokens: boolean): string {
  const where = `entry ${finding.entry} ${finding.where}`;
  if (finding.kind === 'error') return `${where}  error ${finding.code} (${finding.family})`;
  const shown = showTokens ? finding.text : `${finding.text.slice(0, 24)}…`;
  return `${where}  ${finding.kind === 'token' ? `token (${finding.format})` : 'saml'}  ${shown}`;
}
