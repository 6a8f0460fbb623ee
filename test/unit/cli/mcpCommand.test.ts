/**
 * `authlens mcp` as a coding agent meets it: the built dist/cli.js started over stdio by the MCP
 * SDK's own client, tools listed and called, answers read back.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { makeToken } from '../../fixtures/tokens/makeToken';

const ROOT = resolve(__dirname, '../../..');
const SIGNATURE = 'U2lnbmF0dXJlQnl0ZXNUaGF0TXVzdE5ldmVyTGVhdmUtMTIzNDU2Nzg5';
const TOKEN = makeToken(
  { alg: 'RS256', typ: 'JWT', kid: 'k1' },
  {
    iss: 'https://login.microsoftonline.com/72f988bf-0000-4000-8000-00000000aaaa/v2.0',
    aud: 'api://orders',
    ver: '2.0',
    tid: '72f988bf-0000-4000-8000-00000000aaaa',
    oid: '11111111-2222-4333-8444-555555555555',
    name: 'Jane Doe',
    preferred_username: 'jane.doe@contoso.com',
    scp: 'Orders.Read',
    iat: 1_700_000_000,
    nbf: 1_700_000_000,
    exp: 1_700_003_600,
  },
  SIGNATURE,
);

let client: Client;
let masked: Client;

function text(result: Awaited<ReturnType<Client['callTool']>>): string {
  const content = result.content as { type: string; text?: string }[];
  assert.equal(content[0]?.type, 'text');
  return content.map((part) => part.text ?? '').join('\n');
}

async function connect(args: string[] = []): Promise<Client> {
  const c = new Client({ name: 'authlens-test', version: '1.0.0' });
  await c.connect(
    new StdioClientTransport({ command: process.execPath, args: [join(ROOT, 'dist/cli.js'), 'mcp', ...args], cwd: ROOT, stderr: 'pipe' }),
  );
  return c;
}

before(async () => {
  // The test drives the real bundle: build it as shipped.
  const build = spawnSync(process.execPath, ['build.mjs'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
  client = await connect();
  masked = await connect(['--mask-personal-data']);
});

after(async () => {
  await client?.close();
  await masked?.close();
});

test('the other commands start without the MCP SDK: it is dist/mcpServer.js, loaded only by `authlens mcp`', () => {
  const cli = readFileSync(join(ROOT, 'dist/cli.js'), 'utf8');
  assert.ok(!cli.includes('notifications/initialized'), 'the SDK is inside dist/cli.js');
  assert.match(cli, /import\("\.\/mcpServer\.js"\)/);
  assert.ok(readFileSync(join(ROOT, 'dist/mcpServer.js'), 'utf8').includes('notifications/initialized'));
  const explain = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'explain', 'AADSTS50058'], { encoding: 'utf8' });
  assert.equal(explain.status, 0);
});

test('the server ends, with exit code 0 and nothing but protocol on stdout, when the client closes stdin', () => {
  const run = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'mcp'], { input: '', encoding: 'utf8', timeout: 20_000 });
  assert.equal(run.status, 0);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /authlens mcp: serving 4 tools on stdio/);
});

test('the server says who it is and lists the four tools, each description stating the privacy contract', async () => {
  assert.deepEqual(client.getServerVersion()?.name, 'authlens');
  const { tools } = await client.listTools();
  assert.deepEqual(tools.map((tool) => tool.name).sort(), ['decode_token', 'explain_error', 'explain_har', 'scan_text']);
  for (const tool of tools) {
    assert.match(tool.description ?? '', /nothing is sent over the network/i, tool.name);
    assert.match(
      tool.description ?? '',
      /never returns a whole token, a signature, an authorization code, a client secret or a cookie value/i,
      tool.name,
    );
    assert.equal(tool.annotations?.readOnlyHint, true);
    assert.equal(tool.inputSchema.type, 'object');
    assert.equal(Object.keys(tool.inputSchema.properties ?? {}).length, 1);
  }
});

test('decode_token: summary, claims with meanings, findings, sources; never the signature or the token', async () => {
  const result = await client.callTool({ name: 'decode_token', arguments: { token: `Bearer ${TOKEN}` } });
  assert.equal(result.isError, false);
  const answer = text(result);
  assert.match(answer, /^JWS token: Microsoft Entra ID/);
  assert.match(answer, /- aud: api:\/\/orders \(Audience/);
  assert.match(answer, /- preferred_username: jane\.doe@contoso\.com/);
  assert.match(answer, /\[error\] expired:/);
  assert.match(answer, /Sources:\n- https:\/\//);
  assert.match(answer, /not verified/);
  assert.ok(!answer.includes(SIGNATURE) && !answer.includes(TOKEN));
  const structured = result.structuredContent as {
    claims: { name: string; value: unknown }[];
    signature: { present: boolean; length: number };
  };
  assert.deepEqual(structured.signature, {
    present: true,
    length: SIGNATURE.length,
    verified: false,
    note: structured.signature['note' as never],
  });
  assert.ok(!JSON.stringify(structured).includes(SIGNATURE));
});

test('decode_token with --mask-personal-data: names and emails masked, the email domain and the rest kept', async () => {
  const result = await masked.callTool({ name: 'decode_token', arguments: { token: TOKEN } });
  const answer = text(result);
  assert.match(answer, /- preferred_username: \[masked\]@contoso\.com .*\[personal data masked\]/);
  assert.match(answer, /- name: \[masked\]/);
  assert.match(answer, /- oid: \[masked\]/);
  assert.match(answer, /- aud: api:\/\/orders/);
  assert.ok(!answer.includes('Jane') && !answer.includes('jane.doe') && !JSON.stringify(result.structuredContent).includes('Jane'));
});

test('decode_token on something that is not a token: isError with a reason a model can act on', async () => {
  const result = await client.callTool({ name: 'decode_token', arguments: { token: 'hello world' } });
  assert.equal(result.isError, true);
  assert.match(text(result), /^Not a token: /);
});

test('explain_error: a bare code gives the meaning, causes, fixes and the source links', async () => {
  const result = await client.callTool({ name: 'explain_error', arguments: { text: 'AADSTS50076' } });
  assert.equal(result.isError, false);
  const answer = text(result);
  assert.match(answer, /^AADSTS50076 .*\(Microsoft Entra ID\)/);
  assert.match(answer, /multi-factor|MFA/i);
  assert.match(answer, /Likely causes:\n1\. /);
  assert.match(answer, /Fixes:\n1\. /);
  assert.match(answer, /Sources:\n- .+: https:\/\//);
});

test('explain_error: a token response body gives its parts and every code, without the code or secret sent', async () => {
  const body = JSON.stringify({
    error: 'invalid_grant',
    error_description:
      'AADSTS70008: The provided authorization code or refresh token has expired due to inactivity. Trace ID: 0b5d3b1e-aaaa-4bbb-8ccc-123456789abc Correlation ID: 7d4a0f5c-dddd-4eee-8fff-abcdefabcdef Timestamp: 2026-11-28 12:00:00Z',
    error_codes: [70008],
    trace_id: '0b5d3b1e-aaaa-4bbb-8ccc-123456789abc',
    correlation_id: '7d4a0f5c-dddd-4eee-8fff-abcdefabcdef',
  });
  const request =
    'POST /oauth2/v2.0/token\ngrant_type=authorization_code&code=OAQABAAIAAABeStHaDeSecretCodeValue1234&client_secret=SuperSecretClientValue987\nCookie: esctx=CookieValueThatIsPrivate42\n';
  const result = await client.callTool({ name: 'explain_error', arguments: { text: `${request}\n${body}` } });
  assert.equal(result.isError, false);
  const answer = text(result);
  assert.match(answer, /- error: invalid_grant/);
  assert.match(answer, /- correlation_id: 7d4a0f5c-dddd-4eee-8fff-abcdefabcdef/);
  assert.match(answer, /AADSTS70008 /);
  // The text shows Entra: invalid_grant gets Entra's meaning, and the code exchange (grant_type=authorization_code) ranks the late code first.
  assert.match(answer, /invalid_grant .*Microsoft Entra ID/);
  assert.match(answer, /AADSTS70008 [^\n]*\n[^\n]*\nLikely causes:\n1\. An authorization code was redeemed late/);
  for (const secret of ['OAQABAAIAAABeStHaDeSecretCodeValue1234', 'SuperSecretClientValue987', 'CookieValueThatIsPrivate42']) {
    assert.ok(!answer.includes(secret) && !JSON.stringify(result.structuredContent).includes(secret), secret);
  }
});

test('explain_error on text with no error but a token points to decode_token', async () => {
  const result = await client.callTool({ name: 'explain_error', arguments: { text: `Authorization: Bearer ${TOKEN}` } });
  assert.equal(result.isError, true);
  assert.match(text(result), /use decode_token/);
  assert.ok(!text(result).includes(SIGNATURE));
});

test('scan_text: tokens described by line, never returned; error codes with their meaning', async () => {
  const log = [
    'starting',
    `sending Authorization: Bearer ${TOKEN}`,
    'got 400: AADSTS50058: A silent sign-in request was sent but no user is signed in.',
  ].join('\n');
  const result = await client.callTool({ name: 'scan_text', arguments: { text: log } });
  const answer = text(result);
  assert.match(answer, /^Found 1 token\(s\) and 1 error code\(s\):/);
  assert.match(answer, /- line 2: JWS token, \d+ characters: Microsoft Entra ID/);
  assert.match(answer, /- line 3: AADSTS50058 \(Microsoft Entra ID\): /);
  assert.ok(!answer.includes(TOKEN) && !answer.includes(SIGNATURE));
  assert.equal((result.structuredContent as { total: number }).total, 2);
});

test('a bad argument is refused clearly, and the server keeps serving', async () => {
  const bad = await client
    .callTool({ name: 'scan_text', arguments: { text: 42 } })
    .catch((error: Error) => ({ isError: true, content: [{ type: 'text', text: error.message }] }));
  assert.equal(bad.isError, true);
  const after = await client.callTool({ name: 'explain_error', arguments: { text: 'invalid_client' } });
  assert.equal(after.isError, false);
});

test("explain_har: the recorded sign-in's checks, legs and errors; tokens described, no token, code or cookie value returned", async () => {
  const harPath = join(ROOT, 'samples', 'sign-in.har');
  const result = await client.callTool({ name: 'explain_har', arguments: { path: harPath } });
  assert.equal(result.isError, false, text(result));
  const answer = text(result);
  assert.match(answer, /^HAR with \d+ entries: \d+ sign-in exchange\(s\)/);
  assert.match(answer, /Checks \(failed first\):/);
  assert.match(answer, /Sign-in exchanges:\n- entry \d+ \w+: (GET|POST) /);
  // Every secret value the HAR holds: tokens, codes, verifiers, secrets (in URLs, form and JSON bodies), cookies.
  const raw = readFileSync(harPath, 'utf8');
  const secrets = new Set<string>();
  for (const m of raw.matchAll(/\b(?:code|code_verifier|access_token|refresh_token|id_token|client_secret)=([^&"\s\\]{8,})/g))
    secrets.add(m[1]!);
  for (const m of raw.matchAll(/\\?"(?:access_token|refresh_token|id_token)\\?"\s*:\s*\\?"([^"\\]{8,})/g)) secrets.add(m[1]!);
  for (const m of raw.matchAll(/eyJ[\w-]{8,}\.[\w-]+\.[\w-]*/g)) secrets.add(m[0]);
  const har = JSON.parse(raw) as {
    log: { entries: { request: { cookies?: { value: string }[] }; response: { cookies?: { value: string }[] } }[] };
  };
  for (const entry of har.log.entries) {
    for (const cookie of [...(entry.request.cookies ?? []), ...(entry.response.cookies ?? [])])
      if (cookie.value.length >= 8) secrets.add(cookie.value);
  }
  assert.ok(secrets.size > 3, 'the sample HAR holds secrets to look for');
  const structured = JSON.stringify(result.structuredContent);
  for (const secret of secrets) assert.ok(!answer.includes(secret) && !structured.includes(secret), `leaked: ${secret.slice(0, 12)}…`);
});

test('explain_har: a missing file or a file that is no HAR is a clear isError answer', async () => {
  const missing = await client.callTool({ name: 'explain_har', arguments: { path: join(ROOT, 'no-such.har') } });
  assert.equal(missing.isError, true);
  assert.match(text(missing), /could not read that file/);
  const notHar = await client.callTool({ name: 'explain_har', arguments: { path: join(ROOT, 'samples', 'app.log') } });
  assert.equal(notHar.isError, true);
  assert.match(text(notHar), /Not a HAR file/);
});
