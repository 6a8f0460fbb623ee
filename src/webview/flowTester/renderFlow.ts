/**
 * Describes the flow part of the Flow Tester from the host's {@link ViewState} and the page's own
 * {@link UiState}: the step list (each step a button with aria-expanded over its details), the editable
 * authorization request, the device code, the tokens and the follow-up actions. It returns a
 * description ({@link h}); the keyed patch applies it, so every render keeps what the user opened,
 * typed and focused. Countdowns are computed here from `now`: a tick is just another render.
 */
import { h, withRef, type Child, type VNode } from '../shared/patch';
import type {
  CheckView,
  DeviceView,
  DraftView,
  ErrorView,
  ExchangeView,
  ExplanationView,
  StepView,
  TokenView,
  ViewState,
  WarningView,
} from './protocol';
import type { FromWebview } from './messages';
import {
  draftEdits,
  draftParams,
  editParam,
  exchangeKey,
  isStepOpen,
  paramValue,
  setExchangeOpen,
  toggleStep,
  type UiState,
} from './uiState';

export type Post = (message: FromWebview) => void;

export interface RenderContext {
  state: ViewState;
  ui: UiState;
  post: Post;
  /** Keeps the UI state (setState) after an edit that needs no new render. */
  save(): void;
  /** Saves and renders again, after a change of what the page shows. */
  update(): void;
  now: number;
}

const GLYPHS: Record<StepView['state'], string> = { waiting: '○', running: '◌', done: '✓', failed: '✗', skipped: '–' };
const OUTCOME_GLYPHS: Record<CheckView['outcome'], string> = { passed: '✓', failed: '✗', skipped: '–' };

type ButtonProps = Record<string, string | number | boolean | undefined>;

function button(label: string, onClick: () => void, props: ButtonProps = {}): VNode {
  return h('button', { type: 'button', ...props, onClick: () => onClick() }, label);
}

/** Text where `backticked` parts (as the engine writes names and values) become <code>. */
export function richText(text: string): Child[] {
  return text.split('`').map((part, i) => (i % 2 === 1 ? h('code', {}, part) : part));
}

const inputValue = (event: Event) => (event.target as HTMLInputElement).value;

/** "4:32", or "1 h 5 min" from an hour on. */
function clock(seconds: number): string {
  return seconds >= 3600
    ? `${Math.floor(seconds / 3600)} h ${Math.floor((seconds % 3600) / 60)} min`
    : `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

function countdown(deadline: number, now: number): VNode {
  const left = Math.max(0, Math.round((deadline - now) / 1000));
  return h(
    'span',
    { class: 'countdown', 'data-deadline': deadline },
    ` ${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')} left`,
  );
}

/** Whether the page shows a clock that needs a render every second. */
export function hasClock(state: ViewState): boolean {
  return (
    state.device !== undefined || state.tokens.some((t) => t.expiresAt !== undefined) || state.steps.some((s) => s.deadline !== undefined)
  );
}

/** The row just added with "+ Add parameter": its name field takes the focus once it is in the page. */
let focusAddedRow: number | undefined;
function focusOnce(row: number, node: VNode): VNode {
  return row !== focusAddedRow
    ? node
    : withRef(node, (element) => {
        focusAddedRow = undefined;
        (element as HTMLElement).focus();
      });
}

