import * as assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as vscode from 'vscode';
import { FlowSession, type FlowPlatform } from '../../../src/core/flow/flowSession';
import { startLoopbackListener } from '../../../src/node/loopback';
import { flowViewState } from '../../../src/extension/flow/viewModel';
import { INSPECT_FLOW_TESTER_COMMAND, browserReachableUri, type FlowTesterInspection } from '../../../src/extension/flow/flowTesterView';
import type { ViewState } from '../../../src/webview/flowTester/protocol';
import { waitFor } from '../../harness/waitFor';
import { activeExtension } from './helpers';

/** A provider with only a discovery document: enough to build a request; the browser leg is played by the test. */
function metadataOnlyProvider(): Promise<{ issuer: string; server: Server }> {
  return new Promise((resolve) => {
    const server = createServer((req, res) => {
      const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      if (req.url !== '/.well-known/openid-configuration') {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          issuer,
          authorization_endpoint: `${issuer}/auth`,
          token_endpoint: `${issuer}/token`,
          jwks_uri: `${issuer}/jwks`,
          code_challenge_methods_supported: ['S256'],
          response_types_supported: ['code'],
        }),
      );
    });
    server.listen(0, '127.0.0.1', () => resolve({ issuer: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }));
  });
}

/** A platform whose browser is the test's `openExternal`; everything else answers quietly. */
function testPlatform(overrides: Partial<FlowPlatform> & Pick<FlowPlatform, 'openExternal'>): FlowPlatform {
  return {
    startListener: startLoopbackListener,
    copyText: async () => undefined,
    askRevealSecrets: async () => 'redacted',
    decodeToken: async () => undefined,
    notify: () => undefined,
    log: () => undefined,
    callbackTimeoutMs: () => 20_000,
    ...overrides,
  };
}

