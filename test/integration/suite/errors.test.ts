import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CommandId } from '../../../src/extension/commandIds';
import { displayTime } from '../../../src/core/time/numericDate';
import { waitFor } from '../../harness/waitFor';
import { activeExtension, positionOf, sampleUri } from './helpers';

/** Hover markdown with its backslash escapes removed: what the reader sees. */
function plain(markdown: string): string {
  return markdown.replace(/\\(.)/g, '$1');
}

/** The error hover's markdown parts at a position (our heading starts with `#### `). */
async function errorHoverParts(uri: vscode.Uri, position: vscode.Position): Promise<vscode.MarkdownString[]> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers
    .flatMap((hover) => hover.contents)
    .filter((part): part is vscode.MarkdownString => typeof part !== 'string' && 'value' in part && part.value.startsWith('#### '));
}

async function errorHover(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  return plain((await errorHoverParts(uri, position)).map((part) => part.value).join('\n'));
}

function explainTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('authlens.explainError'));
}

suite('Errors', () => {
  suiteSetup(async () => {
    await activeExtension();
  });

  suiteTeardown(async () => {
    await vscode.window.tabGroups.close(explainTabs());
  });

  test('catalog first load in the extension host (figure for the report)', async () => {
    // The test bundle has its own copy of the core, not yet loaded: a cold import in this very process.
    const started = performance.now();
    const catalog = await import('../../../src/core/errors/catalog/index');
    await import('../../../src/core/errors/explain');
    const stats = catalog.catalogStats();
    const millis = performance.now() - started;
    console.log(`  catalog first load in the extension host: ${millis.toFixed(1)} ms (${stats.total} entries)`);
    assert.ok(stats.total > 500, `${stats.total} entries`);
    assert.ok(millis < 2000, `${millis} ms`);
  });

  test("hover over AADSTS700082 in app.log explains it, with the exception's ids and time", async () => {
    const uri = sampleUri('app.log');
    const position = await positionOf(uri, 'AADSTS700082', 3);
    const started = performance.now();
    const text = await errorHover(uri, position);
    console.log(`  first error hover round trip (every provider): ${(performance.now() - started).toFixed(1)} ms`);
    assert.match(text, /^#### AADSTS700082 · Microsoft Entra ID · ExpiredOrRevokedGrantInactiveToken$/m);
    assert.match(text, /refresh token has expired/);
    assert.match(text, /\*\*Likely causes\*\*/);
    assert.match(text, /\*\*Fixes\*\*/);
    assert.ok(text.includes('(https://login.microsoftonline.com/error?code=700082)'), 'the live lookup link');
    assert.match(text, /\*\*Trace ID:\*\* 7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d \[\$\(copy\)\]\(command:authlens\.copyValue\?/);
    assert.match(text, /\*\*Correlation ID:\*\* 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d/);
  });

  test('hover order in the real editor: summary, the causes and fixes that apply, then the ids; nothing twice', async () => {
    const uri = sampleUri('token-error.json');
    const text = await errorHover(uri, await positionOf(uri, '"invalid_grant"', 4));
    const lines = text.split('\n');
    const at = (pattern: RegExp): number => lines.findIndex((line) => pattern.test(line));
    // The body shows Entra (error_codes, AADSTS70008): Entra's meaning, the expiry causes first.
    assert.equal(at(/^#### invalid_grant · Microsoft Entra ID$/), 0, text);
    assert.equal(at(/^Entra will not redeem the grant/), 2, text);
    const causes = at(/^\*\*Likely causes\*\*/);
    const firstCause = at(/^- The refresh token expired/);
    const fixes = at(/^\*\*Fixes\*\*/);
    const firstFix = at(/^- Sign the user in again/);
    const ids = at(/^- \*\*Trace ID:\*\*/);
    assert.ok(causes > 2 && firstCause === causes + 1 && fixes > firstCause && firstFix === fixes + 1, text);
    assert.ok(firstFix < 15, `the top fix on the first screen:\n${text}`);
    assert.ok(ids > firstFix, `ids after the advice:\n${text}`);
    assert.ok(!text.includes('**Description:**'), 'the description is on the line, not repeated');
    const content = lines.filter((line) => line.trim() !== '' && line !== '---');
    assert.equal(new Set(content).size, content.length, `a line repeated:\n${text}`);
  });

  test('hover over invalid_grant in token-error.json: explanation, trace and correlation ids, local timestamp', async () => {
    const uri = sampleUri('token-error.json');
    const text = await errorHover(uri, await positionOf(uri, '"invalid_grant"', 4));
    assert.match(text, /^#### invalid_grant · Microsoft Entra ID$/m);
    assert.match(text, /\*\*In this JSON error body\*\*/);
    assert.match(text, /\*\*Trace ID:\*\* 2c8a1f3e-7b6d-4e5a-9c0b-1d2e3f4a5b6c \[\$\(copy\)\]/);
    assert.match(text, /\*\*Correlation ID:\*\* 8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968 \[\$\(copy\)\]/);
    const local = displayTime(Date.parse('2026-11-27T10:35:18Z') / 1000).local;
    assert.ok(text.includes(`**Timestamp (local):** ${local} · UTC 2026-11-27T10:35:18Z`), `local time ${local} in:\n${text}`);
    // The AADSTS code inside the description sees the same body.
    const inner = await errorHover(uri, await positionOf(uri, 'AADSTS70008', 3));
    assert.match(inner, /^#### AADSTS70008 · Microsoft Entra ID/m);
    assert.match(inner, /Trace ID:\*\* 2c8a1f3e/);
  });

  test('responses of other shapes: a header mid-line, a redirect URL, a number in "error_codes"', async () => {
    const log = sampleUri('app.log');
    const challenge = await errorHover(log, await positionOf(log, 'invalid_token', 3));
    assert.match(challenge, /\*\*In this WWW-Authenticate challenge\*\*/);
    // Its description says the token expired: that cause leads.
    assert.match(challenge, /\*\*Likely causes\*\* \*\(1 of 5\)\*\n- The access token has expired/);
    assert.match(challenge, /\*\*Realm:\*\* orders/);

    const callbacks = sampleUri('callbacks.txt');
    const redirect = await errorHover(callbacks, await positionOf(callbacks, 'error=access_denied', 8));
    assert.match(redirect, /^#### access_denied · OAuth 2\.0/m);
    // "End-User aborted interaction": the abort and the Cancel lead; the redirect has no ids to add.
    assert.match(redirect, /\*\*Likely causes\*\* \*\(2 of 4\)\*\n- The provider aborted the interaction/);

    const body = sampleUri('token-error.json');
    const number = await errorHover(body, await positionOf(body, '    70008', 6));
    assert.match(number, /^#### AADSTS70008 · Microsoft Entra ID/m);
    assert.match(number, /Trace ID:\*\* 2c8a1f3e/);
  });

  test('the hover trusts only our commands and renders no HTML', async () => {
    const uri = sampleUri('token-error.json');
    const [part] = await errorHoverParts(uri, await positionOf(uri, '"invalid_grant"', 4));
    assert.ok(part, 'an error hover');
    assert.deepEqual(part.isTrusted, { enabledCommands: [CommandId.copyValue, CommandId.explainError] });
    assert.notEqual(part.supportHtml, true);
    for (const link of part.value.matchAll(/(?<!\\)\]\(([^)\s]*)/g)) {
      assert.match(link[1]!, /^(https:\/\/|command:authlens\.(copyValue|explainError)\?)/);
    }
  });

  test('every error in app.log gets a hover; a line without one gets none', async () => {
    const uri = sampleUri('app.log');
    for (const code of ['AADSTS50058', 'AADSTS50076', 'E0000011', 'invalid_user_credentials', 'redirect_uri_mismatch', 'invalid_token']) {
      assert.match(await errorHover(uri, await positionOf(uri, code, 3)), new RegExp(`^#### ${code} · `, 'm'), code);
    }
    assert.equal(await errorHover(uri, await positionOf(uri, 'nothing to decode here', 3)), '');
  });

  test('a bare OAuth word outside an error context is explained with a caveat', async () => {
    const document = await vscode.workspace.openTextDocument({ content: 'Our API answers access_denied when the user declines.\n' });
    const text = await errorHover(document.uri, new vscode.Position(0, 20));
    assert.match(text, /^#### access_denied · OAuth 2\.0/m);
    assert.match(text, /\*If this is an OAuth error:\* /);
    assert.ok(!text.includes('In this'), 'no response parts for prose');
  });

  test('hover works in the Output panel', async () => {
    const channel = vscode.window.createOutputChannel('AuthLens errors test');
    try {
      channel.appendLine(
        '[auth] token call failed: {"error":"invalid_grant","error_description":"AADSTS50173: The provided grant has expired.","trace_id":"11111111-2222-4333-8444-555555555555"}',
      );
      channel.show(true);
      const document = await waitFor(
        () => vscode.workspace.textDocuments.find((doc) => doc.uri.scheme === 'output' && doc.getText().includes('AADSTS50173')),
        { timeout: 10_000, what: "the output channel's document with AADSTS50173" },
      );
      const line = document
        .getText()
        .split('\n')
        .findIndex((text) => text.includes('AADSTS50173'));
      const text = await errorHover(document.uri, new vscode.Position(line, document.lineAt(line).text.indexOf('AADSTS50173') + 3));
      assert.match(text, /^#### AADSTS50173 · Microsoft Entra ID/m);
      assert.match(text, /Trace ID:\*\* 11111111-2222-4333-8444-555555555555/);
    } finally {
      channel.dispose();
    }
  });

  test('the hover can be switched off', async () => {
    const config = vscode.workspace.getConfiguration('authlens');
    await config.update('hover.enabled', false, vscode.ConfigurationTarget.Global);
    try {
      const uri = sampleUri('app.log');
      assert.equal(await errorHover(uri, await positionOf(uri, 'AADSTS700082', 3)), '');
    } finally {
      await config.update('hover.enabled', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('Explain Auth Error with an argument opens the Explain view, and reuses it', async () => {
    await vscode.window.tabGroups.close(explainTabs());
    const title = await vscode.commands.executeCommand<string | undefined>(CommandId.explainError, 'AADSTS50058');
    assert.equal(title, 'Explain: AADSTS50058');
    const tabs = await waitFor(
      () => {
        const found = explainTabs();
        return found.length === 1 && found;
      },
      { timeout: 10_000, what: 'one Explain tab' },
    );
    assert.equal(tabs[0]!.label, title);
    const line =
      'ServerError: invalid_grant: AADSTS700082: The refresh token has expired due to inactivity. Trace ID: 7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d';
    assert.equal(await vscode.commands.executeCommand(CommandId.explainError, line), 'Explain: AADSTS700082');
    const again = await waitFor(
      () => {
        const found = explainTabs();
        return found[0]?.label === 'Explain: AADSTS700082' && found;
      },
      { timeout: 10_000, what: 'the Explain tab retitled' },
    );
    assert.equal(again.length, 1, 'one Explain view, updated in place');
  });

  test('Explain Auth Error without an argument reads the current line, or the JSON body around it', async () => {
    const log = await vscode.window.showTextDocument(sampleUri('app.log'));
    const at = await positionOf(sampleUri('app.log'), 'E0000011', 0);
    log.selection = new vscode.Selection(at, at);
    assert.equal(await vscode.commands.executeCommand(CommandId.explainError), 'Explain: E0000011');

    const body = await vscode.window.showTextDocument(sampleUri('token-error.json'));
    const inside = await positionOf(sampleUri('token-error.json'), '"trace_id"', 2);
    body.selection = new vscode.Selection(inside, inside);
    assert.equal(await vscode.commands.executeCommand(CommandId.explainError), 'Explain: AADSTS70008');

    // A selection wins over the line.
    const start = await positionOf(sampleUri('token-error.json'), '"invalid_grant"', 1);
    body.selection = new vscode.Selection(start, start.translate(0, 'invalid_grant'.length));
    assert.equal(await vscode.commands.executeCommand(CommandId.explainError), 'Explain: invalid_grant');
  });

  test('unknown input shows a message and does not throw', async () => {
    await vscode.window.tabGroups.close(explainTabs());
    for (const input of ['hello world', 'version 1.2.3', '{"status": "ok"}']) {
      assert.equal(await vscode.commands.executeCommand(CommandId.explainError, input), undefined, input);
    }
    assert.equal(explainTabs().length, 0, 'no Explain view for nothing');
    // Menus pass a Uri, not text: the command then reads the editor instead of failing.
    const editor = await vscode.window.showTextDocument(sampleUri('app.log'));
    const at = await positionOf(sampleUri('app.log'), 'AADSTS50076', 0);
    editor.selection = new vscode.Selection(at, at);
    assert.equal(await vscode.commands.executeCommand(CommandId.explainError, sampleUri('app.log')), 'Explain: AADSTS50076');
  });
});
