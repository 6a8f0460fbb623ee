import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { appendFileSync, chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { runCli } from '../../../../src/cli/main';
import { createLineScanner } from '../../../../src/core/scan/lineScanner';
import { scanText } from '../../../../src/core/scan/scan';
import type { Finding } from '../../../../src/core/scan/findings';
import { makeToken } from '../capture/_tokens';

const token = makeToken();
const other = makeToken({ salt: 3 });
const log = [
  'starting the orders service\n',
  `calling the API with Bearer ${token}\r\n`,
  'token refresh failed: ServerError: invalid_grant: AADSTS700082: The refresh token has expired.\n',
  '\n',
  `café ☕ retrying with ${other} after 2 s\n`,
  'okta said {"errorCode":"E0000011","errorSummary":"Invalid token provided"}\n',
  `last line without a newline ${token}`,
].join('');

function scanInPieces(text: string, cuts: number[]): Finding[] {
  const scanner = createLineScanner();
  const found: Finding[] = [];
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    found.push(...scanner.feed(text.slice(from, cut)));
    from = Math.max(from, cut);
  }
  found.push(...scanner.feed(text.slice(from)));
  found.push(...scanner.end());
  return found;
}

const tmp = mkdtempSync(join(tmpdir(), 'authlens-stream-scan-'));
function file(name: string, text: string | Buffer): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}

test('line scanner: cut anywhere, the findings, offsets and line numbers are those of scanText over the whole text', () => {
  const whole = scanText(log);
  assert.ok(whole.length >= 6, JSON.stringify(whole));
  assert.deepEqual(scanInPieces(log, []), whole);
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: log.length }), { maxLength: 12 }), (cuts) => {
      assert.deepEqual(scanInPieces(log, cuts), whole);
    }),
    { numRuns: 300 },
  );
  // One character at a time, the worst cutting there is.
  assert.deepEqual(
    scanInPieces(
      log,
      Array.from({ length: log.length }, (_, i) => i),
    ),
    whole,
  );
});

test('line scanner: random logs of tokens, codes and noise agree with scanText', () => {
  const piece = fc.constantFrom(
    token,
    other,
    'AADSTS50058',
    'invalid_grant',
    '"error":"access_denied"',
    'E0000011',
    '\n',
    '\r\n',
    ' ',
    'x',
    'é',
    '.',
    'eyJ',
    '\n\n',
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 8 }), (parts, rawCuts) => {
      const text = parts.join('');
      const cuts = rawCuts.map((cut) => cut % (text.length + 1));
      assert.deepEqual(scanInPieces(text, cuts), scanText(text));
    }),
    { numRuns: 300 },
  );
});

test('authlens scan FILE --json: the same bytes as before streaming (JSON.stringify of every finding, two-space indent)', async () => {
  const path = file('app.log', log);
  const result = await runCli(['scan', path, '--json']);
  assert.equal(result.exitCode, 0);
  assert.equal(result.stdout, `${JSON.stringify({ findings: scanText(log) }, null, 2)}\n`);
  const empty = await runCli(['scan', file('empty.log', 'nothing here\n'), '--json']);
  assert.equal(empty.stdout, `${JSON.stringify({ findings: [] }, null, 2)}\n`);
});

test('authlens scan --ndjson: one finding per line; plain text: one line each', async () => {
  const path = file('nd.log', log);
  const nd = await runCli(['scan', path, '--ndjson']);
  assert.equal(nd.exitCode, 0);
  const lines = nd.stdout!.trimEnd().split('\n');
  assert.deepEqual(
    lines.map((line) => JSON.parse(line) as Finding),
    scanText(log),
  );
  const plain = await runCli(['scan', path]);
  assert.equal(plain.stdout!.trimEnd().split('\n').length, scanText(log).length);
  assert.match(plain.stdout!, /^line 2, \d+-\d+ {2}token \(jws\)/);
});

test('authlens scan: a chunk boundary inside a multi-byte character, a token and a line keeps offsets exact', async () => {
  // 1 MiB chunks: put a token and a two-byte character right across the boundaries.
  const filler = `${'a'.repeat(99)}\n`;
  const head = filler.repeat(Math.floor((1024 * 1024 - 200) / filler.length));
  const text = `${head}${'é'.repeat(100)} ${token} AADSTS50058\n${'b'.repeat(10)}\n${other}`;
  const path = file('big.log', text);
  const result = await runCli(['scan', path, '--ndjson']);
  assert.equal(result.exitCode, 0);
  const found = result
    .stdout!.trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Finding);
  assert.deepEqual(found, scanText(text));
  assert.equal(found[0]!.line, head.split('\n').length);
});

test('authlens scan: an endless line (megabytes without a newline) with tokens across the cuts, and a cut character at the very end', async () => {
  const text = `${'x'.repeat(1024 * 1024 - 100)} ${token} ${'é'.repeat(600_000)} AADSTS50058 ${other} ${'y'.repeat(10)}`;
  const path = file('endless.log', Buffer.concat([Buffer.from(text), Buffer.from([0xe2, 0x82])]));
  const result = await runCli(['scan', path, '--ndjson']);
  assert.equal(result.exitCode, 0);
  const found = result
    .stdout!.trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Finding);
  assert.deepEqual(found, scanText(`${text}\ufffd`));
  assert.equal(found.length, 3);
});

