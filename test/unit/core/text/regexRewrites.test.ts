// The scanners that replaced super-linear regexes (issue 16) give the regexes' answers: checked against
// the old patterns on inputs short enough for those patterns to be quick.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { gistOf } from '../../../../src/core/capture/labels';
import { normalizeCode } from '../../../../src/core/errors/lookup';
import { decodeClaimsChallenge } from '../../../../src/core/errors/responses/claims';
import { findErrorCodesEntry } from '../../../../src/core/errors/hoverTarget';
import { cpuMs } from '../../../fixtures/cpuTime';

function oldGist(summary: string, maxLength = 60): string {
  let gist = summary.trim().split(/(?:\s+because\s|\s+—\s|\s+\(|[.;:,](?:\s|$))/)[0] ?? '';
  gist = gist.replace(/^(?:the|a|an)\s+/i, '').replace(/`/g, '');
  if (gist.length > 0 && !/^[A-Z]{2}/.test(gist)) gist = gist[0]!.toLowerCase() + gist.slice(1);
  if (gist.length > maxLength) gist = `${gist.slice(0, maxLength - 1).replace(/\s+\S*$/, '')}…`;
  return gist;
}

/** normalizeCode as it was, as the oracle. */
function oldNormalize(raw: string): { code: string; family?: string } | undefined {
  const code = raw
    .trim()
    .replace(/^["'`]+|["'`]+$/g, '')
    .replace(/[:.,;]+$/, '')
    .trim();
  if (code.length === 0 || code.length > 100) return undefined;
  const aadsts = /^AADSTS[\s-]*(\d{4,8})$/i.exec(code);
  if (aadsts) return { code: `AADSTS${aadsts[1]}`, family: 'entra' };
  if (/^\d{4,8}$/.test(code)) return undefined;
  if (/^E\d{7}$/i.test(code)) return { code: code.toUpperCase(), family: 'okta' };
  if (!/^[A-Za-z][A-Za-z0-9_.-]*$/.test(code)) return undefined;
  return { code };
}

const words = (alphabet: string[]) => fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }).map((parts) => parts.join(''));

test('gistOf agrees with the split/replace regexes it replaces', () => {
  const summary = words([
    ' ',
    '  ',
    '\t',
    '\n',
    'because',
    'because ',
    '—',
    '— ',
    '(',
    '.',
    ';',
    ':',
    ',',
    'The ',
    'a ',
    'word',
    'AB',
    '`',
    '\u00a0',
    'x'.repeat(30),
  ]);
  fc.assert(
    fc.property(summary, fc.integer({ min: 5, max: 60 }), (text, max) => {
      assert.equal(gistOf(text, max), oldGist(text, max));
    }),
    { numRuns: 5000, seed: 16 },
  );
});

test('normalizeCode trims quotes and trailing punctuation as the regexes did', () => {
  const raw = words(['"', "'", '`', ':', '.', ',', ';', ' ', 'AADSTS', '50058', 'invalid_grant', 'E0000011', '-']);
  fc.assert(
    fc.property(raw, (text) => {
      assert.deepEqual(normalizeCode(text), oldNormalize(text));
    }),
    { numRuns: 3000, seed: 16 },
  );
});

test('the rewrites are linear on their adversarial inputs', () => {
  const started = cpuMs();
  gistOf(`x${' '.repeat(200_000)}y`, 60);
  normalizeCode(`x${'"'.repeat(200_000)}y`);
  normalizeCode(`x${':'.repeat(200_000)}y`);
  decodeClaimsChallenge(`${'A'.repeat(60_000)}==`);
  const lines = [`${' '.repeat(200_000)}70008 x`];
  findErrorCodesEntry({ lineAt: (n: number) => lines[n]!, lineCount: 1 } as never, 0, 3);
  const ms = cpuMs() - started;
  assert.ok(ms < 200, `${ms.toFixed(1)} ms`);
});