function draftEditor(draft: DraftView, ctx: RenderContext): VNode {
  const edits = draftEdits(ctx.ui, draft);
  const rev = draft.revision;
  const rows = draft.params.map((p) =>
    h(
      'tr',
      { key: `p:${p.name}` },
      h(
        'th',
        { scope: 'row' },
        h('code', {}, p.name),
        h(
          'span',
          { class: `param-source source-${p.source}` },
          p.locked ? (p.name.startsWith('code_challenge') ? 'PKCE' : 'fixed') : p.source,
        ),
      ),
      h(
        'td',
        {},
        h('input', {
          type: 'text',
          class: 'param-value',
          spellcheck: 'false',
          'aria-label': `Value of ${p.name}`,
          readonly: p.locked,
          value: p.locked ? p.value : paramValue(edits, p.name, p.value),
          onInput: (event) => {
            editParam(edits, p.name, inputValue(event));
            ctx.save();
          },
        }),
        p.note ? h('div', { class: 'param-note' }, ...richText(p.note)) : undefined,
      ),
    ),
  );
  const added = edits.added.map((row, i) =>
    h(
      'tr',
      { key: `added:${i}` },
      h(
        'th',
        { scope: 'row' },
        focusOnce(
          i,
          h('input', {
            type: 'text',
            class: 'param-name',
            placeholder: 'name',
            'aria-label': 'Name of the new parameter',
            spellcheck: 'false',
            value: row.name,
            onInput: (event) => {
              row.name = inputValue(event);
              ctx.save();
            },
          }),
        ),
        h('span', { class: 'param-source source-extra' }, 'extra'),
      ),
      h(
        'td',
        {},
        h('input', {
          type: 'text',
          class: 'param-value',
          spellcheck: 'false',
          'aria-label': 'Value of the new parameter',
          value: row.value,
          onInput: (event) => {
            row.value = inputValue(event);
            ctx.save();
          },
        }),
      ),
    ),
  );
  const busy = ctx.state.busy;
  return h(
    'div',
    { class: 'draft', key: `draft:${rev}` },
    draft.listenerUri
      ? h(
          'div',
          { class: 'redirect remote' },
          h('p', {}, 'Redirect URI to register with the provider: ', h('code', {}, draft.redirectUri)),
          h(
            'p',
            { class: 'note' },
            "VS Code runs on a remote host here, so your browser reaches AuthLens's listener (",
            h('code', {}, draft.listenerUri),
            ") through this forwarded address. Add it to the app registration's redirect URIs, or the provider will refuse the sign-in.",
          ),
        )
      : h('p', { class: 'redirect' }, 'Redirect URI (AuthLens listens here): ', h('code', {}, draft.redirectUri)),
    h(
      'table',
      { class: 'params' },
      h('caption', {}, `GET ${draft.endpoint}`),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Parameter'), h('th', { scope: 'col' }, 'Value'))),
      h('tbody', {}, ...rows, ...added),
    ),
    h(
      'div',
      { class: 'buttons' },
      button(
        '+ Add parameter',
        () => {
          focusAddedRow = edits.added.push({ name: '', value: '' }) - 1;
          ctx.update();
        },
        { class: 'secondary' },
      ),
    ),
    h(
      'dl',
      { class: 'pkce' },
      h('dt', {}, 'PKCE code verifier (stays in VS Code until the code exchange)'),
      h('dd', {}, h('code', { class: 'verifier' }, draft.codeVerifier)),
      h('dt', {}, `Code challenge (${draft.codeChallengeMethod} = BASE64URL(SHA-256(verifier)))`),
      h('dd', {}, h('code', { class: 'challenge' }, draft.codeChallenge)),
    ),
    h(
      'div',
      { class: 'buttons' },
      button('▶ Open browser', () => sendDraft(ctx, draft, 'openBrowser'), { class: 'primary', id: 'open-browser', disabled: busy }),
      button('Copy authorize URL', () => sendDraft(ctx, draft, 'copyAuthorizeUrl'), { class: 'secondary', id: 'copy-url', disabled: busy }),
      button('Cancel', () => ctx.post({ type: 'cancel' }), { class: 'secondary' }),
    ),
  );
}

/** Sends the request as edited; `force` goes on despite pre-flight warnings. */
function sendDraft(ctx: RenderContext, draft: DraftView, type: 'openBrowser' | 'copyAuthorizeUrl', force = false): void {
  ctx.post({ type, revision: draft.revision, params: draftParams(ctx.ui, draft), ...(force ? { force: true } : {}) });
}

function checksList(checks: CheckView[]): Child {
  if (!checks.length) return undefined;
  return h(
    'ul',
    { class: 'checks', 'aria-label': 'Checks' },
    ...checks.map((c) =>
      h(
        'li',
        { class: `check outcome-${c.outcome}` },
        h('span', { class: 'glyph', 'aria-hidden': 'true' }, OUTCOME_GLYPHS[c.outcome]),
        h('span', { class: 'visually-hidden' }, `${c.outcome}: `),
        h('span', { class: 'check-label' }, ...richText(c.label)),
        c.detail ? h('span', { class: 'check-detail' }, ` — ${c.detail}`) : undefined,
      ),
    ),
  );
}