test('authlens scan: unreadable input is exit 2 with one clear line that never repeats a token', async () => {
  const missing = await runCli(['scan', join(tmp, 'nope.log')]);
  assert.equal(missing.exitCode, 2);
  assert.match(missing.stderr!, /^authlens: cannot read ".*nope\.log": no such file\n$/);
  const pasted = await runCli(['scan', token]);
  assert.equal(pasted.exitCode, 2);
  assert.ok(!pasted.stderr!.includes(token.slice(10)), pasted.stderr);
  assert.equal(pasted.stderr!.split('\n').length, 2);
  const dir = await runCli(['scan', tmp, '--json']);
  assert.equal(dir.exitCode, 2);
  assert.deepEqual(JSON.parse(dir.stdout!).error.code, 'input');
  if (process.getuid?.() !== 0) {
    const locked = file('locked.log', 'x');
    chmodSync(locked, 0);
    const denied = await runCli(['scan', locked]);
    assert.equal(denied.exitCode, 2);
    assert.match(denied.stderr!, /permission denied/);
  }
  const unknown = await runCli(['scan', '--nope']);
  assert.equal(unknown.exitCode, 2);
});

test('authlens scan -: standard input as a stream, findings written as each chunk arrives', async () => {
  const stdin = new PassThrough();
  const written: string[] = [];
  let sawFirst: () => void = () => undefined;
  const first = new Promise<void>((resolve) => {
    sawFirst = resolve;
  });
  const done = runCli(['scan', '-', '--ndjson'], {
    stdin,
    write: (text) => {
      written.push(text);
      sawFirst();
    },
  });
  stdin.write(`Bearer ${token}\n`);
  await first; // the finding is out before the input ends
  assert.equal(written.length, 1);
  assert.equal((JSON.parse(written[0]!) as Finding).line, 1);
  stdin.end('AADSTS50058\n');
  const result = await done;
  assert.equal(result.exitCode, 0);
  assert.deepEqual(
    written
      .join('')
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as Finding).line),
    [1, 2],
  );
});

/**
 * Output that arrives in pieces (a writer callback, a child's stdout), and a wait on what it holds:
 * `until` resolves on the write that makes the condition true, or fails after `ms`. No polling.
 */
function output() {
  let text = '';
  const waiters = new Set<() => void>();
  return {
    get text() {
      return text;
    },
    write(piece: string) {
      text += piece;
      for (const wake of [...waiters]) wake();
    },
    until(done: (text: string) => boolean, ms: number, what: string): Promise<void> {
      if (done(text)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(wake);
          reject(new Error(`timed out waiting for ${what}`));
        }, ms);
        const wake = () => {
          if (!done(text)) return;
          clearTimeout(timer);
          waiters.delete(wake);
          resolve();
        };
        waiters.add(wake);
      });
    },
  };
}

test('authlens scan FILE --follow: keeps reading a growing file, then ends cleanly on stop', async () => {
  const path = file('growing.log', `first ${token}\n`);
  const controller = new AbortController();
  const out = output();
  const done = runCli(['scan', path, '--follow', '--json'], {
    write: (text) => out.write(text),
    stopSignal: controller.signal,
    pollMs: 20,
  });
  await out.until((text) => text.includes('"line": 1'), 5000, 'the first finding');
  appendFileSync(path, 'then AADSTS700082 happened\n');
  await out.until((text) => text.includes('AADSTS700082'), 5000, 'the appended finding');
  appendFileSync(path, `no newline yet ${other}`);
  await out.until((text) => text.includes(other), 5000, 'the unfinished last line, once quiet');
  controller.abort();
  const result = await done;
  assert.equal(result.exitCode, 0);
  const body = JSON.parse(out.text) as { findings: Finding[] };
  assert.deepEqual(
    body.findings.map((f) => f.line),
    [1, 2, 3],
  );
});

test('authlens scan - --follow in a real process: a pipe that stays open is scanned as it comes (kubectl logs -f | authlens scan -)', async () => {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(__dirname, '../../../../src/cli/main.ts'), 'scan', '-', '--ndjson', '--follow'],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const out = output();
  child.stdout.on('data', (chunk: Buffer) => out.write(chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.stdin.write(`GET /orders Authorization: Bearer ${token}\n`);
  await out.until((text) => text.includes('\n'), 20_000, 'the first finding from the child');
  child.stdin.write('AADSTS50058 then a prompt with no newline ');
  await out.until((text) => text.includes('AADSTS50058'), 10_000, 'the quiet unfinished line');
  child.stdin.end();
  assert.equal(await exited, 0);
  assert.deepEqual(
    out.text
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as Finding).kind),
    ['token', 'error'],
  );
});
