/** The CLI never echoes an input token and never lets input drive the terminal. Runs dist/cli.js. */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { buildCli, runBuiltCli } from './_run';
import { makeToken, SAMPLE } from '../../fixtures/tokens/makeToken';

before(() => buildCli());

// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const BIDI = /[\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

test('authlens <token> does not print the token on stderr', async () => {
  const run = await runBuiltCli([SAMPLE]);
  assert.equal(run.code, 2);
  assert.ok(!run.stderr.includes(SAMPLE), run.stderr);
  assert.ok(!run.stderr.includes(SAMPLE.slice(0, 30)), run.stderr);
  assert.match(run.stderr, /is not a command.*authlens decode/);
});

test('authlens scan <token> (a token where a file was expected) does not print it', async () => {
  const run = await runBuiltCli(['scan', SAMPLE]);
  assert.equal(run.code, 2);
  assert.ok(!run.stderr.includes(SAMPLE.slice(0, 30)), run.stderr);
  assert.match(run.stderr, /cannot read "eyJhbG…\[redacted \d+ chars\]": no such file/);
});

test('authlens explain <token> does not echo the token', async () => {
  const run = await runBuiltCli(['explain', SAMPLE]);
  assert.ok(!`${run.stdout}${run.stderr}`.includes(SAMPLE.slice(0, 30)), run.stderr);
});

const HOSTILE = makeToken(
  { alg: 'RS256', typ: 'JWT', crit: ['\u001b]0;pwned\u0007'] },
  { iss: 'https://issuer.example', sub: '\u202Eevil\u200B', aud: '\u001b]52;c;ZWNobyBoaQ==\u0007', exp: 1800000000, alg2: '\u009b31m' },
);

test('decode: no ESC/OSC/C1 or bidi character from aud, crit or sub reaches the terminal; shown as escapes', async () => {
  const run = await runBuiltCli(['decode', HOSTILE]);
  assert.equal(run.code, 0, run.stderr);
  assert.doesNotMatch(run.stdout, TERMINAL_CONTROL);
  assert.doesNotMatch(run.stdout, BIDI);
  assert.match(run.stdout, /\\u202eevil\\u200b/);
  assert.match(run.stdout, /\\u001b\]52;c;/);
});

test('decode --json: the same characters as JSON escapes, so the values parse back unchanged', async () => {
  const run = await runBuiltCli(['decode', HOSTILE, '--json']);
  assert.doesNotMatch(run.stdout, TERMINAL_CONTROL);
  assert.doesNotMatch(run.stdout, BIDI);
  const out = JSON.parse(run.stdout) as { payload: { sub: string; aud: string } };
  assert.equal(out.payload.sub, '\u202Eevil\u200B');
  assert.equal(out.payload.aud, '\u001b]52;c;ZWNobyBoaQ==\u0007');
});

test('scan: a line holding OSC sequences and bidi prints none of them', async () => {
  const run = await runBuiltCli(['scan', '-'], { stdin: `\u001b]0;title\u0007 AADSTS50058 \u202E ${SAMPLE}\n` });
  assert.equal(run.code, 0);
  assert.doesNotMatch(run.stdout, TERMINAL_CONTROL);
  assert.doesNotMatch(run.stdout, BIDI);
  const json = await runBuiltCli(['scan', '-', '--json'], { stdin: `x ${SAMPLE}\n` });
  // The JSON contract keeps each token's full text.
  assert.equal((JSON.parse(json.stdout) as { findings: { text: string }[] }).findings[0]?.text, SAMPLE);
});
