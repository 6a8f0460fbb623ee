import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExchangeView, StepView, ViewState } from '../../../../src/webview/flowTester/protocol';
import type { FromWebview } from '../../../../src/webview/flowTester/messages';
import { renderFlow } from '../../../../src/webview/flowTester/renderFlow';
import { draftParams, emptyUiState, restoreUiState, type UiState } from '../../../../src/webview/flowTester/uiState';
import { patch } from '../../../../src/webview/shared/patch';
import { fakeRoot, type FakeElement } from '../../../fixtures/webview/fakeDom';

/**
 * The Flow Tester's flow area, rendered by the real renderer through the keyed patch into a fake DOM:
 * what the user opens, types and focuses stays through a new state (a poll), and what the page keeps
 * with setState brings it back on a page built anew (the view hidden and shown).
 */

const exchange = (index: number): ExchangeView => ({
  index,
  request: `POST /device/token HTTP/1.1\n\npoll ${index}`,
  response: 'HTTP 400 Bad Request\n\n{"error":"authorization_pending"}',
  durationMs: 5,
  summary: '400 Bad Request · authorization_pending',
});

const pollStep = (polls: number): StepView => ({
  id: 'device-poll-3',
  kind: 'device-poll',
  title: 'Wait for the user',
  state: 'running',
  explanation: 'Polling the token endpoint.',
  progress: `Poll ${polls}: authorization_pending`,
  checks: [],
  notes: [],
  exchanges: Array.from({ length: polls }, (_, i) => exchange(i)),
});

const baseState = (steps: StepView[], extra: Partial<ViewState> = {}): ViewState => ({
  phase: 'waiting',
  busy: false,
  status: 'Waiting',
  steps,
  tokens: [],
  actions: [],
  ...extra,
});

const draftState = (): ViewState =>
  baseState(
    [
      {
        id: 'authorization-request-2',
        kind: 'authorization-request',
        title: 'Open the sign-in page',
        state: 'waiting',
        explanation: '',
        checks: [],
        notes: [],
        exchanges: [],
      },
    ],
    {
      phase: 'draft',
      draft: {
        revision: 4,
        endpoint: 'http://127.0.0.1:1/auth',
        redirectUri: 'http://127.0.0.1:2/callback',
        codeVerifier: 'v'.repeat(43),
        codeChallenge: 'c'.repeat(43),
        codeChallengeMethod: 'S256',
        params: [
          { name: 'scope', value: 'openid', source: 'config', note: '', locked: false },
          { name: 'code_challenge', value: 'c'.repeat(43), source: 'generated', note: '', locked: true },
        ],
      },
    },
  );

/** One page: a fake DOM, the page's UI state and what it posted. */
function page(ui: UiState = emptyUiState()) {
  const { doc, root, dom } = fakeRoot();
  const posted: FromWebview[] = [];
  let saved: unknown;
  let state: ViewState | undefined;
  const render = () =>
    patch(
      dom,
      renderFlow({
        state: state!,
        ui,
        post: (m) => posted.push(m),
        now: 0,
        save: () => {
          saved = JSON.parse(JSON.stringify(ui));
        },
        update: () => {
          saved = JSON.parse(JSON.stringify(ui));
          render();
        },
      }),
    );
  return {
    doc,
    root,
    ui,
    posted,
    saved: () => saved,
    show(next: ViewState) {
      state = next;
      render();
    },
    find: (test: (e: FakeElement) => boolean) => root.find(test),
  };
}

const exchangeBlock = (p: ReturnType<typeof page>, index: number) =>
  p.find((e) => e.tagName === 'details' && e.getAttribute('data-exchange') === `device-poll-3:${index}`);

