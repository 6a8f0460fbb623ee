// Linear by construction (issue 16): every parser, fed its adversarial family at 1 KB, 100 KB and
// 10 MB, must cost about 100× more per 100× more input. Ratios of times measured in the same run,
// never absolute times; a quadratic parser shows ~10,000× and fails at once. Parsers with an input
// cap (a token is at most 64 KB, a response 1 MB) must also reject the 10 MB input cheaply.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeToken, decodeToken, findTokens } from '../../../src/core/tokens/index';
import { findErrors } from '../../../src/core/errors/recognize';
import { parseErrorResponse } from '../../../src/core/errors/responses/parse';
import { parseWwwAuthenticate } from '../../../src/core/errors/responses/wwwAuthenticate';
import { createStreamScanner } from '../../../src/core/capture/streamScanner';
import { sanitizeHar } from '../../../src/core/har/sanitize';
import { makeToken } from '../../fixtures/tokens/makeToken';

/** The finders without their budget (as `authlens scan` runs them): linear over the whole input, not cut short. */
const WHOLE = { maxHits: Infinity };

const SIZES = [1_000, 100_000, 10_000_000] as const;
/** Allowed growth per 100× input: 100 for linear, times this slack for noise, caches and GC. */
const SLACK = 6;
/** Below this a measurement is noise; a step is judged only once its larger size takes this long. */
const FLOOR_MS = 0.5;
/**
 * A call shorter than this works in the CPU caches, where a character costs a fraction of what it
 * does in a text of 100 KB: it counts as this long. (sanitizeHar on 1 KB took 0.022 ms in a fresh CI
 * process and 14.3 ms on 100 KB, ×665; 100 KB → 1 MB grows ×10.) A quadratic cost still shows: ×10,000.
 */
const SMALL_FLOOR_MS = 0.05;