function errorBox(error: ErrorView): VNode {
  return h(
    'div',
    { class: 'error-box', role: 'group', 'aria-label': 'What went wrong' },
    h('p', { class: 'error-message' }, h('strong', {}, error.code), ' ', ...richText(error.message)),
    error.hint ? h('p', { class: 'hint' }, ...richText(error.hint)) : undefined,
    ...error.explanations.map((x) =>
      h(
        'div',
        { class: 'explanation' },
        h('p', {}, h('code', {}, x.code), x.name !== x.code ? ` (${x.name})` : '', ' — ', ...richText(x.summary)),
        x.causes.length ? h('p', { class: 'sub' }, 'Likely causes') : undefined,
        x.causes.length ? h('ul', {}, ...x.causes.map((c) => h('li', {}, ...richText(c)))) : undefined,
        x.fixes.length ? h('p', { class: 'sub' }, 'What to do') : undefined,
        x.fixes.length ? h('ul', {}, ...x.fixes.map((c) => h('li', {}, ...richText(c)))) : undefined,
        x.link ? h('p', {}, h('a', { href: x.link.url }, x.link.title)) : undefined,
      ),
    ),
  );
}

function exchangeBlock(stepId: string, exchange: ExchangeView, ctx: RenderContext): VNode {
  const firstLine = exchange.request.split('\n', 1)[0];
  // The authorization request is a browser navigation: it has no response AuthLens could see.
  const status = exchange.summary ?? exchange.response?.split('\n', 1)[0] ?? exchange.failure ?? 'opened in the browser';
  const key = exchangeKey(stepId, exchange.index);
  return h(
    'details',
    {
      key,
      class: 'exchange',
      'data-exchange': key,
      open: ctx.ui.exchanges.includes(key),
      onToggle: (event) => {
        setExchangeOpen(ctx.ui, key, (event.currentTarget as HTMLDetailsElement).open);
        ctx.save();
      },
    },
    h(
      'summary',
      {},
      `${firstLine} → ${status}${exchange.response || exchange.failure ? ` (${exchange.duration ?? `${exchange.durationMs} ms`})` : ''}`,
    ),
    h('p', { class: 'sub' }, 'Request (secrets redacted)'),
    h('pre', { class: 'raw' }, exchange.request),
    exchange.clientCertificate
      ? h('p', { class: 'sub client-cert' }, `TLS client certificate presented: ${exchange.clientCertificate}`)
      : undefined,
    exchange.response ? h('p', { class: 'sub' }, 'Response (secrets redacted)') : undefined,
    exchange.response ? h('pre', { class: 'raw' }, exchange.response) : undefined,
    exchange.failure ? h('p', { class: 'failure' }, exchange.failure) : undefined,
    h(
      'div',
      { class: 'buttons' },
      button('Copy as curl', () => ctx.post({ type: 'copyCurl', stepId, exchange: exchange.index }), { class: 'secondary' }),
    ),
  );
}

function deviceBox(device: DeviceView, ctx: RenderContext): VNode {
  return h(
    'div',
    { class: 'device', role: 'group', 'aria-label': 'Device code', key: 'device' },
    h('p', {}, 'On any device, open ', h('code', {}, device.verificationUri), ' and enter this code:'),
    h('p', { class: 'user-code' }, device.userCode),
    h('p', {}, countdown(device.expiresAt, ctx.now)),
    h(
      'div',
      { class: 'buttons' },
      button('▶ Open verification page', () => ctx.post({ type: 'openVerificationUri' }), { class: 'primary' }),
      button('Copy code', () => ctx.post({ type: 'copyUserCode' }), { class: 'secondary' }),
    ),
  );
}