test('an opened request/response stays open, and the focus stays, when the next poll arrives', () => {
  const p = page();
  p.show(baseState([pollStep(1)]));
  const header = p.find((e) => e.getAttribute('class') === 'step-header')!;
  assert.equal(header.getAttribute('aria-expanded'), 'true', 'a running poll opens by itself');
  const details = exchangeBlock(p, 0)!;
  assert.equal(details.open, false);
  details.open = true;
  details.fire('toggle');
  const curl = details.find((e) => e.tagName === 'button')!;
  curl.focus();
  p.show(baseState([pollStep(2)]));
  p.show(baseState([pollStep(3)]));
  assert.equal(exchangeBlock(p, 0), details, 'the same element');
  assert.equal(details.open, true, 'still open after two polls');
  assert.equal(exchangeBlock(p, 2)?.open, false, 'new polls come in closed');
  assert.equal(p.doc.activeElement, curl, 'the focus is where it was');
  assert.match(p.root.textContent, /Poll 3: authorization_pending/);
  // The user's click on the step header wins over its opening by itself.
  header.fire('click');
  assert.equal(header.getAttribute('aria-expanded'), 'false');
  p.show(baseState([pollStep(4)]));
  assert.equal(header.getAttribute('aria-expanded'), 'false');
  curl.fire('click');
  assert.deepEqual(p.posted, [{ type: 'copyCurl', stepId: 'device-poll-3', exchange: 0 }]);
});

test('a page built anew from the saved state shows the same open details and step', () => {
  const first = page();
  first.show(baseState([pollStep(2)]));
  const details = exchangeBlock(first, 1)!;
  details.open = true;
  details.fire('toggle');
  const second = page(restoreUiState(first.saved()));
  second.show(baseState([pollStep(2)]));
  assert.equal(exchangeBlock(second, 1)?.open, true);
  assert.equal(exchangeBlock(second, 0)?.open, false);
  assert.equal(second.find((e) => e.getAttribute('class') === 'step-header')?.getAttribute('aria-expanded'), 'true');
});

test('draft edits: typed values stay through a new state, come back on a new page, and are what the request sends', () => {
  const first = page();
  first.show(draftState());
  const scope = first.find((e) => e.getAttribute('aria-label') === 'Value of scope')!;
  assert.equal(scope.value, 'openid');
  scope.focus();
  scope.type('openid email', 6);
  assert.equal(first.find((e) => e.getAttribute('aria-label') === 'Value of code_challenge')?.getAttribute('readonly'), '');
  first.find((e) => e.tagName === 'button' && e.textContent === '+ Add parameter')?.fire('click');
  const name = first.find((e) => e.getAttribute('class') === 'param-name')!;
  assert.equal(first.doc.activeElement, name, "the new row's name field has the focus");
  name.type('login_hint');
  first.root.findAll((e) => e.getAttribute('aria-label') === 'Value of the new parameter')[0]!.type('alice');
  first.show({ ...draftState(), busy: true, status: 'Checking' });
  assert.equal(scope.value, 'openid email');
  assert.equal(scope.selectionStart, 6, 'the caret did not move');
  first.show(draftState());
  first.find((e) => e.getAttribute('id') === 'open-browser')?.fire('click');
  assert.deepEqual(first.posted.at(-1), {
    type: 'openBrowser',
    revision: 4,
    params: [
      { name: 'scope', value: 'openid email' },
      { name: 'login_hint', value: 'alice' },
    ],
  });

  const second = page(restoreUiState(first.saved()));
  second.show(draftState());
  assert.equal(second.find((e) => e.getAttribute('aria-label') === 'Value of scope')?.value, 'openid email');
  assert.equal(second.find((e) => e.getAttribute('class') === 'param-name')?.value, 'login_hint');
  assert.deepEqual(draftParams(second.ui, draftState().draft!), [
    { name: 'scope', value: 'openid email' },
    { name: 'login_hint', value: 'alice' },
  ]);
  // A new revision of the request starts from the host's values.
  const next = draftState();
  next.draft!.revision = 5;
  second.show(next);
  assert.equal(second.find((e) => e.getAttribute('aria-label') === 'Value of scope')?.value, 'openid');
});
