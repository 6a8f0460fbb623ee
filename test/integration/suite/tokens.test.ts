import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { CommandId } from '../../../src/extension/commandIds';
import type { VerifyResult } from '../../../src/core/tokens/index';
import { waitFor } from '../../harness/waitFor';
import { activeExtension, hoverText, positionOf, sampleUri } from './helpers';

/** Hover markdown with its backslash escapes removed: what the reader sees. */
function plain(markdown: string): string {
  return markdown.replace(/\\(.)/g, '$1');
}

/** Raw markdown parts of the hovers at a position, with their trust settings. */
async function hoverParts(uri: vscode.Uri, position: vscode.Position): Promise<vscode.MarkdownString[]> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers.flatMap((hover) =>
    hover.contents.filter((part): part is vscode.MarkdownString => typeof part !== 'string' && 'value' in part && 'isTrusted' in part),
  );
}

function tokenTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.label.startsWith('Token: '));
}

/** The token tabs, once `done` holds for them. */
function tokenTabsWhen(done: (tabs: vscode.Tab[]) => boolean, what: string): Promise<vscode.Tab[]> {
  return waitFor(
    () => {
      const tabs = tokenTabs();
      return done(tabs) && tabs;
    },
    { timeout: 10_000, what },
  );
}

async function closeTokenTabs(): Promise<void> {
  await vscode.window.tabGroups.close(tokenTabs());
}

const SECRET = 'an-integration-test-secret-of-32-bytes!';

