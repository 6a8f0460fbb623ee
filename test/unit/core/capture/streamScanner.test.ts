import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createStreamScanner, hasAnchor, type StreamFinding } from '../../../../src/core/capture/streamScanner';
import { scanText } from '../../../../src/core/scan/scan';
import { makeToken } from './_tokens';

const token = makeToken();
const otherToken = makeToken({ salt: 7 });
const log = [
  'starting the orders service\n',
  `calling the API with Bearer ${token}\n`,
  'token refresh failed: ServerError: invalid_grant: AADSTS700082: The refresh token has expired due to inactivity.\n',
  `retrying with ${otherToken} after 2 s\n`,
  'okta said {"errorCode":"E0000011","errorSummary":"Invalid token provided"}\n',
].join('');

function values(found: StreamFinding[]): string[] {
  return found.map(({ finding }) => (finding.kind === 'token' ? `token:${finding.text.slice(-12)}` : `error:${finding.code}`));
}

function expected(text: string): string[] {
  return values(scanText(text, { saml: false }).flatMap((finding) => (finding.kind === 'saml' ? [] : [{ stream: 's', finding }])));
}

/** Feeds `text` cut at the given offsets; returns everything reported, flushes included. */
function feedInPieces(text: string, cuts: number[], stream = 'session/stdout'): StreamFinding[] {
  const scanner = createStreamScanner();
  const found: StreamFinding[] = [];
  let from = 0;
  for (const cut of [...cuts.filter((c) => c > 0 && c < text.length)].sort((a, b) => a - b)) {
    found.push(...scanner.feed(stream, text.slice(from, cut)));
    from = cut;
  }
  found.push(...scanner.feed(stream, text.slice(from)));
  found.push(...scanner.end(stream));
  return found;
}

test('a whole log in one piece finds what scanText finds', () => {
  const found = feedInPieces(log, []);
  assert.deepEqual(values(found), expected(log));
  assert.ok(values(found).includes('error:AADSTS700082'));
  assert.equal(found.filter((f) => f.finding.kind === 'token').length, 2);
});

test('a token split across two pieces is found whole, once', () => {
  const at = log.indexOf(token) + 300;
  const found = feedInPieces(log, [at]);
  assert.deepEqual(values(found), expected(log));
  const tokenFinding = found.find((f) => f.finding.kind === 'token');
  assert.ok(tokenFinding && tokenFinding.finding.kind === 'token');
  assert.equal(tokenFinding.finding.text, token);
});

test('an error code split inside its digits is found whole, not as a shorter code', () => {
  const at = log.indexOf('AADSTS700082') + 9; // "AADSTS700" | "082"
  assert.deepEqual(values(feedInPieces(log, [at])), expected(log));
});

test('split anywhere, in any number of pieces, the findings are the same as one scan (property)', () => {
  const want = expected(log);
  fc.assert(
    fc.property(fc.array(fc.nat({ max: log.length }), { maxLength: 40 }), (cuts) => {
      assert.deepEqual(values(feedInPieces(log, cuts)), want);
    }),
    { numRuns: 300 },
  );
});

test('offsets count from the start of the stream', () => {
  const found = feedInPieces(log, [17, 100, 900, 1400]);
  for (const { finding } of found) {
    const text = finding.kind === 'token' ? finding.text : finding.code;
    assert.equal(log.slice(finding.start, finding.end), text);
  }
});

test('interleaved stdout and stderr are kept apart', () => {
  const scanner = createStreamScanner();
  const [head, rest] = [token.slice(0, 500), token.slice(500)];
  const found = [
    ...scanner.feed('s1/stdout', `access ${head}`),
    // stderr prints a line in the middle of stdout's token; it must not end stdout's line.
    ...scanner.feed('s1/stderr', 'warning: slow response\n'),
    ...scanner.feed('s1/stdout', `${rest} done\n`),
    ...scanner.feed('s1/stderr', 'Error: invalid_grant\n'),
  ];
  assert.deepEqual(
    found.map((f) => [f.stream, f.finding.kind]),
    [
      ['s1/stdout', 'token'],
      ['s1/stderr', 'error'],
    ],
  );
  const tokenFinding = found[0]!.finding;
  assert.ok(tokenFinding.kind === 'token' && tokenFinding.text === token);
});

test('a finding is reported once even when flushed and then completed by a newline', () => {
  const scanner = createStreamScanner();
  const found = [...scanner.feed('s', `token ${token} `)];
  assert.equal(found.length, 0, 'an unfinished line waits');
  found.push(...scanner.flush('s'));
  assert.equal(found.length, 1, 'a quiet stream gives up its unfinished line');
  found.push(...scanner.feed('s', 'and more\n'));
  found.push(...scanner.end('s'));
  assert.equal(found.length, 1);
});

test('the same token printed twice in a stream is reported at both places (the store counts them)', () => {
  const found = feedInPieces(`${token}\n${token}\n`, [10]);
  assert.equal(found.length, 2);
  assert.notEqual(found[0]!.finding.start, found[1]!.finding.start);
});

test('errors carry their line as context, bounded', () => {
  const line = `${'x'.repeat(5000)} error=invalid_grant ${'y'.repeat(5000)}\n`;
  const [found] = feedInPieces(line, [3000, 5010]);
  assert.ok(found?.context);
  assert.ok(found.context.includes('error=invalid_grant'));
  assert.ok(found.context.length <= 2000);
});