function stepItem(step: StepView, ctx: RenderContext): VNode {
  const { state } = ctx;
  const open = isStepOpen(ctx.ui, step, step === state.steps.at(-1));
  const bodyId = `step-body-${step.id}`;
  const timing = step.duration !== undefined ? ` · ${step.duration}` : step.durationMs !== undefined ? ` · ${step.durationMs} ms` : '';
  const header = h(
    'button',
    {
      type: 'button',
      class: 'step-header',
      'aria-expanded': String(open),
      'aria-controls': bodyId,
      onClick: () => {
        toggleStep(ctx.ui, step.id);
        ctx.update();
      },
    },
    h('span', { class: `glyph state-${step.state}`, 'aria-hidden': 'true' }, GLYPHS[step.state]),
    h('span', { class: 'step-title' }, step.title),
    h('span', { class: 'step-state' }, `${step.state}${timing}`),
  );
  const progress =
    step.state === 'running' || (step.state === 'waiting' && step.progress)
      ? h(
          'div',
          { class: 'step-progress' },
          step.state === 'running' ? h('progress', { 'aria-label': `${step.title}: in progress` }) : undefined,
          h('span', {}, step.progress ?? 'Working…'),
          step.deadline ? countdown(step.deadline, ctx.now) : undefined,
          step.state === 'running' && (step.kind === 'callback' || step.kind === 'device-poll')
            ? button('Cancel', () => ctx.post({ type: 'cancel' }), { class: 'secondary small' })
            : undefined,
        )
      : undefined;
  const draft = step.kind === 'authorization-request' && step.state === 'waiting' ? state.draft : undefined;
  const body = h(
    'div',
    { class: 'step-body', id: bodyId, hidden: !open },
    step.explanation ? h('p', { class: 'explanation' }, ...richText(step.explanation)) : undefined,
    draft ? draftEditor(draft, ctx) : undefined,
    step.kind === 'device-poll' && step.state === 'running' && state.device ? deviceBox(state.device, ctx) : undefined,
    step.kind === 'callback' && step.state === 'running' ? landingBox(ctx) : undefined,
    step.error ? errorBox(step.error) : undefined,
    checksList(step.checks),
    step.notes.length
      ? h('ul', { class: 'notes', 'aria-label': 'Notes' }, ...step.notes.map((n) => h('li', {}, ...richText(n))))
      : undefined,
    ...step.exchanges.map((x) => exchangeBlock(step.id, x, ctx)),
  );
  return h('li', { key: step.id, class: `step state-${step.state}`, 'data-kind': step.kind, 'data-step': step.id }, header, progress, body);
}

/** While the browser is out: what the provider may be showing, and a way back with what it shows. */
function landingBox(ctx: RenderContext): VNode {
  const { state, ui } = ctx;
  return h(
    'div',
    { class: 'landing', role: 'group', 'aria-label': 'Where did the browser end up?', key: 'landing' },
    h(
      'p',
      {},
      "The browser shows the provider's sign-in or consent page now. If it shows an error instead (an unknown redirect_uri or client, a bad scope), it will not come back here: paste what it shows.",
    ),
    h('textarea', {
      rows: 2,
      id: 'landing-input',
      spellcheck: 'false',
      'aria-label': 'The URL the browser landed on, or the error text the page shows',
      placeholder: 'Paste the address bar or the error text',
      value: ui.landing,
      onInput: (event) => {
        ui.landing = inputValue(event);
        ctx.save();
      },
    }),
    h(
      'div',
      { class: 'buttons' },
      button('Explain', () => ctx.post({ type: 'explainLanding', text: ui.landing }), { class: 'secondary', id: 'explain-landing' }),
    ),
    state.landing
      ? h(
          'div',
          { class: 'landing-result', role: 'status' },
          h('p', {}, ...richText(state.landing.summary)),
          ...state.landing.explanations.map((x) => explanationBlock(x)),
        )
      : undefined,
  );
}

function explanationBlock(x: ExplanationView): VNode {
  return h(
    'div',
    { class: 'explanation' },
    h('p', {}, h('code', {}, x.code), ' — ', ...richText(x.summary)),
    x.fixes.length ? h('ul', {}, ...x.fixes.map((c) => h('li', {}, ...richText(c)))) : undefined,
  );
}