async function hs256Token(): Promise<string> {
  return new SignJWT({ sub: 'tester', aud: 'authlens-tests' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer('https://issuer.example')
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(new TextEncoder().encode(SECRET));
}

suite('Tokens', () => {
  suiteSetup(async () => {
    await activeExtension();
  });

  suiteTeardown(async () => {
    await closeTokenTabs();
  });

  test('hover on the access token in token-response.json: summary and claim meanings', async () => {
    const uri = sampleUri('token-response.json');
    const text = plain(await hoverText(uri, await positionOf(uri, 'eyJhbGciOiJFUzI1NiIs', 10)));
    assert.match(text, /^\*\*OpenID provider \(127\.0\.0\.1:4400\) access token\*\* · ES256 · valid for /m);
    // Time claims (and those that tell the kind) in the table with their meaning; the rest compact.
    assert.match(text, /\| exp \| 2031-\d\d-\d\dT[\d:]+Z \(valid for [^)]+\) \| Expiration time \|/);
    assert.match(text, /\*\*iss\*\* http:\/\/127\.0\.0\.1:4400 \*\(Issuer\)\*/);
    assert.match(text, /\*\*client_id\*\* authlens-demo/);
    assert.match(text, /Open decoded view.*Verify signature.*Copy payload/);
  });

  test('hover on the Entra token in requests.http: provider, kind, expiry and meanings', async () => {
    const uri = sampleUri('requests.http');
    const text = plain(await hoverText(uri, await positionOf(uri, 'Bearer eyJ', 40)));
    assert.match(text, /^\*\*Microsoft Entra ID \(v2\.0 issuer\) access token\*\* · RS256 · expired /m);
    assert.match(text, /\*\*tid\*\* 72f988bf-86f1-41af-91ab-2d7cd011db47 \*\(Tenant ID\)\*/);
    assert.match(text, /\| scp \| access_as_user Orders\.Read \| Scopes/);
    assert.match(text, /\$\(error\) Expired /);
  });

  test('hover is trusted for our commands only, with HTML off', async () => {
    const uri = sampleUri('requests.http');
    const [part] = await hoverParts(uri, await positionOf(uri, 'Bearer eyJ', 40));
    assert.ok(part, 'a markdown hover');
    assert.deepEqual(part.isTrusted, { enabledCommands: [CommandId.decodeToken, CommandId.verifySignature, CommandId.copyPayload] });
    assert.notEqual(part.supportHtml, true);
  });

  test('the hostile token: its hover has no live link and no HTML', async () => {
    const uri = sampleUri('hostile.json');
    const markdown = (await hoverParts(uri, await positionOf(uri, '"token": "eyJ', 14))).map((part) => part.value).join('\n');
    assert.ok(markdown.includes('attacker'), 'the hostile hover rendered');
    for (const link of markdown.matchAll(/(?<!\\)\]\(([^)]*)/g))
      assert.match(link[1]!, /^command:authlens\.(decodeToken|verifySignature|copyPayload)\?/);
    assert.ok(!/(?<!\\)</.test(markdown), 'no raw < at all');
    assert.ok(!markdown.includes('](command:workbench'));
    assert.ok(plain(markdown).includes('[Click me](command:workbench.action.terminal.new) <img src=x onerror=alert(1)>'), 'shown as text');
  });

  test('hover works in untitled documents and off tokens gives nothing', async () => {
    const document = await vscode.workspace.openTextDocument({ content: `log: token=${await hs256Token()} done\nno token here` });
    const text = plain(await hoverText(document.uri, new vscode.Position(0, 20)));
    assert.match(text, /^\*\*OpenID provider \(issuer\.example\) token\*\* · HS256 · valid for /m);
    assert.equal((await hoverText(document.uri, new vscode.Position(1, 3))).includes('HS256'), false);
  });

  test('hover works in the Output panel', async () => {
    const token = await hs256Token();
    const channel = vscode.window.createOutputChannel('AuthLens tokens test');
    try {
      channel.appendLine(`[api] sending Authorization: Bearer ${token}`);
      channel.show(true);
      const document = await waitFor(
        () => vscode.workspace.textDocuments.find((doc) => doc.uri.scheme === 'output' && doc.getText().includes(token)),
        { timeout: 10_000, what: "the output channel's document with the token" },
      );
      const line = document
        .getText()
        .split('\n')
        .findIndex((text) => text.includes(token));
      const character = document.lineAt(line).text.indexOf(token) + 10;
      const text = plain(await hoverText(document.uri, new vscode.Position(line, character)));
      assert.match(text, /^\*\*OpenID provider \(issuer\.example\) token\*\* · HS256 · valid for /m);
    } finally {
      channel.dispose();
    }
  });

  test('hover can be switched off', async () => {
    const config = vscode.workspace.getConfiguration('authlens');
    await config.update('hover.enabled', false, vscode.ConfigurationTarget.Global);
    try {
      const uri = sampleUri('requests.http');
      assert.ok(!(await hoverText(uri, await positionOf(uri, 'Bearer eyJ', 40))).includes('Entra'));
    } finally {
      await config.update('hover.enabled', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('Decode Token with an argument opens one "Token: …" webview per token', async () => {
    await closeTokenTabs();
    const token = await hs256Token();
    const title = await vscode.commands.executeCommand<string | undefined>(CommandId.decodeToken, token);
    // The title ends with the token's fingerprint: two tokens never share one.
    assert.match(title ?? '', /^Token: OpenID provider \(issuer\.example\) token \(tester\) #[0-9a-f]{6}$/);
    const tabs = await tokenTabsWhen((found) => found.length === 1, 'one token tab');
    assert.equal(tabs[0]!.label, title);
    // The same token again reuses its panel; another token gets its own. Tabs reach the extension host
    // in the order the panels were made: once the other token's tab shows, a second panel for the first would have too.
    assert.equal(await vscode.commands.executeCommand<string | undefined>(CommandId.decodeToken, `Bearer ${token}`), title);
    const entra = (await vscode.workspace.openTextDocument(sampleUri('requests.http'))).getText().match(/Bearer (eyJ[\w.-]+)/)![1]!;
    const entraTitle = await vscode.commands.executeCommand<string | undefined>(CommandId.decodeToken, entra);
    const both = await tokenTabsWhen((found) => found.some((tab) => tab.label === entraTitle), "the other token's tab");
    assert.deepEqual(both.map((tab) => tab.label).sort(), [title, entraTitle].sort());
    await closeTokenTabs();
  });

  test("a ~40 KB token: the hover fits VS Code's cut with its links, which pass where the token is", async () => {
    await closeTokenTabs();
    const claims: Record<string, string> = { iss: 'https://issuer.example', sub: 'big' };
    for (let i = 0; i < 400; i++) claims[`claim_${i}`] = 'v'.repeat(60);
    const token = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(SECRET));
    assert.ok(token.length > 33_000, `token is ${token.length}`);
    const document = await vscode.workspace.openTextDocument({ content: `Authorization: Bearer ${token}\n` });
    const [part] = await hoverParts(document.uri, new vscode.Position(0, 40));
    assert.ok(part, 'a markdown hover');
    assert.ok(part.value.length < 100_000, `hover is ${part.value.length} characters`);
    const link = /\(command:authlens\.decodeToken\?([^)]*)\)/.exec(part.value);
    assert.ok(link, 'the decode link survives');
    const [argument] = JSON.parse(decodeURIComponent(link[1]!)) as unknown[];
    assert.deepEqual(argument, { at: { uri: document.uri.toString(), line: 0, character: 22 } });
    const title = await vscode.commands.executeCommand<string | undefined>(CommandId.decodeToken, argument);
    // The title ends with the token's fingerprint, so two views of two tokens never share one.
    assert.match(title ?? '', /^Token: OpenID provider \(issuer\.example\) token \(big\) #[0-9a-f]{6}$/);
    assert.equal((await tokenTabsWhen((found) => found.length === 1, '1 token tab(s)')).length, 1);
    await closeTokenTabs();
    assert.equal((await tokenTabsWhen((found) => found.length === 0, '0 token tab(s)')).length, 0);
  });

  test('Decode Token without an argument takes the token under the cursor', async () => {
    await closeTokenTabs();
    const uri = sampleUri('token-response.json');
    const editor = await vscode.window.showTextDocument(uri);
    const position = await positionOf(uri, '"id_token": "eyJ', 30);
    editor.selection = new vscode.Selection(position, position);
    const title = await vscode.commands.executeCommand<string | undefined>(CommandId.decodeToken);
    assert.match(title ?? '', /^Token: Google ID token \(110169484474386276334\) #[0-9a-f]{6}$/);
    assert.equal((await tokenTabsWhen((found) => found.length === 1, '1 token tab(s)'))[0]?.label, title);
    await closeTokenTabs();
  });

  test('Decode Token with bad input reports an error and does not throw', async () => {
    for (const bad of ['eyJhbGciOiJIUzI1NiJ9.not base64!.x', 'eyJub3Rqc29u.eyJ9.x', 'x'.repeat(70_000)]) {
      const title = await vscode.commands.executeCommand<string | undefined>(CommandId.decodeToken, bad);
      assert.equal(title, undefined, bad.slice(0, 40));
    }
    assert.equal(tokenTabs().length, 0);
  });

  test('Copy Token Payload puts pretty JSON on the clipboard', async () => {
    const token = await hs256Token();
    assert.equal(await vscode.commands.executeCommand(CommandId.copyPayload, token), true);
    const copied = await vscode.env.clipboard.readText();
    assert.match(copied, /^\{\n {2}"sub": "tester",/);
    assert.equal((JSON.parse(copied) as { iss: string }).iss, 'https://issuer.example');
  });

  test('Verify Token Signature: right secret valid, wrong secret invalid, wrong key kind explained', async () => {
    const token = await hs256Token();
    const valid = await vscode.commands.executeCommand<VerifyResult>(CommandId.verifySignature, token, { kind: 'secret', secret: SECRET });
    assert.equal(valid.verdict, 'valid');
    const invalid = await vscode.commands.executeCommand<VerifyResult>(CommandId.verifySignature, token, {
      kind: 'secret',
      secret: `${SECRET}x`,
    });
    assert.equal(invalid.verdict, 'invalid_signature');
    const wrongKind = await vscode.commands.executeCommand<VerifyResult>(CommandId.verifySignature, token, { kind: 'discovery' });
    assert.equal(wrongKind.verdict, 'unsupported');
  });

  test("Verify Token Signature by discovery: the issuer's JWKS over loopback HTTP; unknown kid; unreachable issuer", async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'ES256', use: 'sig' };
    let issuer = '';
    const server: Server = createServer((request, response) => {
      const body =
        request.url === '/.well-known/openid-configuration'
          ? { issuer, jwks_uri: `${issuer}/jwks` }
          : request.url === '/jwks'
            ? { keys: [jwk] }
            : undefined;
      response.writeHead(body ? 200 : 404, { 'content-type': 'application/json' }).end(JSON.stringify(body ?? {}));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const sign = (kid: string, iss = issuer) =>
        new SignJWT({ sub: 'tester' }).setProtectedHeader({ alg: 'ES256', kid }).setIssuer(iss).setExpirationTime('5m').sign(privateKey);
      const valid = await vscode.commands.executeCommand<VerifyResult>(CommandId.verifySignature, await sign('test-key'), {
        kind: 'discovery',
      });
      assert.equal(valid.verdict, 'valid', valid.message);
      assert.equal(valid.jwksUri, `${issuer}/jwks`);
      const rotated = await vscode.commands.executeCommand<VerifyResult>(CommandId.verifySignature, await sign('rotated-away'), {
        kind: 'discovery',
      });
      assert.equal(rotated.verdict, 'no_matching_key', rotated.message);
      const unreachable = await vscode.commands.executeCommand<VerifyResult>(
        CommandId.verifySignature,
        await sign('test-key', 'http://127.0.0.1:9'),
        { kind: 'discovery' },
      );
      assert.equal(unreachable.verdict, 'network_error', unreachable.message);
    } finally {
      server.close();
    }
  });

  test('Verify Token Signature with the decoded view open updates it without error', async () => {
    const token = await hs256Token();
    await vscode.commands.executeCommand(CommandId.decodeToken, token);
    const result = await vscode.commands.executeCommand<VerifyResult>(CommandId.verifySignature, token, { kind: 'secret', secret: SECRET });
    assert.equal(result.verdict, 'valid');
    await closeTokenTabs();
  });
});
