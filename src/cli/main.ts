import { statSync } from 'node:fs';
import { parseScanArgs, scanCommand, type ScanIo } from './scanCommand';
import { failure, readInput, shownArgument, type CommandResult } from './io';
import { jsonTerminalSafe, terminalSafe } from '../core/render/escape';

const USAGE = `Usage:
  authlens decode [TOKEN|-] [--json]      decode and explain a JWT or a SAML message
  authlens scan [FILE|-] [--json|--ndjson] [--follow] [--show-tokens]
                                          find tokens, SAML messages and auth error codes in a file or stdin, any size
  authlens har FILE [--json|--sanitize]   the sign-in a HAR file records; --sanitize writes it with secrets masked
  authlens explain CODE [--json]          explain an auth error code (AADSTS50058, invalid_grant, E0000011, …)
  authlens explain -|FILE [--json]        explain a whole error response or log excerpt, with its parts
  authlens verify TOKEN|- (--secret-env VAR | --key FILE | --jwks URL | --discover [--issuer URL]) [--json]
                                          check a token's signature
  authlens mcp [--mask-personal-data]     serve the tools to coding agents (Model Context Protocol over stdio)
  authlens flow --issuer URL --client-id ID --grant GRANT [--json]
                                          run an OAuth flow against a live provider (flow --help)
Tokens are shown shortened unless --show-tokens. Only flow, and verify --jwks / --discover, use the network.`;

/**
 * Runs one command. Whatever it prints is made terminal-safe here, once, for every command. `io` is
 * where a streaming command (scan) writes as it goes; without it, its output comes back in `stdout`.
 */
export async function runCli(argv: string[], io?: Partial<ScanIo>): Promise<CommandResult> {
  if (argv[0] === 'flow') {
    // The flow prints its steps as they happen; its own output goes through the same terminal-safe filter.
    const { flowCommand } = await import('./flowCommand');
    return flowCommand(argv.slice(1));
  }
  const result = argv[0] === 'scan' ? await runScan(argv.slice(1), io) : await dispatch(argv);
  const asJson = argv.includes('--json');
  const safe: CommandResult = { exitCode: result.exitCode };
  if (result.stdout !== undefined) safe.stdout = asJson ? jsonTerminalSafe(result.stdout) : terminalSafe(result.stdout);
  if (result.stderr !== undefined) safe.stderr = terminalSafe(result.stderr);
  return safe;
}

async function dispatch(argv: string[]): Promise<CommandResult> {
  const asJson = argv.includes('--json');
  const rest = argv.filter((a) => a !== '--json' && a !== '--show-tokens');
  const [command, arg] = rest;
  try {
    switch (command) {
      case 'verify': {
        const { verifyCommand } = await import('./verifyCommand');
        return await verifyCommand(rest.slice(1), (value) => readInput(value, 'value'), asJson);
      }
      case 'decode': {
        const input = readInput(arg, 'value');
        const { decodeCommand } = await import('./decodeCommand');
        const decoded = decodeCommand(input, asJson);
        if (decoded.exitCode === 0) return decoded;
        const { samlDecodeCommand } = await import('./samlDecodeCommand');
        return (await samlDecodeCommand(input, asJson)) ?? decoded;
      }
      case 'har': {
        const { harCommand } = await import('./harCommand');
        return await harCommand(
          argv.slice(1).filter((a) => a !== '--json'),
          asJson,
        );
      }
      case 'explain': {
        if (arg === undefined)
          return failure('usage', 'explain needs a code, e.g. authlens explain AADSTS50058, or - to read a response from stdin', asJson, 2);
        const { explainCommand, explainTextCommand } = await import('./explainCommand');
        if (arg === '-') return explainTextCommand(readInput('-', 'file'), 'stdin', asJson);
        if (isFile(arg)) return explainTextCommand(readInput(arg, 'file'), shownArgument(arg), asJson);
        return explainCommand(arg, asJson);
      }
      case 'mcp': {
        // The MCP SDK is loaded only here: the other commands start without it.
        const { mcpCommand } = await import('./mcpCommand');
        return { exitCode: await mcpCommand(argv.slice(1), cliVersion()) };
      }
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        return { exitCode: command === undefined ? 2 : 0, stdout: `${USAGE}\n` };
      default:
        return failure('usage', `${unknownCommand(command)}\n${USAGE}`, asJson, 2);
    }
  } catch (error) {
    // Reading a missing file and the like: one clear line, never a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    return failure('input', message, asJson, 2);
  }
}

function isFile(path: string): boolean {
  try {
    return path.length < 4096 && statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Names the unknown command without echoing it when it may be a token pasted without `decode`. */
function unknownCommand(command: string): string {
  if (/^[A-Za-z][\w-]{0,23}$/.test(command)) return `unknown command "${command}"`;
  const hint = command.startsWith('eyJ') ? ' (it looks like a token: use authlens decode)' : '';
  return `the first argument ${shownArgument(command)} is not a command${hint}`;
}

declare const __AUTHLENS_VERSION__: string | undefined;

/** The package version, set by the build; `0.0.0-dev` when run from source. */
function cliVersion(): string {
  return typeof __AUTHLENS_VERSION__ === 'string' ? __AUTHLENS_VERSION__ : '0.0.0-dev';
}

async function runScan(args: string[], io: Partial<ScanIo> = {}): Promise<CommandResult> {
  const parsed = parseScanArgs(args);
  if ('error' in parsed) return failure('usage', `${parsed.error}\n${USAGE}`, args.includes('--json') || args.includes('--ndjson'), 2);
  // Findings stream out as they are found, written terminal-safe by the scan itself (finding by
  // finding: a pass over the whole output measured a tenth of a 100 MB scan).
  if (io.write) return scanCommand(parsed, io as ScanIo);
  let stdout = '';
  const result = await scanCommand(parsed, {
    ...io,
    write: (text) => {
      stdout += text;
    },
  });
  return { ...result, stdout: (result.stdout ?? '') + stdout };
}

/** Writes to standard output, waiting when the pipe is full; a reader that went away (`| head`) ends the process quietly. */
function stdoutWriter(): (text: string) => Promise<void> | void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  return (text) => {
    if (process.stdout.write(text)) return;
    return new Promise<void>((resolve) => process.stdout.once('drain', resolve));
  };
}

function stopOnInterrupt(): AbortSignal {
  const controller = new AbortController();
  const stop = () => {
    if (controller.signal.aborted) process.exit(130);
    controller.abort();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return controller.signal;
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const follow = argv.includes('--follow') || argv.includes('-f');
  const io: Partial<ScanIo> | undefined =
    argv[0] === 'scan' ? { write: stdoutWriter(), ...(follow ? { stopSignal: stopOnInterrupt() } : {}) } : undefined;
  void runCli(argv, io).then((result) => {
    if (result.stdout) process.stdout.write(result.stdout);
    if (result.stderr) process.stderr.write(result.stderr);
    process.exitCode = result.exitCode;
  });
}
