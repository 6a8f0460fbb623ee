import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createAnsiStripper } from '../../../../src/core/capture/ansiStripper';
import { CaptureStore } from '../../../../src/core/capture/captureStore';
import { mergeByLine } from '../../../../src/core/capture/mergeByLine';
import { contextAround, createStreamScanner, lineAt, type StreamFinding } from '../../../../src/core/capture/streamScanner';
import { makeToken } from './_tokens';

const token = makeToken();
const ESC = '\u001b';

function stripInPieces(text: string, cuts: number[]): string {
  const stripper = createAnsiStripper();
  let out = '';
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    out += stripper.strip(text.slice(from, cut));
    from = Math.max(from, cut);
  }
  return out + stripper.strip(text.slice(from));
}

test('ANSI stripper: colours, cursor moves, titles, links and shell-integration marks go; the text stays', () => {
  const coloured =
    `${ESC}]633;C${ESC}\\${ESC}[1;32mok${ESC}[0m Bearer ${token.slice(0, 30)}${ESC}[31m${token.slice(30)}${ESC}[0m\r\n` +
    `${ESC}]0;bash: ~/orders\u0007${ESC}[2K${ESC}[1GAADSTS700082: expired ${ESC}]8;;https://x.example${ESC}\\link${ESC}]8;;${ESC}\\ ${ESC}(B${ESC}7done\u009b0m\n`;
  const plain = `ok Bearer ${token}\r\nAADSTS700082: expired link done\n`;
  assert.equal(stripInPieces(coloured, []), plain);
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: coloured.length }), { maxLength: 10 }), (cuts) => {
      assert.equal(stripInPieces(coloured, cuts), plain);
    }),
    { numRuns: 300 },
  );
  assert.equal(
    stripInPieces(
      coloured,
      Array.from({ length: coloured.length }, (_, i) => i),
    ),
    plain,
  );
});

test('ANSI stripper: a sequence that never ends is dropped after a bound; plain text is returned as it is', () => {
  const stripper = createAnsiStripper();
  assert.equal(stripper.strip('plain text'), 'plain text');
  const endless = `${ESC}]0;${'x'.repeat(10_000)}`;
  const out = stripper.strip(`${endless}after`);
  assert.ok(out.length < 7000 && out.endsWith('after'), out.slice(-20));
});

test('terminal output with colour around a token: the scanner finds the whole token once stripped', () => {
  const stripper = createAnsiStripper();
  const scanner = createStreamScanner();
  const pieces = [`${ESC}[33mBearer ${token.slice(0, 17)}`, `${ESC}[0m${token.slice(17)}\r\n`];
  const found = pieces.flatMap((piece) => scanner.feed('t/bash', stripper.strip(piece)));
  assert.deepEqual(
    found.map((f) => (f.finding.kind === 'token' ? f.finding.text : '')),
    [token],
  );
});

function errorsOf(text: string): StreamFinding[] {
  const scanner = createStreamScanner();
  return [...scanner.feed('s/stderr', text), ...scanner.end('s/stderr')];
}

test('one line naming an error twice is one captured item with both codes, named by the provider code', () => {
  const found = errorsOf(
    'token refresh failed: ServerError: invalid_grant: AADSTS700082: The refresh token has expired.\nlater: AADSTS50058\n',
  );
  const merged = mergeByLine(found);
  assert.deepEqual(
    merged.map((f) => [f.finding.kind === 'error' ? f.finding.code : '', f.codes]),
    [
      ['AADSTS700082', ['invalid_grant', 'AADSTS700082']],
      ['AADSTS50058', ['AADSTS50058']],
    ],
  );
  assert.match(merged[0]!.context!, /^token refresh failed: ServerError: invalid_grant: AADSTS700082: The refresh token has expired\.$/);
  const store = new CaptureStore();
  for (const f of merged) store.add('s', 'stderr', f.finding, f.context, f.codes);
  const items = store.items();
  assert.equal(items.length, 2);
  assert.deepEqual(items[0]!.codes, ['invalid_grant', 'AADSTS700082']);
  assert.equal(items[1]!.codes, undefined);
});

test('a pretty-printed error response keeps its lines around the code as context, and is one item', () => {
  const body = [
    'POST /token 400',
    '{',
    '  "error": "invalid_grant",',
    '  "error_description": "AADSTS70008: The provided authorization code or refresh token has expired.",',
    '  "error_codes": [',
    '    70008',
    '  ],',
    '  "trace_id": "0b1c2d3e-0000-4000-8000-000000000001"',
    '}',
    'next request',
    '',
  ].join('\n');
  const merged = mergeByLine(errorsOf(body));
  assert.equal(merged.length, 1, JSON.stringify(merged));
  assert.equal(merged[0]!.finding.kind === 'error' && merged[0]!.finding.code, 'AADSTS70008');
  assert.ok(merged[0]!.codes!.includes('invalid_grant'));
  assert.equal(merged[0]!.context, body.split('\n').slice(1, 9).join('\n'));
  // A lone line outside any object is its own context.
  const around = contextAround('a\nsee AADSTS50058 here\nb', 6, 17);
  assert.deepEqual(around, { text: 'see AADSTS50058 here', start: 2 });
});

test("contextAround: given the line's bounds (shared by its findings) it gives what its own walks give", () => {
  const piece = fc.constantFrom(
    'AADSTS50058 ',
    'error=invalid_grant&',
    'x',
    ' ',
    '\n',
    '\r\n',
    '\r',
    '  "error": "invalid_grant",\n',
    '{\n',
    '}\n',
    'E0000 ',
    'y'.repeat(900),
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 60 }), fc.nat(), fc.nat({ max: 40 }), (pieces, at, length) => {
      const text = pieces.join('');
      const start = text.length === 0 ? 0 : at % text.length;
      const end = Math.min(text.length, start + length);
      const line = lineAt(text, start);
      assert.deepEqual(contextAround(text, start, end, line), contextAround(text, start, end));
    }),
    { numRuns: 2000 },
  );
});

test('stream scanner: a 1 MB line dense with codes costs about as much with contexts as without (the context walks once cost 4,000 steps per finding)', () => {
  const line = 'AADSTS50058 '.repeat(90_000);
  const cost = (context: boolean) => {
    let best = Infinity;
    for (let round = 0; round < 3; round++) {
      const before = process.cpuUsage();
      const scanner = createStreamScanner({ context, maxHitsPerScan: Infinity }); // every finding, not the default budget's
      const n = scanner.feed('s/stdout', line).length + scanner.end('s/stdout').length;
      assert.ok(n > 80_000);
      const { user, system } = process.cpuUsage(before);
      best = Math.min(best, (user + system) / 1000);
    }
    return best;
  };
  const without = cost(false);
  const withContext = cost(true);
  assert.ok(withContext < without * 3 + 20, `with contexts ${withContext.toFixed(0)} ms, without ${without.toFixed(0)} ms`);
});
