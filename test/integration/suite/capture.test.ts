import * as assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { CapturedSummary } from '../../../src/extension/capture/captureFeatures';
import { createTerminalLinkProvider } from '../../../src/extension/capture/terminalLinks';
import { CommandId } from '../../../src/extension/commandIds';
import { nextEvent, waitFor } from '../../harness/waitFor';
import { activeExtension } from './helpers';

interface AuthLensApi {
  captured(): Promise<CapturedSummary[]>;
  notice(): string | undefined;
}

async function api(): Promise<AuthLensApi> {
  const extension = await activeExtension();
  const exports = extension.exports as Partial<AuthLensApi> | undefined;
  assert.ok(exports && typeof exports.captured === 'function', 'activate() returns { captured }');
  return exports as AuthLensApi;
}

/** The Captured view's rows, once `done` holds for them. */
async function capturedWhen(
  authlens: AuthLensApi,
  done: (items: CapturedSummary[]) => boolean,
  what: string,
  timeout = 10_000,
): Promise<CapturedSummary[]> {
  return waitFor(
    async () => {
      const items = await authlens.captured();
      return done(items) && items;
    },
    { timeout, interval: 50, what },
  );
}

/** Runs samples/debug-demo.js under the built-in JavaScript debugger and waits for it to end. */
async function debugDemo(name: string, type = 'pwa-node'): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the samples workspace is open');
  // js-debug runs the program in a child session; the launch (parent) session ends last.
  const ended = nextEvent(vscode.debug.onDidTerminateDebugSession, (session) => session.name === name && !session.parentSession, {
    timeout: 20_000,
    what: `the debug session "${name}" to end`,
  });
  const started = await vscode.debug.startDebugging(folder, {
    type,
    request: 'launch',
    name,
    program: '${workspaceFolder}/debug-demo.js',
    console: 'internalConsole',
    skipFiles: ['<node_internals>/**'],
  });
  assert.equal(started, true, 'the debug session started');
  await ended;
}

