/**
 * Combined scan benchmark: `scanOffsets` (tokens + auth errors) over the 100 MB benchmark log vs an
 * `indexOf('eyJ')` loop over the same text in the same run (target ratio ≥ 0.5); `scanText`, which
 * also numbers lines (reading every newline), is shown beside it.
 * `findErrors` and `findTokens` alone are shown too, to say where the time goes.
 *
 * The four are measured in alternation, five times, keeping each one's fastest run: on a shared
 * machine the load drifts during a run, and alternating exposes every contender to the same drift.
 */
import { findErrors } from '../src/core/errors/recognize';
import { scanOffsets, scanTextWithLimits } from '../src/core/scan/scan';

/** The whole 100 MB log is one text here, more anchor hits than the finders' default budget: no budget, every finding. */
const WHOLE = { maxHits: Infinity };
import { findTokens } from '../src/core/tokens/detect';
import { generateLog } from './generateLog';
import { indexOfLoop, mbPerSecond, measure, report, type Timing } from './harness';

export async function run(): Promise<void> {
  const started = performance.now();
  const log = generateLog({ size: 100 * 1024 * 1024 });
  const text = log.text;
  const bytes = text.length;
  console.log(
    `generated ${(bytes / 1e6).toFixed(0)} MB log with ${log.tokens} token lines and ${log.errors} error lines in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  let counts = { tokens: 0, errors: 0 };
  const contenders: Record<string, () => unknown> = {
    baseline: () => indexOfLoop(text),
    scanText: () => {
      const findings = scanTextWithLimits(text, WHOLE).findings;
      let tokens = 0;
      for (const finding of findings) if (finding.kind === 'token') tokens++;
      counts = { tokens, errors: findings.length - tokens };
      return findings.length;
    },
    scanOffsets: () => scanOffsets(text, {}, WHOLE).length,
    findErrors: () => findErrors(text, WHOLE).length,
    findTokens: () => findTokens(text, WHOLE).length,
  };
  const best: Record<string, Timing> = {};
  for (let round = 0; round < 5; round++) {
    for (const [name, fn] of Object.entries(contenders)) {
      const timing = measure(fn, { rounds: 1, warmup: round === 0 ? 1 : 0 });
      if (!best[name] || timing.msPerCall < best[name]!.msPerCall) best[name] = timing;
    }
  }
  const baseline = mbPerSecond(bytes, best.baseline!);
  const ratio = report('scanning for tokens + errors (scanOffsets) 100 MB log', mbPerSecond(bytes, best.scanOffsets!), baseline);
  console.log(
    `  target ratio ≥ 0.50: ${ratio !== undefined && ratio >= 0.5 ? 'met' : 'NOT met'} (${counts.tokens} tokens, ${counts.errors} error codes)`,
  );
  report('  scanText, the same plus a line number for each finding', mbPerSecond(bytes, best.scanText!), baseline);
  report('  of which findErrors alone', mbPerSecond(bytes, best.findErrors!), baseline);
  report('  of which findTokens alone', mbPerSecond(bytes, best.findTokens!), baseline);
  // The generator writes six kinds of error line; one of them carries two codes (invalid_grant + AADSTS50173).
  let twoCodeLines = 0;
  for (
    let at = text.indexOf('{"error":"invalid_grant","error_description":"AADSTS');
    at !== -1;
    at = text.indexOf('{"error":"invalid_grant","error_description":"AADSTS', at + 1)
  )
    twoCodeLines++;
  const expected = log.errors + twoCodeLines;
  console.log(
    `  ${counts.errors} error codes on ${log.errors} error lines (expected ${expected}: ${counts.errors === expected ? 'exact' : 'MISMATCH'})`,
  );
}
