import { scanCommand } from './scanCommand';
import { failure, readInput, type CommandResult } from './io';

const USAGE = `Usage:
  authlens decode [TOKEN|-] [--json]    decode and explain a JWT
  authlens scan [FILE|-] [--json]       find tokens and auth error codes in a file or stdin
  authlens explain CODE [--json]        explain an auth error code (AADSTS50058, invalid_grant, E0000011, …)
  authlens flow --issuer URL --client-id ID --grant GRANT [--json]   run an OAuth flow against a live provider (flow --help)
Only \`flow\` sends anything over the network.`;

export async function runCli(argv: string[]): Promise<CommandResult> {
  if (argv[0] === 'flow') {
    const { flowCommand } = await import('./flowCommand');
    return flowCommand(argv.slice(1));
  }
  const asJson = argv.includes('--json');
  const [command, arg] = argv.filter((a) => a !== '--json');
  try {
    switch (command) {
      case 'scan':
        return scanCommand(readInput(arg, 'file'), asJson);
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

if (require.main === module) {
  void runCli(process.argv.slice(2)).then((result) => {
    if (result.stdout) process.stdout.write(result.stdout);
    if (result.stderr) process.stderr.write(result.stderr);
    process.exitCode = result.exitCode;
  });
}