suite('Live capture', () => {
  test('debugging debug-demo.js captures its token and its AADSTS error', async function () {
    this.timeout(60_000);
    const authlens = await api();
    await vscode.commands.executeCommand(CommandId.clearCaptured);
    await debugDemo('AuthLens capture demo');
    const items = await capturedWhen(
      authlens,
      (list) => list.some((i) => i.kind === 'token') && list.some((i) => i.value === 'AADSTS700082'),
      "the demo's token and AADSTS700082",
    );
    const token = items.find((i) => i.kind === 'token');
    const aadsts = items.find((i) => i.value === 'AADSTS700082');
    assert.ok(token, `a token was captured: ${JSON.stringify(items)}`);
    assert.ok(aadsts, `AADSTS700082 was captured: ${JSON.stringify(items)}`);
    assert.match(token.label, /^access token · Entra · expire/);
    assert.match(aadsts.label, /^AADSTS700082 · refresh token/);
    assert.equal(aadsts.source, 'stderr');
    assert.equal(token.session, 'AuthLens capture demo');
    // The API masks tokens: other extensions can read it.
    assert.ok(token.value.includes('[redacted'), token.value);
    assert.equal(token.count, 1);
  });

  test('a second run is a second group, newest first; repeated values are counted, not duplicated', async function () {
    this.timeout(60_000);
    const authlens = await api();
    // `node` (what launch.json files say) resolves to the same built-in JavaScript debugger.
    await debugDemo('AuthLens capture demo again', 'node');
    const items = await capturedWhen(
      authlens,
      (list) => list.filter((i) => i.value === 'AADSTS700082').length >= 2,
      'AADSTS700082 from both runs',
    );
    assert.equal(items[0]?.session, 'AuthLens capture demo again');
    const perSession = new Map<string, number>();
    for (const item of items) {
      const key = `${item.session}/${item.kind}/${item.value}`;
      perSession.set(key, (perSession.get(key) ?? 0) + 1);
    }
    for (const [key, count] of perSession) assert.equal(count, 1, `${key} listed ${count} times`);
  });

  test('pause stops capture, resume starts it again, clear empties the view', async function () {
    this.timeout(90_000);
    const authlens = await api();
    await vscode.commands.executeCommand(CommandId.clearCaptured);
    assert.deepEqual(await authlens.captured(), []);
    await vscode.commands.executeCommand(CommandId.pauseCapture);
    await debugDemo('AuthLens paused demo');
    await vscode.commands.executeCommand(CommandId.resumeCapture);
    await debugDemo('AuthLens resumed demo');
    // The paused run's output reached AuthLens before the resumed run started: once the second run's items
    // show, anything the first had captured would show too.
    const items = await capturedWhen(
      authlens,
      (list) => list.some((i) => i.session === 'AuthLens resumed demo') && list.length >= 2,
      "the resumed run's items",
    );
    assert.deepEqual(
      items.filter((i) => i.session === 'AuthLens paused demo'),
      [],
      'nothing captured while paused',
    );
  });

  test("clearOnSessionEnd forgets a session's items when it ends", async function () {
    this.timeout(60_000);
    const authlens = await api();
    const config = vscode.workspace.getConfiguration('authlens.capture');
    await config.update('clearOnSessionEnd', true, vscode.ConfigurationTarget.Global);
    try {
      await vscode.commands.executeCommand(CommandId.clearCaptured);
      // AuthLens's own listener of the session's end (registered at activation) runs before debugDemo's.
      await debugDemo('AuthLens forgetful demo');
      const items = await authlens.captured();
      assert.deepEqual(
        items.filter((i) => i.session === 'AuthLens forgetful demo'),
        [],
      );
    } finally {
      await config.update('clearOnSessionEnd', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('the Captured view can be focused and opening an item runs without error', async function () {
    this.timeout(30_000);
    await activeExtension();
    await vscode.commands.executeCommand('authlens.captured.focus');
    // Item ids start at 1; an unknown id is ignored quietly.
    await vscode.commands.executeCommand(CommandId.openCaptured, 999_999);
    await vscode.commands.executeCommand(CommandId.openCaptured, 'not an id');
  });

  test('terminal lines: a token links to Decode, a code to Explain', async () => {
    const calls: [string, string | { text: string; from: string }][] = [];
    const provider = createTerminalLinkProvider(async (command, value) => {
      calls.push([command, value]);
    });
    const terminal = vscode.window.createTerminal({ name: 'AuthLens link test' });
    try {
      const token = fakeToken();
      const line = `curl -H "Authorization: Bearer ${token}" → {"error":"invalid_grant","error_codes":[70008]} AADSTS70008`;
      const links = await provider.provideTerminalLinks({ line, terminal }, new vscode.CancellationTokenSource().token);
      assert.ok(links, 'links were provided');
      assert.deepEqual(
        links.map((l) => l.tooltip),
        ['Decode with AuthLens', 'Explain with AuthLens', 'Explain with AuthLens'],
      );
      assert.equal(line.substr(links[0]!.startIndex, links[0]!.length), token);
      for (const link of links) await provider.handleTerminalLink(link);
      assert.deepEqual(
        calls.map(([command]) => command),
        [CommandId.decodeToken, CommandId.explainError, CommandId.explainError],
      );
      // An error link explains the whole line it is on (its description and every code), not the bare code.
      assert.equal(calls[0]![1], token);
      assert.deepEqual(
        calls.slice(1).map(([, value]) => value),
        [
          { text: line, from: 'a line in terminal "AuthLens link test"' },
          { text: line, from: 'a line in terminal "AuthLens link test"' },
        ],
      );
    } finally {
      terminal.dispose();
    }
  });

  test('a command run in bash with shell integration: its token and AADSTS line are captured under the terminal and the command', async function () {
    this.timeout(90_000);
    const authlens = await api();
    await vscode.commands.executeCommand(CommandId.clearCaptured);
    const name = 'AuthLens terminal capture';
    // No shell arguments: VS Code injects its bash integration script only into a plain interactive bash.
    const terminal = vscode.window.createTerminal({ name, shellPath: '/bin/bash' });
    terminal.show(true);
    const flag = join(tmpdir(), `authlens-terminal-${process.pid}-${Date.now()}`);
    try {
      const integration =
        terminal.shellIntegration ??
        (
          await nextEvent(vscode.window.onDidChangeTerminalShellIntegration, (event) => event.terminal === terminal, {
            timeout: 30_000,
            what: 'shell integration in the bash terminal',
          })
        ).shellIntegration;
      assert.ok(integration, 'bash started with shell integration');
      const token = fakeToken();
      // The command waits until the test has seen it start: VS Code forwards a command's output to
      // extensions only once they are listening, and an instant command could be over before that.
      const started = vscode.window.onDidStartTerminalShellExecution((event) => {
        if (event.terminal === terminal) writeFileSync(flag, '');
      });
      const ended = new Promise<number | undefined>((resolve) => {
        const listener = vscode.window.onDidEndTerminalShellExecution((event) => {
          if (event.terminal !== terminal) return;
          listener.dispose();
          resolve(event.exitCode);
        });
      });
      // Colour around the token and the error, split over two echo calls: what the scanner sees is the plain text.
      integration.executeCommand(
        `until [ -e '${flag}' ]; do sleep 0.05; done; printf '\\033[32mBearer %s\\033[0m\\n' '${token}'; echo 'login failed: ServerError: invalid_grant: AADSTS700082: The refresh token has expired.'; false`,
      );
      assert.equal(await ended, 1, 'the command ended with the exit code of false');
      const items = await capturedWhen(
        authlens,
        (list) =>
          list.some((i) => i.kind === 'token' && i.terminal === name) && list.some((i) => i.value === 'AADSTS700082' && i.exitCode === 1),
        "the terminal command's token and AADSTS700082",
        20_000,
      );
      const captured = items.find((i) => i.kind === 'token' && i.terminal === name);
      const error = items.find((i) => i.value === 'AADSTS700082');
      started.dispose();
      assert.ok(captured, `the token was captured: ${JSON.stringify(items)}`);
      assert.ok(error, `AADSTS700082 was captured: ${JSON.stringify(items)}`);
      assert.equal(captured.source, name);
      assert.ok(captured.value.startsWith(token.slice(0, 6)) && captured.value.includes('[redacted'), captured.value);
      assert.match(captured.commandLine ?? '', /printf .*echo 'login failed/);
      assert.ok(!(captured.commandLine ?? '').includes(token), 'the command line is shown with its token masked');
      assert.equal(error.exitCode, 1);
      assert.equal(typeof error.cwd, 'string');
      // One line, two codes: one item that keeps both and the whole line.
      assert.deepEqual(error.codes, ['invalid_grant', 'AADSTS700082']);
      assert.equal(items.filter((i) => i.value === 'invalid_grant').length, 0);
      assert.equal(error.context, 'login failed: ServerError: invalid_grant: AADSTS700082: The refresh token has expired.');
    } finally {
      terminal.dispose();
      rmSync(flag, { force: true });
    }
  });

  test('a terminal without shell integration: the Captured view says so, once', async function () {
    this.timeout(60_000);
    const authlens = await api();
    // `--norc` keeps VS Code from injecting its bash integration: this terminal never reports commands.
    const terminal = vscode.window.createTerminal({
      name: 'AuthLens plain bash',
      shellPath: '/bin/bash',
      shellArgs: ['--norc', '--noprofile'],
    });
    terminal.show(true);
    try {
      const notice = await waitFor(() => authlens.notice()?.includes('AuthLens plain bash') && authlens.notice(), {
        timeout: 40_000,
        what: 'the no-shell-integration notice',
      });
      assert.match(notice, /^Shell integration is not active in terminal "AuthLens plain bash": commands run there are not captured/);
      assert.equal(terminal.shellIntegration, undefined);
    } finally {
      terminal.dispose();
    }
    await waitFor(() => authlens.notice() === undefined, { timeout: 10_000, what: 'the notice to go with the terminal' });
  });

  test('the extension registers a terminal link provider that VS Code can call', async () => {
    // VS Code offers no API to list link providers; registering ours again proves the API is available here.
    const disposable = vscode.window.registerTerminalLinkProvider(createTerminalLinkProvider());
    disposable.dispose();
  });
});

/** A structurally valid JWT with a fake signature, generated here. */
function fakeToken(): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ iss: 'https://issuer.example', sub: 'u1', exp: 2_000_000_000 })}.${Buffer.from('fake-signature-bytes-for-tests').toString('base64url')}`;
}