function warningsBox(warnings: WarningView[], ctx: RenderContext): VNode {
  const draft = ctx.state.draft;
  return h(
    'div',
    { class: 'warnings', role: 'alert', id: 'preflight', key: 'preflight' },
    h('p', {}, h('strong', {}, 'Before the browser opens')),
    h(
      'ul',
      {},
      ...warnings.map((w) =>
        h('li', { key: w.id, 'data-warning': w.id }, ...richText(w.message), h('div', { class: 'fix' }, 'Fix: ', ...richText(w.fix))),
      ),
    ),
    h(
      'div',
      { class: 'buttons' },
      button('Open anyway', () => draft && sendDraft(ctx, draft, 'openBrowser', true), {
        class: 'secondary',
        id: 'open-anyway',
        disabled: ctx.state.busy || !draft,
      }),
    ),
  );
}

function tokenCard(token: TokenView, ctx: RenderContext): VNode {
  const left = token.expiresAt !== undefined ? Math.round((token.expiresAt - ctx.now) / 1000) : 0;
  return h(
    'li',
    { class: 'token', 'data-token': token.label, key: token.id },
    h(
      'div',
      { class: 'token-head' },
      h('strong', {}, token.label),
      h('span', { class: 'token-kind' }, ` ${token.kind === 'jwt' ? 'JWT' : 'opaque'}, ${token.length} characters`),
    ),
    h(
      'ul',
      { class: 'token-summary' },
      ...token.summary.filter((line) => !/^expire/i.test(line) || token.expiresAt === undefined).map((line) => h('li', {}, line)),
      token.expiresAt !== undefined
        ? h(
            'li',
            { class: left > 0 ? 'expiry' : 'expiry expired', 'data-expires': token.expiresAt },
            left > 0 ? `expires in ${clock(left)}` : `expired ${clock(-left)} ago`,
          )
        : undefined,
      token.verification ? h('li', { class: 'verification' }, token.verification) : undefined,
    ),
    h(
      'div',
      { class: 'buttons' },
      // Only a JWT has something to decode; an opaque token is for introspection.
      token.kind === 'jwt'
        ? button('Decode', () => ctx.post({ type: 'decodeToken', tokenId: token.id }), {
            class: 'secondary',
            'aria-label': `Decode the ${token.label.toLowerCase()}`,
          })
        : undefined,
      button('Copy…', () => ctx.post({ type: 'copyToken', tokenId: token.id }), {
        class: 'secondary',
        'aria-label': `Copy the ${token.label.toLowerCase()} (asks first)`,
      }),
    ),
  );
}

/** The whole flow area. */
export function renderFlow(ctx: RenderContext): Child[] {
  const { state } = ctx;
  const deviceInStep = state.steps.some((s) => s.kind === 'device-poll' && s.state === 'running');
  const finished = state.steps.some((s) => s.state === 'done' || s.state === 'failed');
  return [
    state.warnings?.length ? warningsBox(state.warnings, ctx) : undefined,
    state.steps.length
      ? [
          h('h3', { key: 'steps-title' }, 'Steps'),
          h('ol', { class: 'steps', id: 'steps', key: 'steps' }, ...state.steps.map((s) => stepItem(s, ctx))),
        ]
      : undefined,
    state.device && !deviceInStep ? deviceBox(state.device, ctx) : undefined,
    state.tokens.length
      ? [
          h('h3', { key: 'tokens-title' }, 'Tokens'),
          h('ul', { class: 'tokens', id: 'tokens', key: 'tokens' }, ...state.tokens.map((t) => tokenCard(t, ctx))),
          h(
            'div',
            { class: 'buttons', key: 'copy-http' },
            button('Copy as .http request', () => ctx.post({ type: 'copyHttp' }), { class: 'secondary', id: 'copy-http' }),
          ),
        ]
      : undefined,
    finished
      ? h(
          'div',
          { class: 'buttons', key: 'export' },
          button('Export report (Markdown)', () => ctx.post({ type: 'exportReport' }), { class: 'secondary', id: 'export-report' }),
        )
      : undefined,
    state.actions.length
      ? [
          h('h3', { key: 'actions-title' }, 'Next steps'),
          h(
            'div',
            { class: 'buttons actions', id: 'actions', key: 'actions' },
            ...state.actions.map((a) =>
              button(a.label, () => ctx.post({ type: 'runAction', action: a.id }), {
                key: a.id,
                class: 'secondary',
                disabled: !a.enabled || state.busy,
                title: a.reason,
                'data-action': a.id,
              }),
            ),
          ),
        ]
      : undefined,
  ];
}
