/**
 * `npm run fuzz -- [--seconds N | --inputs N] [--seed S] [--only NAME] [--index I]`: runs every parser
 * on seeded grammar-based inputs (test/fuzz/) and prints, per parser, the inputs run, uncaught
 * exceptions, and the slowest input. `--seconds` is per parser. Exits 1 when anything threw.
 * `--index I` reruns one input (with --seed and --only) and prints its exception's stack.
 */
import { fuzzAll, formatReport, inputAt, machineReferenceMs } from '../test/fuzz/runner';
import { TARGETS } from '../test/fuzz/targets';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

const seed = Number(option('seed') ?? 1);
const only = option('only');
const index = option('index');
if (index !== undefined) {
  const target = TARGETS.find((t) => t.name === only) ?? TARGETS.find((t) => only !== undefined && t.name.includes(only));
  if (!target) throw new Error('--index needs --only NAME of one target');
  const input = inputAt(target, seed, Number(index));
  console.log(`${target.name}, seed ${seed}, input ${index}: ${JSON.stringify(input).slice(0, 2000)}`);
  target.run(input);
  console.log('no exception');
} else {
  const inputs = option('inputs') === undefined ? undefined : Number(option('inputs'));
  const seconds = option('seconds') === undefined ? (inputs === undefined ? 10 : undefined) : Number(option('seconds'));
  console.log(
    `fuzz: seed ${seed}, ${inputs !== undefined ? `${inputs} inputs` : ''}${inputs !== undefined && seconds !== undefined ? ' or ' : ''}${seconds !== undefined ? `${seconds} s` : ''} per parser`,
  );
  const before = machineReferenceMs();
  const reports = fuzzAll({ seed, inputs, secondsPerTarget: seconds, only });
  console.log(formatReport(reports, seed));
  const after = machineReferenceMs();
  console.log(`machine reference (a 4 MB line copied and read once): ${before.toFixed(1)} ms before, ${after.toFixed(1)} ms after`);
  const uncaught = reports.reduce((sum, r) => sum + r.uncaught, 0);
  console.log(`total: ${reports.reduce((sum, r) => sum + r.inputs, 0)} inputs, ${uncaught} uncaught`);
  process.exitCode = uncaught > 0 ? 1 : 0;
}
