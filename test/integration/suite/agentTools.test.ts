import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension } from './helpers';
import { AGENT_TOOLS } from '../../../src/core/agent/tools';
import { prepareToolInvocation } from '../../../src/extension/agent/languageModelTools';

/** A JWS-shaped token with a filler signature: decoding only, nothing real. */
function b64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
const SIGNATURE = 'QWdlbnRUb29sU2lnbmF0dXJlTXVzdE5vdExlYWs';
const TOKEN = `${b64url({ alg: 'RS256', typ: 'JWT', kid: 'k1' })}.${b64url({
  iss: 'https://login.microsoftonline.com/72f988bf-0000-4000-8000-00000000aaaa/v2.0',
  aud: 'api://orders',
  ver: '2.0',
  name: 'Jane Doe',
  preferred_username: 'jane.doe@contoso.com',
  scp: 'Orders.Read',
  iat: 1_700_000_000,
  exp: 1_700_003_600,
})}.${SIGNATURE}`;

async function invoke(name: string, input: object): Promise<string> {
  const result = await vscode.lm.invokeTool(name, { input, toolInvocationToken: undefined });
  return result.content.map((part) => (part instanceof vscode.LanguageModelTextPart ? part.value : '')).join('\n');
}

suite('Language-model tools', () => {
  suiteSetup(async () => {
    await activeExtension();
  });

  teardown(async () => {
    await vscode.workspace.getConfiguration('authlens').update('agent.maskPersonalData', undefined, vscode.ConfigurationTarget.Global);
  });

  test('the four AuthLens tools are registered with their descriptions and input schemas', () => {
    const ours = vscode.lm.tools.filter((tool) => tool.name.startsWith('authlens_'));
    assert.deepEqual(ours.map((tool) => tool.name).sort(), [
      'authlens_decode_token',
      'authlens_explain_error',
      'authlens_explain_har',
      'authlens_scan_text',
    ]);
    for (const tool of ours) {
      assert.match(tool.description, /never returns a whole token/i, tool.name);
      assert.equal((tool.inputSchema as { type?: string } | undefined)?.type, 'object', tool.name);
    }
  });

  test('decode_token through vscode.lm.invokeTool: claims and findings, never the signature', async () => {
    const answer = await invoke('authlens_decode_token', { token: `Bearer ${TOKEN}` });
    assert.match(answer, /^JWS token: Microsoft Entra ID/);
    assert.match(answer, /- aud: api:\/\/orders/);
    assert.match(answer, /- preferred_username: jane\.doe@contoso\.com/);
    assert.match(answer, /\[error\] expired:/);
    assert.ok(!answer.includes(SIGNATURE) && !answer.includes(TOKEN));
  });

  test('authlens.agent.maskPersonalData masks names and emails in the answer', async () => {
    await vscode.workspace.getConfiguration('authlens').update('agent.maskPersonalData', true, vscode.ConfigurationTarget.Global);
    const answer = await invoke('authlens_decode_token', { token: TOKEN });
    assert.match(answer, /- preferred_username: \[masked\]@contoso\.com/);
    assert.match(answer, /- name: \[masked\]/);
    assert.ok(!answer.includes('Jane'));
  });

  test('explain_error and scan_text answer from the offline catalog', async () => {
    const explained = await invoke('authlens_explain_error', { text: 'AADSTS50076' });
    assert.match(explained, /^AADSTS50076 .*\(Microsoft Entra ID\)/);
    assert.match(explained, /Fixes:\n1\. /);
    const scanned = await invoke('authlens_scan_text', { text: `token: ${TOKEN}\nfailed: AADSTS70008: The refresh token has expired` });
    assert.match(scanned, /^Found 1 token\(s\) and 1 error code\(s\):/);
    assert.ok(!scanned.includes(SIGNATURE));
  });

  test('explain_har reads a HAR of the workspace by its relative path: checks and legs, no token returned', async () => {
    const answer = await invoke('authlens_explain_har', { path: 'sign-in.har' });
    assert.match(answer, /^HAR with \d+ entries: /);
    assert.match(answer, /Checks \(failed first\):\n- FAILED /);
    assert.doesNotMatch(answer, /eyJ[\w-]{10,}\.[\w-]{10,}\./);
    const missing = await invoke('authlens_explain_har', { path: 'no-such.har' });
    assert.match(missing, /could not read that file/);
  });

  test('the confirmation says what is read, that nothing leaves the machine, and what the model never gets', async () => {
    const decode = AGENT_TOOLS.find((tool) => tool.name === 'decode_token')!;
    const prepared = prepareToolInvocation(decode, { token: TOKEN });
    const message = prepared.confirmationMessages?.message;
    const text = typeof message === 'string' ? message : (message?.value ?? '');
    assert.equal(prepared.confirmationMessages?.title, 'Decode a token with AuthLens');
    assert.match(text, new RegExp(`reads ${TOKEN.length} characters on this machine, sends nothing over the network`));
    assert.match(text, /never gives the model a whole token, a signature, an authorization code, a client secret or a cookie value/);
    assert.match(text, /personal claims included/);
    assert.ok(!text.includes(SIGNATURE));
    await vscode.workspace.getConfiguration('authlens').update('agent.maskPersonalData', true, vscode.ConfigurationTarget.Global);
    const masked = prepareToolInvocation(decode, { token: TOKEN }).confirmationMessages?.message;
    assert.match(typeof masked === 'string' ? masked : (masked?.value ?? ''), /personal claims masked/);
  });

  test('a tool that cannot answer says so in its result (not by throwing: VS Code would log the whole input)', async () => {
    const answer = await invoke('authlens_decode_token', { token: 'not a token at all' });
    assert.match(answer, /^AuthLens could not answer: Not a token: /);
  });
});
