/**
 * `authlens verify TOKEN|- (--secret-env VAR | --key FILE | --jwks URL | --discover [--issuer URL]) [--json]`:
 * checks a token's signature with the editor's rules (the core's `verifySignature`). The network is
 * used only for `--jwks` and `--discover`, and only through the core's fetch policy: https (plain http
 * only between loopback addresses), no redirect off-policy, 1 MB per body, a timeout. A secret is read
 * from an environment variable, never from the command line (where `ps` and shell history see it).
 */
import { readFileSync } from 'node:fs';
import { verifySignature, type KeySource, type VerifyResult } from '../core/tokens/verify';
import { MAX_KEY_RESPONSE_BYTES } from '../core/tokens/discovery';
import { FetchPolicyError, guardedFetch } from '../core/net/guardedFetch';
import { parseJsonObject } from '../core/json';
import { failure, json, shownArgument, type CommandResult } from './io';

export interface VerifyCommandOptions {
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
}

const USAGE = 'verify needs the token (or - for stdin) and one key: --secret-env VAR, --key FILE, --jwks URL or --discover';

export async function verifyCommand(
  args: string[],
  readToken: (arg: string | undefined) => string,
  asJson: boolean,
  options: VerifyCommandOptions = {},
): Promise<CommandResult> {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--discover') flags.set(arg, true);
    else if (['--secret-env', '--key', '--jwks', '--issuer'].includes(arg)) {
      const value = args[++i];
      if (value === undefined) return failure('usage', `${arg} needs a value; ${USAGE}`, asJson, 2);
      flags.set(arg, value);
    } else if (arg.startsWith('--')) return failure('usage', `unknown option ${shownArgument(arg)} for verify; ${USAGE}`, asJson, 2);
    else positional.push(arg);
  }
  if (positional.length > 1) return failure('usage', `verify takes one token; ${USAGE}`, asJson, 2);
  const sources = (['--secret-env', '--key', '--jwks', '--discover'] as const).filter((flag) => flags.has(flag));
  const [sourceFlag] = sources;
  if (sources.length !== 1 || sourceFlag === undefined) return failure('usage', USAGE, asJson, 2);
  const token = readToken(positional[0]).trim();
  const timeoutMs = options.timeoutMs ?? 10_000;

  let source: KeySource;
  switch (sourceFlag) {
    case '--secret-env': {
      const name = flags.get('--secret-env') as string;
      const secret = (options.env ?? process.env)[name];
      if (!secret) return failure('usage', `the environment variable ${shownArgument(name)} is not set`, asJson, 2);
      source = { kind: 'secret', secret };
      break;
    }
    case '--key': {
      const text = readFileSync(flags.get('--key') as string, 'utf8');
      if (text.includes('-----BEGIN')) source = { kind: 'pem', pem: text };
      else {
        const parsed = parseJsonObject(text);
        if (!parsed) return failure('bad_key', 'the key file is neither PEM nor a JSON JWK / JWK Set', asJson, 2);
        source = Array.isArray(parsed.keys) ? { kind: 'jwks', jwks: parsed } : { kind: 'jwk', jwk: parsed };
      }
      break;
    }
    case '--jwks': {
      const url = flags.get('--jwks') as string;
      try {
        const { response, text } = await guardedFetch(
          globalThis.fetch,
          url,
          { headers: { accept: 'application/json, application/jwk-set+json' } },
          { maxBodyBytes: MAX_KEY_RESPONSE_BYTES, timeoutMs },
        );
        if (!response.ok)
          return report({ verdict: 'network_error', message: `${url} answered HTTP ${response.status}.`, notes: [] }, asJson);
        const parsed = parseJsonObject(text);
        if (!parsed || !Array.isArray(parsed.keys))
          return report({ verdict: 'network_error', message: `${url} did not return a JWK Set (no "keys" array).`, notes: [] }, asJson);
        source = { kind: 'jwks', jwks: parsed };
      } catch (error) {
        const message =
          error instanceof FetchPolicyError
            ? error.message
            : (error as Error)?.name === 'TimeoutError'
              ? `no answer from ${url} within ${timeoutMs} ms`
              : `could not get ${url}: ${describe(error)}`;
        return report({ verdict: 'network_error', message, notes: [] }, asJson);
      }
      break;
    }
    case '--discover': {
      const issuer = flags.get('--issuer');
      source = typeof issuer === 'string' ? { kind: 'discovery', issuer } : { kind: 'discovery' };
    }
  }
  return report(await verifySignature(token, source, { timeoutMs }), asJson);
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

function report(result: VerifyResult, asJson: boolean): CommandResult {
  const exitCode = result.verdict === 'valid' ? 0 : 1;
  if (asJson) return { exitCode, stdout: json(result) };
  const lines = [`${result.verdict === 'valid' ? 'valid' : result.verdict.replace(/_/g, ' ')}: ${result.message}`];
  if (result.jwksUri) lines.push(`  keys: ${result.jwksUri}`);
  for (const note of result.notes) lines.push(`  note: ${note}`);
  return { exitCode, stdout: `${lines.join('\n')}\n` };
}