/** `text` repeated to exactly `length` characters. */
function fill(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** CPU milliseconds of this process (user + system): unlike wall time, not inflated when other processes take the cores. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** CPU milliseconds per call: batches grow until one takes 10 ms; the best of two such batches. */
function costOf(run: (input: string) => unknown, input: string): number {
  let reps = 1;
  for (;;) {
    const started = cpuMs();
    for (let i = 0; i < reps; i++) run(input);
    const spent = cpuMs() - started;
    if (spent >= 10 || reps >= 4096) {
      if (spent > 60 || input.length >= 1e7) return spent / reps; // a long run is its own average
      const again = cpuMs();
      for (let i = 0; i < reps; i++) run(input);
      return Math.min(spent, cpuMs() - again) / reps;
    }
    reps *= 4;
  }
}

interface Family {
  name: string;
  make: (length: number) => string;
}

const figures: string[] = [];

function assertLinear(parser: string, run: (input: string) => unknown, families: Family[], sizes: readonly number[] = SIZES): void {
  for (const family of families) {
    const inputs = sizes.map((size) => family.make(size));
    run(inputs[1]!); // warm up the JIT on the mid size
    const ms = inputs.map((input) => costOf(run, input));
    figures.push(`${parser} / ${family.name}: ${ms.map((t) => t.toFixed(3)).join(' / ')} ms`);
    for (let i = 1; i < sizes.length; i++) {
      const growth = sizes[i]! / sizes[i - 1]!;
      if (ms[i]! < FLOOR_MS) continue;
      const ratio = ms[i]! / Math.max(ms[i - 1]!, FLOOR_MS / growth, SMALL_FLOOR_MS);
      assert.ok(
        ratio <= growth * SLACK,
        `${parser}, ${family.name}: ${sizes[i - 1]} → ${sizes[i]} characters cost ×${ratio.toFixed(0)} (${ms[i - 1]!.toFixed(3)} → ${ms[i]!.toFixed(3)} ms), over ×${growth * SLACK}`,
      );
    }
  }
}

test('token decoding and analysis: linear up to the caps, 10 MB rejected cheaply', () => {
  const decodeAndAnalyse = (input: string) => {
    const decoded = decodeToken(input);
    return decoded.ok ? analyzeToken(decoded.token) : decoded.error;
  };
  assertLinear('decodeToken+analyzeToken', decodeAndAnalyse, [
    {
      name: 'a token with ever more claims',
      make: (n) => {
        const payload: Record<string, string> = {};
        for (let i = 0; i * 24 < n * 0.7; i++) payload[`c${i}`] = 'v'.repeat(12);
        return makeToken({ alg: 'RS256', kid: 'k' }, payload);
      },
    },
    { name: 'dot runs', make: (n) => `eyJhbGciOiJIUzI1NiJ9${fill('.', n)}` },
    { name: 'base64url run', make: (n) => `eyJ${fill('A', n)}` },
    { name: 'blanks after Bearer', make: (n) => `Bearer ${fill(' \t', n)}x` },
    { name: 'wrapped lines', make: (n) => fill('eyJhbGci\n', n) },
    { name: 'quotes and eyJ', make: (n) => fill('"eyJ\'', n) },
  ]);
});

test('token detection (findTokens): linear on its adversarial families', () => {
  assertLinear('findTokens', (text) => findTokens(text, WHOLE), [
    { name: 'eyJ repeated', make: (n) => fill('eyJ', n) },
    { name: 'headers and dots', make: (n) => fill('eyJhbGciOiJub25lIn0.', n) },
    { name: 'J everywhere', make: (n) => fill('J', n) },
    { name: 'one endless run', make: (n) => `eyJhbGciOiJIUzI1NiJ9.${fill('a', n)}` },
    { name: 'escaped starts', make: (n) => fill('%22eyJhbGciOiJub25lIn0.e30.', n) },
    { name: 'valid tokens back to back', make: (n) => fill(`${makeToken({ alg: 'HS256' }, { s: 1 })} `, n) },
  ]);
});

test('error recognition (findErrors): linear on its adversarial families', () => {
  assertLinear('findErrors', (text) => findErrors(text, WHOLE), [
    { name: 'E0000 repeated', make: (n) => fill('E0000', n) },
    { name: 'AADSTS repeated', make: (n) => fill('AADSTS', n) },
    { name: 'AADSTS codes', make: (n) => fill('AADSTS50058 ', n) },
    { name: '"error": keys', make: (n) => fill('"error": "', n) },
    { name: 'error= without value', make: (n) => fill('error=', n) },
    { name: 'Error: and Exception:', make: (n) => fill('Error: Exception: ', n) },
    { name: 'error_codes lists', make: (n) => fill('"error_codes": [70008, ', n) },
    { name: 'long words around rror', make: (n) => fill(`x${'a'.repeat(100)}rror`, n) },
    { name: 'Cognito names', make: (n) => fill('NotAuthorizedException ', n) },
  ]);
});

test('parseErrorResponse: linear up to its 1 MB cap, 10 MB rejected cheaply', () => {
  assertLinear('parseErrorResponse', parseErrorResponse, [
    { name: 'AADSTS: then blanks', make: (n) => `AADSTS50058:${fill(' ', n)}x` },
    { name: 'MSAL.js description then blanks', make: (n) => `x - Description: a${fill(' ', n)}-x` },
    { name: 'open braces', make: (n) => fill('{"error":', n) },
    { name: 'loose JSON keys', make: (n) => fill('"error": "x', n) },
    { name: 'header lines', make: (n) => `HTTP/1.1 400 Bad Request\n${fill('X-A: b\n', n)}` },
    { name: 'header blanks before CR', make: (n) => `HTTP/1.1 400 Bad Request\nX-A:${fill(' ', n)}\rx` },
    { name: 'WWW-Authenticate lines', make: (n) => fill('WWW-Authenticate: Bearer a=b\n', n) },
    { name: 'error= parameters', make: (n) => fill('?error=', n) },
    { name: 'HTML strong fields', make: (n) => `<html>${fill('<strong>error</strong>: ', n)}` },
    { name: 'credential lines', make: (n) => fill('- EnvironmentCredential authentication unavailable.\n', n) },
    { name: 'exception names', make: (n) => fill('a.b.c.d.', n) },
    { name: 'Trace ID labels', make: (n) => `AADSTS50058: x ${fill('Trace ID: ', n)}` },
  ]);
});

test('WWW-Authenticate parsing: linear up to its 64 KB cap', () => {
  assertLinear('parseWwwAuthenticate', parseWwwAuthenticate, [
    { name: 'schemes', make: (n) => fill('a ', n) },
    { name: 'parameters', make: (n) => `Bearer ${fill('a=b, ', n)}` },
    { name: 'unterminated quotes and escapes', make: (n) => `Bearer realm="${fill('\\"', n)}` },
    { name: 'token68 candidates', make: (n) => fill('Basic dXNlcjpwYXNz== ', n) },
    { name: 'stray characters', make: (n) => fill('(', n) },
  ]);
});

test('stream scanner: linear however output arrives', () => {
  const feedAll = (pieceLength: number) => (input: string) => {
    const scanner = createStreamScanner();
    let found = 0;
    for (let at = 0; at < input.length; at += pieceLength) found += scanner.feed('s/stdout', input.slice(at, at + pieceLength)).length;
    return found + scanner.end('s/stdout').length;
  };
  assertLinear('streamScanner (4 KB pieces)', feedAll(4096), [
    { name: 'endless line of anchors', make: (n) => fill('eyJ AADSTS E0000 rror ', n) },
    { name: 'lines with codes', make: (n) => fill('AADSTS50058: sign in\n', n) },
    { name: 'endless base64url run', make: (n) => `eyJhbGciOiJIUzI1NiJ9.${fill('a', n)}` },
  ]);
  // A line printed a character at a time (a progress bar) once copied the growing line per character.
  assertLinear(
    'streamScanner (1-character pieces)',
    feedAll(1),
    [
      { name: 'one endless line', make: (n) => `AADSTS50058 ${fill('x', n)}` },
      { name: 'lines with codes', make: (n) => fill('x AADSTS50058\n', n) },
    ],
    [1_000, 100_000, 1_000_000],
  );
});

test('sanitizeHar: linear on a response body of many form pairs ending in a space', () => {
  // The form-body test once nested repetitions and backtracked exponentially here (fuzz, seed 11).
  const harOf = (body: string) =>
    JSON.stringify({
      log: {
        version: '1.2',
        entries: [
          {
            request: { url: 'https://app.example/cb', headers: [] },
            response: { headers: [], content: { mimeType: 'text/html', text: body } },
          },
        ],
      },
    });
  assertLinear(
    'sanitizeHar',
    sanitizeHar,
    [
      { name: 'form pairs then a space', make: (n) => harOf(`${fill('&state=RSA1_5', n)} <`) },
      { name: 'error= then pairs then <', make: (n) => harOf(`error=x${fill('&a=b', n)}<`) },
    ],
    [1_000, 100_000, 1_000_000],
  );
});

test('the finders’ default budget: a text dense with anchors costs no more at 10 MB than at 1 MB', () => {
  // Past the budget the search stops: the cost is the budget's, whatever the length (linear would be ×10).
  const finders: [string, (text: string) => unknown, Family[]][] = [
    [
      'findErrors',
      (text) => findErrors(text),
      [
        { name: 'error words', make: (n) => fill('error ', n) },
        { name: 'AADSTS codes', make: (n) => fill('AADSTS50058 ', n) },
        { name: 'error= codes asking for vendor evidence', make: (n) => fill('error=access_denied&', n) },
        { name: 'Okta codes', make: (n) => fill('E0000011 ', n) },
      ],
    ],
    [
      'findTokens',
      (text) => findTokens(text),
      [
        { name: 'eyJ starts', make: (n) => fill('eyJ ', n) },
        { name: 'unsecured tokens', make: (n) => fill('eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0. ', n) },
      ],
    ],
  ];
  for (const [name, run, families] of finders) {
    for (const family of families) {
      const [small, large] = [1_000_000, 10_000_000].map((size) => family.make(size));
      for (let i = 0; i < 3; i++) run(large!); // warm up the JIT
      const ms = [costOf(run, small!), costOf(run, large!)];
      figures.push(`${name} (default budget) / ${family.name}: ${ms.map((t) => t.toFixed(3)).join(' / ')} ms at 1 MB / 10 MB`);
      if (ms[1]! < FLOOR_MS * 4) continue;
      assert.ok(
        ms[1]! <= Math.max(ms[0]!, FLOOR_MS) * 3,
        `${name}, ${family.name}: 1 MB → 10 MB cost ${ms[0]!.toFixed(3)} → ${ms[1]!.toFixed(3)} ms`,
      );
    }
  }
});

test('parser cost figures (1 KB / 100 KB / 10 MB)', () => {
  console.log(figures.map((line) => `  ${line}`).join('\n'));
  assert.ok(figures.length > 30);
});
