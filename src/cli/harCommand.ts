/**
 * `authlens har FILE [--json]`: the sign-in a HAR file records (legs, errors, tokens, checks).
 * `authlens har FILE --sanitize`: the same HAR with every secret replaced by a marker, on stdout.
 * The JSON fields `entries`, `exchanges[{entry, role, method, url, status}]`, `errors[{entry, code,
 * family, summary}]`, `tokens[{entry, where, text, format}]` and `checks[{id, ok, entry, message}]`
 * are a contract; `entry` is the 0-based index in `log.entries`.
 */
import { analyzeHar, HarReadError, sanitizeHar, type HarAnalysis } from '../core/har/index';
import { failure, json, visibleControls as safe, readInput, type CommandResult } from './io';

export async function harCommand(args: string[], asJson: boolean): Promise<CommandResult> {
  const sanitize = args.includes('--sanitize');
  const allowImplicit = args.includes('--allow-implicit');
  const file = args.find((a) => !a.startsWith('--'));
  if (file === undefined) return failure('usage', 'har needs a file, e.g. authlens har sign-in.har', asJson, 2);
  const text = readInput(file, 'file');
  try {
    if (sanitize) return { exitCode: 0, stdout: sanitizeHar(text) };
    const analysis = await analyzeHar(text, { allowImplicit });
    return asJson ? { exitCode: 0, stdout: json(analysis) } : { exitCode: 0, stdout: harText(analysis) };
  } catch (error) {
    if (error instanceof HarReadError) return failure(error.code, error.message, asJson);
    throw error;
  }
}

function harText(a: HarAnalysis): string {
  const lines: string[] = [`HAR: ${a.entries} entries${a.creator ? ` (${safe(a.creator)})` : ''}`];
  for (const note of a.notes) lines.push(`  note: ${note}`);
  lines.push('', 'Checks');
  if (a.checks.length === 0) lines.push('  (no sign-in flow recognised)');
  for (const c of a.checks)
    lines.push(`  ${c.ok ? 'ok  ' : 'FAIL'}  ${c.id.padEnd(18)} ${c.entry === null ? '' : `#${c.entry}  `}${safe(c.message)}`);
  lines.push('', 'Legs');
  for (const x of a.exchanges) {
    if (!x.auth && x.role !== 'api' && !a.errors.some((e) => e.entry === x.entry)) continue;
    lines.push(
      `  #${String(x.entry).padEnd(4)} ${x.role.padEnd(13)} ${x.method.padEnd(6)} ${String(x.status).padEnd(4)} ${safe(x.host)}${safe(x.path)}  ${x.time} ms`,
    );
  }
  if (a.errors.length > 0) {
    lines.push('', 'Errors');
    for (const e of a.errors)
      lines.push(`  #${e.entry}  ${safe(e.code)} (${e.family})  ${safe(e.summary)}${e.description ? `  — "${safe(e.description)}"` : ''}`);
  }
  if (a.tokens.length > 0) {
    lines.push('', 'Tokens');
    for (const t of a.tokens)
      lines.push(
        `  #${t.entry}  ${t.format.padEnd(9)} ${safe(t.where)}  ${safe(t.text.slice(0, 12))}…${
          t.claims
            ? `  ${safe(
                Object.entries(t.claims)
                  .filter(([k]) => ['alg', 'iss', 'exp'].includes(k))
                  .map(([k, v]) => `${k}=${v}`)
                  .join(' '),
              )}`
            : ''
        }`,
      );
  }
  return `${lines.join('\n')}\n`;
}
