import { parseScanArgs, scanCommand, type ScanIo } from './scanCommand';
import { failure, readInput, type CommandResult } from './io';

const USAGE = `Usage:
  authlens decode [TOKEN|-] [--json]    decode and explain a JWT
  authlens scan [FILE|-] [--json|--ndjson] [--follow]
                                        find tokens and auth error codes in a file or stdin, any size
  authlens explain CODE [--json]        explain an auth error code (AADSTS50058, invalid_grant, E0000011, …)
Nothing is sent over the network.`;

/** `io` is where a streaming command (scan) writes as it goes; without it, its output comes back in `stdout`. */
export async function runCli(argv: string[], io?: Partial<ScanIo>): Promise<CommandResult> {
  const asJson = argv.includes('--json');
  if (argv[0] === 'scan') return runScan(argv.slice(1), io);
  const [command, arg] = argv.filter((a) => a !== '--json');
  try {
    switch (command) {
      case 'decode': {
        const { decodeCommand } = await import('./decodeCommand');
        return decodeCommand(readInput(arg, 'value'), asJson);
      }
      case 'explain': {
        if (arg === undefined) return failure('usage', 'explain needs a code, e.g. authlens explain AADSTS50058', asJson, 2);
        const { explainCommand } = await import('./explainCommand');
        return explainCommand(arg, asJson);
      }
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        return { exitCode: command === undefined ? 2 : 0, stdout: `${USAGE}\n` };
      default:
        return failure('usage', `unknown command "${command}"\n${USAGE}`, asJson, 2);
    }
  } catch (error) {
    // Reading a missing file and the like: one clear line, never a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    return failure('input', message, asJson, 2);
  }
}

async function runScan(args: string[], io: Partial<ScanIo> = {}): Promise<CommandResult> {
  const parsed = parseScanArgs(args);
  if ('error' in parsed) return failure('usage', `${parsed.error}\n${USAGE}`, args.includes('--json') || args.includes('--ndjson'), 2);
  if (io.write) return scanCommand(parsed, io as ScanIo);
  let stdout = '';
  const result = await scanCommand(parsed, { ...io, write: (text) => { stdout += text; } });
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
  const io: Partial<ScanIo> | undefined = argv[0] === 'scan'
    ? { write: stdoutWriter(), ...(follow ? { stopSignal: stopOnInterrupt() } : {}) }
    : undefined;
  void runCli(argv, io).then((result) => {
    if (result.stdout) process.stdout.write(result.stdout);
    if (result.stderr) process.stderr.write(result.stderr);
    process.exitCode = result.exitCode;
  });
}
