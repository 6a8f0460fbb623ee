import { test } from 'node:test';
import assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { createOutputTracker } from '../../../../src/extension/capture/debugOutputTracker';

// The tracker module imports only VS Code's types, so it runs here without an editor.
const session = { id: 'session-1', name: 'demo' } as vscode.DebugSession;

function trackerWithLog() {
  const seen: [string, string][] = [];
  const tracker = createOutputTracker(session, { output: (_s, category, text) => seen.push([category, text]) });
  return { send: (message: unknown) => tracker.onDidSendMessage!(message), seen };
}

test('output events of the program reach the sink with their category', () => {
  const { send, seen } = trackerWithLog();
  send({ type: 'event', event: 'output', body: { category: 'stdout', output: 'out\n' } });
  send({ type: 'event', event: 'output', body: { category: 'stderr', output: 'err\n' } });
  send({ type: 'event', event: 'output', body: { output: 'no category means console\n' } });
  assert.deepEqual(seen, [
    ['stdout', 'out\n'],
    ['stderr', 'err\n'],
    ['console', 'no category means console\n'],
  ]);
});

test('everything else is ignored: other events, responses, telemetry, empty or odd bodies', () => {
  const { send, seen } = trackerWithLog();
  send({ type: 'event', event: 'stopped', body: { reason: 'breakpoint' } });
  send({ type: 'response', command: 'evaluate', body: { result: 'eyJ…' } });
  send({ type: 'event', event: 'output', body: { category: 'telemetry', output: '{"x":1}' } });
  send({ type: 'event', event: 'output', body: { category: 'important', output: 'adapter notice' } });
  send({ type: 'event', event: 'output', body: { category: 'stdout', output: '' } });
  send({ type: 'event', event: 'output', body: { category: 'stdout', output: 42 } });
  send({ type: 'event', event: 'output' });
  send(null);
  send(undefined);
  send('not a message');
  assert.deepEqual(seen, []);
});