suite('Flow Tester', () => {
  test('the view resolves in the sidebar and its script completes the ready handshake', async () => {
    await activeExtension();
    await vscode.commands.executeCommand('authlens.openFlowTester');
    const inspection = await waitFor(
      async () => {
        const result = await vscode.commands.executeCommand<FlowTesterInspection>(INSPECT_FLOW_TESTER_COMMAND);
        return result?.resolved && result.ready ? result : undefined;
      },
      { timeout: 20_000, interval: 100, what: 'the Flow Tester webview to say ready' },
    );
    assert.equal(inspection.state?.phase, 'idle');
    assert.deepEqual(inspection.state?.steps, []);
  });

  test("hidden, the view's page is destroyed (no retainContextWhenHidden); shown again, the new page says ready and the host answers it", async () => {
    await vscode.commands.executeCommand('authlens.openFlowTester');
    const before = await waitFor(
      async () => {
        const result = await vscode.commands.executeCommand<FlowTesterInspection>(INSPECT_FLOW_TESTER_COMMAND);
        return result?.ready ? result : undefined;
      },
      { timeout: 20_000, interval: 100, what: 'the Flow Tester to be ready' },
    );
    await vscode.commands.executeCommand('workbench.view.explorer');
    await waitFor(
      async () => {
        const result = await vscode.commands.executeCommand<FlowTesterInspection>(INSPECT_FLOW_TESTER_COMMAND);
        return result && !result.ready ? result : undefined;
      },
      { timeout: 20_000, interval: 100, what: 'the hidden view to stop counting as ready' },
    );
    await vscode.commands.executeCommand('authlens.openFlowTester');
    const after = await waitFor(
      async () => {
        const result = await vscode.commands.executeCommand<FlowTesterInspection>(INSPECT_FLOW_TESTER_COMMAND);
        return result?.ready && result.readyCount > before.readyCount ? result : undefined;
      },
      { timeout: 20_000, interval: 100, what: 'a new page to say ready' },
    );
    assert.equal(after.resolved, true);
  });

  test("the host turns away a callback with a wrong state through the engine's loopback listener", async () => {
    const { issuer, server } = await metadataOnlyProvider();
    const answers: number[] = [];
    const states: ViewState[] = [];
    const platform = testPlatform({
      // The "browser": first a forged redirect with another state, then the real one carrying an error.
      openExternal: async (url) => {
        const request = new URL(url);
        const redirect = new URL(request.searchParams.get('redirect_uri')!);
        const forged = new URL(redirect);
        forged.searchParams.set('code', 'forged');
        forged.searchParams.set('state', 'another-state');
        answers.push((await fetch(forged)).status);
        const real = new URL(redirect);
        real.searchParams.set('error', 'access_denied');
        real.searchParams.set('state', request.searchParams.get('state')!);
        answers.push((await fetch(real)).status);
        return true;
      },
    });
    const session = new FlowSession(platform, (state) => states.push(flowViewState(state)));
    try {
      await session.start({
        grant: 'authorization_code',
        issuer,
        clientId: 'test-client',
        authMethod: 'none',
        scope: 'openid',
        redirectPort: 0,
        redirectHost: '127.0.0.1',
        extraParams: {},
      });
      const draft = states.at(-1)?.draft;
      assert.ok(draft, `a draft request: ${states.at(-1)?.status}`);
      await session.openBrowser(draft.revision, draft.params, 'open');
      assert.deepEqual(answers, [400, 200], 'the wrong state gets 400, the listener keeps waiting for the right one');
      const callback = states.at(-1)!.steps.find((step) => step.kind === 'callback')!;
      assert.equal(callback.state, 'failed');
      assert.equal(callback.error?.code, 'OAUTH_ERROR');
      assert.match(callback.notes.join(' '), /wrong state/);
      assert.ok(states.some((s) => s.steps.some((step) => /1 turned away/.test(step.progress ?? ''))));
    } finally {
      session.dispose();
      server.close();
    }
  });

  test('in a remote window (code-server) the redirect goes through asExternalUri, the draft says what to register, and the forwarded callback arrives', async () => {
    const { issuer, server } = await metadataOnlyProvider();
    const states: ViewState[] = [];
    let answer = 0;
    const platform = testPlatform({
      openExternal: async (url) => {
        // The browser follows the redirect URI the provider was given: code-server's proxy path to the listener.
        const request = new URL(url);
        const redirect = new URL(request.searchParams.get('redirect_uri')!);
        redirect.searchParams.set('error', 'access_denied');
        redirect.searchParams.set('state', request.searchParams.get('state')!);
        answer = (await fetch(redirect)).status;
        return true;
      },
      externalUri: browserReachableUri,
    });
    const session = new FlowSession(platform, (state) => states.push(flowViewState(state)));
    try {
      await session.start({
        grant: 'authorization_code',
        issuer,
        clientId: 'test-client',
        authMethod: 'none',
        scope: 'openid',
        redirectPort: 0,
        redirectHost: '127.0.0.1',
        extraParams: {},
      });
      const draft = states.at(-1)?.draft;
      assert.ok(draft, `a draft request: ${states.at(-1)?.status}`);
      assert.match(draft.listenerUri ?? '', /^http:\/\/127\.0\.0\.1:\d+\/callback$/);
      assert.match(draft.redirectUri, /^http:\/\/127\.0\.0\.1:\d+\/proxy\/\d+\/callback$/);
      assert.ok(draft.redirectUri.includes(`/proxy/${new URL(draft.listenerUri!).port}/`), draft.redirectUri);
      assert.equal(draft.params.find((p) => p.name === 'redirect_uri')?.value, draft.redirectUri);
      await session.openBrowser(draft.revision, draft.params, 'open');
      assert.equal(answer, 200, 'the forwarded callback reached the listener');
      const callback = states.at(-1)!.steps.find((step) => step.kind === 'callback')!;
      assert.equal(callback.error?.code, 'OAUTH_ERROR');
    } finally {
      session.dispose();
      server.close();
    }
  });
});