test('a token in an endless line (no newline for megabytes) is still found, and memory stays bounded', () => {
  const scanner = createStreamScanner({ keepChars: 70_000 });
  const filler = 'abc def ghi '.repeat(400); // 4.8 KB without a newline
  const found: StreamFinding[] = [];
  let maxBuffered = 0;
  for (let i = 0; i < 2000; i++) {
    found.push(...scanner.feed('s', i === 1000 ? ` ${token} ` : filler));
    maxBuffered = Math.max(maxBuffered, scanner.stats().bufferedChars);
  }
  found.push(...scanner.end('s'));
  assert.equal(found.length, 1);
  assert.ok(maxBuffered <= 2 * 70_000 + filler.length + token.length, `buffered ${maxBuffered}`);
  assert.equal(scanner.stats().streams, 0);
});

test('a token split across pieces inside an endless line is found once', () => {
  const scanner = createStreamScanner({ keepChars: 2048, maxLineLength: 4096 });
  const line = `${'z '.repeat(3000)}${token} ${'q '.repeat(3000)}`;
  const found: StreamFinding[] = [];
  for (let at = 0; at < line.length; at += 333) found.push(...scanner.feed('s', line.slice(at, at + 333)));
  found.push(...scanner.end('s'));
  assert.deepEqual(values(found), [`token:${token.slice(-12)}`]);
});

test('bounded memory however long the stream: 20 MB through one scanner holds at most one line', () => {
  const scanner = createStreamScanner();
  const chunk = `${'GET /api/orders 200 12ms\n'.repeat(150)}partial line without end `;
  let maxBuffered = 0;
  let count = 0;
  for (let fed = 0; fed < 20 * 1024 * 1024; fed += chunk.length) {
    count += scanner.feed(`session/${fed % 3}`, chunk).length;
    maxBuffered = Math.max(maxBuffered, scanner.stats().bufferedChars);
  }
  assert.equal(count, 0);
  assert.ok(maxBuffered < 64 * 1024, `buffered ${maxBuffered}`);
});

test('the number of streams is capped; the least recently fed is forgotten', () => {
  const scanner = createStreamScanner({ maxStreams: 3 });
  for (const key of ['a', 'b', 'c', 'd']) scanner.feed(key, 'unfinished');
  assert.equal(scanner.stats().streams, 3);
  assert.deepEqual(scanner.endAll('a'), []);
});

test('endAll ends only the streams of one session', () => {
  const scanner = createStreamScanner();
  scanner.feed('s1/stdout', `x ${token}`);
  scanner.feed('s2/stdout', `y ${token}`);
  const found = scanner.endAll('s1/');
  assert.equal(found.length, 1);
  assert.equal(found[0]!.stream, 's1/stdout');
  assert.equal(scanner.stats().streams, 1);
});

test('pieces without an anchor are not scanned at all', () => {
  const scanner = createStreamScanner();
  for (let i = 0; i < 100; i++) scanner.feed('s', 'GET /health 200 1ms\n');
  assert.equal(scanner.stats().scannedChars, 0);
  scanner.feed('s', 'Error: invalid_grant\n');
  assert.ok(scanner.stats().scannedChars > 0);
});

test('an anchor split across pieces still triggers a scan', () => {
  const scanner = createStreamScanner();
  assert.deepEqual(scanner.feed('s', 'failed with AAD'), []);
  const found = scanner.feed('s', 'STS50058 silently\n');
  assert.deepEqual(values(found), ['error:AADSTS50058']);
});

test('bad input gives nothing, never an exception', () => {
  const scanner = createStreamScanner();
  assert.deepEqual(scanner.feed('s', ''), []);
  assert.deepEqual(scanner.feed('s', undefined as unknown as string), []);
  assert.deepEqual(scanner.feed(42 as unknown as string, 'x'), []);
  assert.deepEqual(scanner.end('never-fed'), []);
  const throwing = createStreamScanner({
    scan: () => {
      throw new Error('finder bug');
    },
  });
  assert.deepEqual(throwing.feed('s', 'Error: invalid_grant\n'), []);
});

test('arbitrary pieces never throw and never report anything twice (property)', () => {
  fc.assert(
    fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 200 }), { maxLength: 30 }), (pieces) => {
      const scanner = createStreamScanner({ keepChars: 1024, maxLineLength: 2048 });
      const starts = new Set<number>();
      for (const piece of pieces) {
        for (const { finding } of scanner.feed('s', piece)) {
          assert.ok(!starts.has(finding.start));
          starts.add(finding.start);
        }
      }
    }),
    { numRuns: 200 },
  );
});

test('hasAnchor sees each anchor the finders start from', () => {
  for (const text of ['eyJ', 'AADSTS', 'E0000', 'Error', 'error', 'SomeException']) assert.ok(hasAnchor(text), text);
  assert.equal(hasAnchor('GET /orders 200'), false);
});

test('the anchor precheck never hides a finding: every sample line with a finding has an anchor', async () => {
  const { readdirSync, readFileSync, statSync } = await import('node:fs');
  const { join } = await import('node:path');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
  let lines = 0;
  for (const file of [...files('samples'), ...files('test/fixtures/errors')]) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.length > 100_000 || scanText(line, { saml: false }).length === 0) continue;
      lines++;
      assert.ok(hasAnchor(line), `${file}: a finding in a line without anchor: ${line.slice(0, 120)}`);
    }
  }
  assert.ok(lines > 10, `only ${lines} lines with findings`);
});

test('a short piece holding only an upper-case vendor code is scanned (PingOne ACCESS_FAILED, Salesforce INVALID_SESSION_ID)', () => {
  for (const text of ['{"id":"x","code":"ACCESS_FAILED","message":"m"}\n', 'INVALID_SESSION_ID: Session expired or invalid\n']) {
    assert.ok(hasAnchor(text), text);
    const found = values(feedInPieces(text, []));
    assert.deepEqual(found, expected(text));
    assert.equal(found.length, 1, text);
  }
});
