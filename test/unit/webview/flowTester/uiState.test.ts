import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { StepView, ViewState } from '../../../../src/webview/flowTester/protocol';
import {
  emptyUiState,
  isStepOpen,
  pruneUiState,
  restoreUiState,
  setExchangeOpen,
  toggleStep,
} from '../../../../src/webview/flowTester/uiState';

const step = (id: string, kind: string, state: StepView['state']): StepView => ({
  id,
  kind,
  title: id,
  state,
  explanation: '',
  checks: [],
  notes: [],
  exchanges: [],
});
const view = (steps: StepView[], extra: Partial<ViewState> = {}): ViewState => ({
  phase: 'idle',
  busy: false,
  status: '',
  steps,
  tokens: [],
  actions: [],
  ...extra,
});

test('what getState gives back is read defensively: anything odd gives the defaults', () => {
  assert.deepEqual(restoreUiState(undefined), emptyUiState());
  assert.deepEqual(
    restoreUiState({
      open: 'x',
      exchanges: [1, 'a:0'],
      scrollY: Infinity,
      settingsOpen: 'no',
      draft: { revision: 'x' },
      form: { profile: 3 },
    }),
    { ...emptyUiState(), exchanges: ['a:0'] },
  );
  const kept = {
    ...emptyUiState(),
    settingsOpen: false,
    open: ['s-1'],
    decided: ['s-1'],
    exchanges: ['s-1:0'],
    landing: 'err',
    scrollY: 120,
    draft: { revision: 2, edited: [{ name: 'scope', value: 'openid' }], added: [{ name: '__proto__', value: 'x' }] },
  };
  assert.deepEqual(restoreUiState(JSON.parse(JSON.stringify(kept))), kept);
  fc.assert(
    fc.property(fc.anything(), (value) => {
      restoreUiState(value);
    }),
    { numRuns: 500 },
  );
});

test("steps open by themselves once; the user's choice wins; what the host no longer shows is forgotten", () => {
  const ui = emptyUiState();
  const discovery = step('discovery-1', 'discovery', 'done');
  assert.equal(isStepOpen(ui, discovery, true), true, 'discovery alone: its metadata is what the user came for');
  assert.equal(isStepOpen(ui, discovery, false), true, 'it stays open when more steps follow');
  toggleStep(ui, 'discovery-1');
  assert.equal(isStepOpen(ui, discovery, true), false);
  const failed = step('callback-2', 'callback', 'failed');
  assert.equal(isStepOpen(ui, failed, false), true);
  setExchangeOpen(ui, 'callback-2:0', true);
  setExchangeOpen(ui, 'discovery-1:0', true);
  setExchangeOpen(ui, 'discovery-1:0', false);
  assert.deepEqual(ui.exchanges, ['callback-2:0']);
  ui.landing = 'pasted';
  ui.draft = { revision: 1, edited: [], added: [] };
  pruneUiState(ui, view([failed]));
  assert.deepEqual(ui.decided, ['callback-2']);
  assert.equal(ui.draft, undefined, 'no draft shown: its edits go');
  assert.equal(ui.landing, '', 'no browser out: the pasted text goes');
  pruneUiState(ui, view([]));
  assert.deepEqual([ui.open, ui.decided, ui.exchanges], [[], [], []]);
});
