import { scanCommand } from './scanCommand';
import { failure, readInput, type CommandResult } from './io';

const USAGE = `Usage:
  authlens decode [TOKEN|-] [--json]    decode and explain a JWT or a SAML message
  authlens scan [FILE|-] [--json]       find tokens and auth error codes in a file or stdin
  authlens har FILE [--json|--sanitize] the sign-in a HAR file records; --sanitize writes it with secrets masked
  authlens explain CODE [--json]        explain an auth error code (AADSTS50058, invalid_grant, E0000011, …)
  authlens mcp [--mask-personal-data]   serve the tools to coding agents (Model Context Protocol over stdio)
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
        return await scanCommand(readInput(arg, 'file'), asJson);
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
        return await harCommand(argv.slice(1).filter((a) => a !== '--json'), asJson);
      }
      case 'explain': {
        if (arg === undefined) return failure('usage', 'explain needs a code, e.g. authlens explain AADSTS50058', asJson, 2);
        const { explainCommand } = await import('./explainCommand');
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
        return failure('usage', `unknown command "${command}"\n${USAGE}`, asJson, 2);
    }
  } catch (error) {
    // Reading a missing file and the like: one clear line, never a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    return failure('input', message, asJson, 2);
  }
}

declare const __AUTHLENS_VERSION__: string | undefined;

/** The package version, set by the build; `0.0.0-dev` when run from source. */
function cliVersion(): string {
  return typeof __AUTHLENS_VERSION__ === 'string' ? __AUTHLENS_VERSION__ : '0.0.0-dev';
}

if (require.main === module) {
  void runCli(process.argv.slice(2)).then((result) => {
    if (result.stdout) process.stdout.write(result.stdout);
    if (result.stderr) process.stderr.write(result.stderr);
    process.exitCode = result.exitCode;
  });
}
