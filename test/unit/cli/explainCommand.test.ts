import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';
import { explainText } from '../../../src/core/errors/explain';

interface Explained {
  code: string;
  family: string;
  name: string;
  summary: string;
  causes: string[];
  fixes: string[];
  links: { title: string; url: string }[];
  alsoIn: string[];
}

test('authlens explain CODE --json: the catalog entry, exit 0', async () => {
  for (const [input, code, family] of [
    ['AADSTS50058', 'AADSTS50058', 'entra'],
    ['aadsts50058', 'AADSTS50058', 'entra'],
    ['50058', 'AADSTS50058', 'entra'],
    ['E0000011', 'E0000011', 'okta'],
    ['invalid_grant', 'invalid_grant', 'oauth'],
    ['NotAuthorizedException', 'NotAuthorizedException', 'cognito'],
  ] as const) {
    const result = await runCli(['explain', input, '--json']);
    assert.equal(result.exitCode, 0, input);
    const body = JSON.parse(result.stdout!) as Explained;
    assert.equal(body.code, code);
    assert.equal(body.family, family);
    assert.ok(body.summary.length > 0 && Array.isArray(body.causes) && Array.isArray(body.fixes));
    assert.ok(body.links.length > 0 && body.links.every((link) => link.url.startsWith('https://')));
    assert.ok(Array.isArray(body.alsoIn));
  }
  const shared = JSON.parse((await runCli(['explain', 'invalid_grant', '--json'])).stdout!) as Explained;
  assert.ok(shared.alsoIn.length > 0, 'invalid_grant is defined by more than one family');
  assert.ok(!shared.alsoIn.includes('oauth'));
});

test('authlens explain: a line of error text explains its first code', async () => {
  const result = await runCli(['explain', 'Error 400: redirect_uri_mismatch', '--json']);
  assert.equal(result.exitCode, 0);
  assert.equal((JSON.parse(result.stdout!) as Explained).code, 'redirect_uri_mismatch');
});

test('authlens explain: unknown code is exit 1 with a typed JSON error, or one stderr line', async () => {
  const asJson = await runCli(['explain', 'no_such_code_anywhere', '--json']);
  assert.equal(asJson.exitCode, 1);
  const body = JSON.parse(asJson.stdout!) as { error: { code: string; message: string } };
  assert.equal(body.error.code, 'unknown_code');
  assert.match(body.error.message, /no_such_code_anywhere/);
  const human = await runCli(['explain', 'no_such_code_anywhere']);
  assert.equal(human.exitCode, 1);
  assert.equal(human.stdout, undefined);
  assert.equal(human.stderr!.trim().split('\n').length, 1);
  const usage = await runCli(['explain']);
  assert.equal(usage.exitCode, 2);
});

test('authlens explain: readable human output', async () => {
  const result = await runCli(['explain', 'AADSTS50058']);
  assert.equal(result.exitCode, 0);
  const text = result.stdout!;
  assert.match(text, /^AADSTS50058 {2}\S+ {2}\(Microsoft Entra ID\)\n/);
  assert.match(text, /\nLikely causes:\n {2}1\. /);
  assert.match(text, /\nWhat to do:\n {2}1\. /);
  assert.match(text, /\nRead more:\n {2}- .+: https:\/\//);
  const shared = (await runCli(['explain', 'invalid_grant'])).stdout!;
  assert.match(shared, /\nAlso defined by: /);
});

test('authlens scan --json reports error findings with family, offsets and line', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'authlens-errors-'));
  const file = join(dir, 'app.log');
  const text = [
    '2026-11-27T09:00:00Z INFO started',
    '2026-11-27T09:00:01Z ERROR token endpoint: {"error":"invalid_grant","error_description":"AADSTS70008: expired"}',
    '2026-11-27T09:00:02Z WARN the docs say access_denied means the user said no',
    '2026-11-27T09:00:03Z ERROR okta E0000011 Invalid token provided',
  ].join('\n');
  writeFileSync(file, text);
  const result = await runCli(['scan', file, '--json']);
  assert.equal(result.exitCode, 0);
  const { findings } = JSON.parse(result.stdout!) as {
    findings: { kind: string; code: string; family: string; start: number; end: number; line: number }[];
  };
  const errors = findings.filter((f) => f.kind === 'error');
  assert.deepEqual(
    errors.map((f) => [f.code, f.family, f.line]),
    [
      ['invalid_grant', 'oauth', 2],
      ['AADSTS70008', 'entra', 2],
      ['E0000011', 'okta', 4],
    ],
  );
  for (const f of errors) assert.equal(text.slice(f.start, f.end), f.code);
  const human = await runCli(['scan', file]);
  assert.match(human.stdout!, /line 2, \d+-\d+ {2}error AADSTS70008 \(entra\)/);
});

test('explainText: parts and one entry per code, or a problem', () => {
  const explained = explainText('{"error":"invalid_grant","error_description":"AADSTS70008: expired","error_codes":[70008]}');
  assert.equal(explained.parts?.shape, 'json');
  assert.deepEqual(
    explained.entries.map((e) => `${e.code}/${e.family}`),
    ['invalid_grant/oauth', 'AADSTS70008/entra'],
  );
  assert.equal(explained.problem, undefined);
  const bare = explainText('access_denied');
  assert.equal(bare.entries[0]?.code, 'access_denied');
  const nothing = explainText('all good here');
  assert.deepEqual([nothing.parts, nothing.entries, nothing.problem?.code], [undefined, [], 'no_error_found']);
});
