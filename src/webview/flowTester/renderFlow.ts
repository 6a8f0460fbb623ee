/**
 * Renders the flow part of the Flow Tester from the host's {@link ViewState}: the step list (each
 * step a button with aria-expanded over its details), the editable authorization request, the device
 * code, the tokens and the follow-up actions.
 */
import { button, el, richText, type Child } from './dom';
import type {
  CheckView, DeviceView, DraftView, ErrorView, ExchangeView, ExplanationView, FromWebview, StepView, TokenView, ViewState, WarningView,
} from './protocol';

export type Post = (message: FromWebview) => void;

const GLYPHS: Record<StepView['state'], string> = { waiting: '○', running: '◌', done: '✓', failed: '✗', skipped: '–' };
const OUTCOME_GLYPHS: Record<CheckView['outcome'], string> = { passed: '✓', failed: '✗', skipped: '–' };
const STATE_WORDS: Record<StepView['state'], string> = { waiting: 'waiting', running: 'running', done: 'done', failed: 'failed', skipped: 'skipped' };

/** Which steps are open: the user's choice wins over the automatic opening of failed and waiting steps. */
export class Expansion {
  private readonly open = new Set<string>();
  private readonly decided = new Set<string>();

  isOpen(step: StepView, isLast: boolean): boolean {
    if (!this.decided.has(step.id) && this.opensByItself(step, isLast)) {
      this.open.add(step.id);
      this.decided.add(step.id);
    }
    return this.open.has(step.id);
  }

  toggle(id: string): void {
    this.decided.add(id);
    if (this.open.has(id)) this.open.delete(id);
    else this.open.add(id);
  }

  private opensByItself(step: StepView, isLast: boolean): boolean {
    // After "Discover" alone, the metadata is what the user came for.
    return step.state === 'failed' || step.kind === 'discovery' && step.state === 'done' && isLast || step.kind === 'id-token' && step.state !== 'running'
      || step.kind === 'authorization-request' && step.state === 'waiting'
      || step.kind === 'device-poll' && step.state === 'running';
  }
}

/** Keeps the draft editor's DOM (and the user's edits) while the same draft revision is shown. */
export class DraftEditor {
  private revision = -1;
  private node?: HTMLElement;
  private rows: { name: HTMLInputElement | string; value: HTMLInputElement; locked: boolean }[] = [];

  constructor(private readonly post: Post) {}

  render(draft: DraftView, busy: boolean): HTMLElement {
    if (draft.revision !== this.revision || !this.node) {
      this.revision = draft.revision;
      this.node = this.build(draft);
    }
    for (const b of Array.from(this.node.querySelectorAll<HTMLButtonElement>('button.needs-idle'))) b.disabled = busy;
    return this.node;
  }

  /** Sends the request as edited; `force` goes on despite pre-flight warnings. */
  send(type: 'openBrowser' | 'copyAuthorizeUrl', force = false): void {
    this.post({ type, revision: this.revision, params: this.params(), ...(force ? { force: true } : {}) });
  }

  private params(): { name: string; value: string }[] {
    return this.rows.filter((r) => !r.locked)
      .map((r) => ({ name: typeof r.name === 'string' ? r.name : r.name.value.trim(), value: r.value.value }))
      .filter((p) => p.name !== '');
  }

  private build(draft: DraftView): HTMLElement {
    this.rows = [];
    const body = el('tbody');
    const addRow = (name: string | undefined, value: string, note: string, locked: boolean, source: string) => {
      const valueInput = el('input', { type: 'text', value, class: 'param-value', spellcheck: 'false', 'aria-label': `Value of ${name ?? 'the new parameter'}`,
        readonly: locked, focusKey: `param:${name ?? this.rows.length}` });
      const nameCell: HTMLInputElement | string = name ?? el('input', { type: 'text', class: 'param-name', placeholder: 'name', 'aria-label': 'Name of the new parameter', spellcheck: 'false' });
      this.rows.push({ name: nameCell, value: valueInput, locked });
      body.append(el('tr', {},
        el('th', { scope: 'row' }, typeof nameCell === 'string' ? el('code', {}, nameCell) : nameCell,
          el('span', { class: `param-source source-${source}` }, locked ? (name?.startsWith('code_challenge') ? 'PKCE' : 'fixed') : source)),
        el('td', {}, valueInput, note ? el('div', { class: 'param-note' }, ...richText(note)) : undefined)));
    };
    for (const p of draft.params) addRow(p.name, p.value, p.note, p.locked, p.source);
    const table = el('table', { class: 'params' }, el('caption', {}, `GET ${draft.endpoint}`),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Parameter'), el('th', { scope: 'col' }, 'Value'))), body);
    const pkce = el('dl', { class: 'pkce' },
      el('dt', {}, 'PKCE code verifier (stays in VS Code until the code exchange)'), el('dd', {}, el('code', { class: 'verifier' }, draft.codeVerifier)),
      el('dt', {}, `Code challenge (${draft.codeChallengeMethod} = BASE64URL(SHA-256(verifier)))`), el('dd', {}, el('code', { class: 'challenge' }, draft.codeChallenge)));
    const send = (type: 'openBrowser' | 'copyAuthorizeUrl') => this.send(type);
    return el('div', { class: 'draft' },
      draft.listenerUri
        ? el('div', { class: 'redirect remote' },
          el('p', {}, 'Redirect URI to register with the provider: ', el('code', {}, draft.redirectUri)),
          el('p', { class: 'note' }, 'VS Code runs on a remote host here, so your browser reaches AuthLens\'s listener (',
            el('code', {}, draft.listenerUri), ') through this forwarded address. Add it to the app registration\'s redirect URIs, or the provider will refuse the sign-in.'))
        : el('p', { class: 'redirect' }, 'Redirect URI (AuthLens listens here): ', el('code', {}, draft.redirectUri)),
      table,
      el('div', { class: 'buttons' }, button('+ Add parameter', () => {
        addRow(undefined, '', '', false, 'extra');
        (this.rows.at(-1)?.name as HTMLInputElement | undefined)?.focus?.();
      }, { class: 'secondary' })),
      pkce,
      el('div', { class: 'buttons' },
        button('▶ Open browser', () => send('openBrowser'), { class: 'primary needs-idle', id: 'open-browser', focusKey: 'open-browser' }),
        button('Copy authorize URL', () => send('copyAuthorizeUrl'), { class: 'secondary needs-idle', id: 'copy-url' }),
        button('Cancel', () => this.post({ type: 'cancel' }), { class: 'secondary' })));
  }
}

function checksList(checks: CheckView[]): Child {
  if (!checks.length) return undefined;
  return el('ul', { class: 'checks', 'aria-label': 'Checks' }, ...checks.map((c) =>
    el('li', { class: `check outcome-${c.outcome}` },
      el('span', { class: 'glyph', 'aria-hidden': 'true' }, OUTCOME_GLYPHS[c.outcome]),
      el('span', { class: 'visually-hidden' }, `${c.outcome}: `),
      el('span', { class: 'check-label' }, ...richText(c.label)), c.detail ? el('span', { class: 'check-detail' }, ` — ${c.detail}`) : undefined)));
}

function errorBox(error: ErrorView): HTMLElement {
  return el('div', { class: 'error-box', role: 'group', 'aria-label': 'What went wrong' },
    el('p', { class: 'error-message' }, el('strong', {}, error.code), ' ', ...richText(error.message)),
    error.hint ? el('p', { class: 'hint' }, ...richText(error.hint)) : undefined,
    ...error.explanations.map((x) => el('div', { class: 'explanation' },
      el('p', {}, el('code', {}, x.code), x.name !== x.code ? ` (${x.name})` : '', ' — ', ...richText(x.summary)),
      x.causes.length ? el('p', { class: 'sub' }, 'Likely causes') : undefined,
      x.causes.length ? el('ul', {}, ...x.causes.map((c) => el('li', {}, ...richText(c)))) : undefined,
      x.fixes.length ? el('p', { class: 'sub' }, 'What to do') : undefined,
      x.fixes.length ? el('ul', {}, ...x.fixes.map((c) => el('li', {}, ...richText(c)))) : undefined,
      x.link ? el('p', {}, el('a', { href: x.link.url }, x.link.title)) : undefined)));
}

function exchangeBlock(stepId: string, exchange: ExchangeView, post: Post): HTMLElement {
  const firstLine = exchange.request.split('\n', 1)[0];
  // The authorization request is a browser navigation: it has no response AuthLens could see.
  const status = exchange.summary ?? exchange.response?.split('\n', 1)[0] ?? exchange.failure ?? 'opened in the browser';
  return el('details', { class: 'exchange' },
    el('summary', {}, `${firstLine} → ${status}${exchange.response || exchange.failure ? ` (${exchange.duration ?? `${exchange.durationMs} ms`})` : ''}`),
    el('p', { class: 'sub' }, 'Request (secrets redacted)'), el('pre', { class: 'raw' }, exchange.request),
    exchange.clientCertificate ? el('p', { class: 'sub client-cert' }, `TLS client certificate presented: ${exchange.clientCertificate}`) : undefined,
    exchange.response ? el('p', { class: 'sub' }, 'Response (secrets redacted)') : undefined,
    exchange.response ? el('pre', { class: 'raw' }, exchange.response) : undefined,
    exchange.failure ? el('p', { class: 'failure' }, exchange.failure) : undefined,
    el('div', { class: 'buttons' }, button('Copy as curl', () => post({ type: 'copyCurl', stepId, exchange: exchange.index }),
      { class: 'secondary', focusKey: `curl:${stepId}:${exchange.index}` })));
}

function deviceBox(device: DeviceView, post: Post): HTMLElement {
  return el('div', { class: 'device', role: 'group', 'aria-label': 'Device code' },
    el('p', {}, 'On any device, open ', el('code', {}, device.verificationUri), ' and enter this code:'),
    el('p', { class: 'user-code' }, device.userCode),
    el('p', { class: 'countdown', 'data-deadline': device.expiresAt }, ''),
    el('div', { class: 'buttons' },
      button('▶ Open verification page', () => post({ type: 'openVerificationUri' }), { class: 'primary', focusKey: 'device-open' }),
      button('Copy code', () => post({ type: 'copyUserCode' }), { class: 'secondary' })));
}

function stepItem(step: StepView, state: ViewState, expansion: Expansion, draftEditor: DraftEditor, post: Post, rerender: () => void): HTMLElement {
  const open = expansion.isOpen(step, step === state.steps.at(-1));
  const bodyId = `step-body-${step.id}`;
  const timing = step.duration !== undefined ? ` · ${step.duration}` : step.durationMs !== undefined ? ` · ${step.durationMs} ms` : '';
  const header = el('button', {
    type: 'button', class: 'step-header', 'aria-expanded': String(open), 'aria-controls': bodyId, focusKey: `step:${step.id}`,
    onClick: () => {
      expansion.toggle(step.id);
      rerender();
    },
  },
  el('span', { class: `glyph state-${step.state}`, 'aria-hidden': 'true' }, GLYPHS[step.state]),
  el('span', { class: 'step-title' }, step.title),
  el('span', { class: 'step-state' }, `${STATE_WORDS[step.state]}${timing}`));
  const progress = step.state === 'running' || (step.state === 'waiting' && step.progress)
    ? el('div', { class: 'step-progress' },
      step.state === 'running' ? el('progress', { 'aria-label': `${step.title}: in progress` }) : undefined,
      el('span', {}, step.progress ?? 'Working…'),
      step.deadline ? el('span', { class: 'countdown', 'data-deadline': step.deadline }, '') : undefined,
      step.state === 'running' && (step.kind === 'callback' || step.kind === 'device-poll')
        ? button('Cancel', () => post({ type: 'cancel' }), { class: 'secondary small', focusKey: `cancel:${step.id}` }) : undefined)
    : undefined;
  const isDraft = step.kind === 'authorization-request' && step.state === 'waiting' && state.draft;
  const waitingForBrowser = step.kind === 'callback' && step.state === 'running';
  const body = el('div', { class: 'step-body', id: bodyId, hidden: !open },
    step.explanation ? el('p', { class: 'explanation' }, ...richText(step.explanation)) : undefined,
    isDraft && state.draft ? draftEditor.render(state.draft, state.busy) : undefined,
    step.kind === 'device-poll' && step.state === 'running' && state.device ? deviceBox(state.device, post) : undefined,
    waitingForBrowser ? landingBox(state, post) : undefined,
    step.error ? errorBox(step.error) : undefined,
    checksList(step.checks),
    step.notes.length ? el('ul', { class: 'notes', 'aria-label': 'Notes' }, ...step.notes.map((n) => el('li', {}, ...richText(n)))) : undefined,
    ...step.exchanges.map((x) => exchangeBlock(step.id, x, post)));
  return el('li', { class: `step state-${step.state}`, 'data-kind': step.kind }, header, progress, body);
}

/** While the browser is out: what the provider may be showing, and a way back with what it shows. */
function landingBox(state: ViewState, post: Post): HTMLElement {
  const input = el('textarea', { rows: 2, id: 'landing-input', spellcheck: 'false', 'aria-label': 'The URL the browser landed on, or the error text the page shows',
    placeholder: 'Paste the address bar or the error text' });
  return el('div', { class: 'landing', role: 'group', 'aria-label': 'Where did the browser end up?' },
    el('p', {}, 'The browser shows the provider\'s sign-in or consent page now. If it shows an error instead (an unknown redirect_uri or client, a bad scope), it will not come back here: paste what it shows.'),
    input,
    el('div', { class: 'buttons' }, button('Explain', () => post({ type: 'explainLanding', text: input.value }), { class: 'secondary', id: 'explain-landing' })),
    state.landing ? el('div', { class: 'landing-result', role: 'status' }, el('p', {}, ...richText(state.landing.summary)),
      ...state.landing.explanations.map((x) => explanationBlock(x))) : undefined);
}

function explanationBlock(x: ExplanationView): HTMLElement {
  return el('div', { class: 'explanation' },
    el('p', {}, el('code', {}, x.code), ' — ', ...richText(x.summary)),
    x.fixes.length ? el('ul', {}, ...x.fixes.map((c) => el('li', {}, ...richText(c)))) : undefined);
}

function warningsBox(warnings: WarningView[], state: ViewState, draftEditor: DraftEditor): HTMLElement {
  return el('div', { class: 'warnings', role: 'alert', id: 'preflight' },
    el('p', {}, el('strong', {}, 'Before the browser opens')),
    el('ul', {}, ...warnings.map((w) => el('li', { 'data-warning': w.id }, ...richText(w.message), el('div', { class: 'fix' }, 'Fix: ', ...richText(w.fix))))),
    el('div', { class: 'buttons' },
      button('Open anyway', () => draftEditor.send('openBrowser', true), { class: 'secondary', id: 'open-anyway', disabled: state.busy })));
}

function tokenCard(token: TokenView, post: Post): HTMLElement {
  return el('li', { class: 'token', 'data-token': token.label },
    el('div', { class: 'token-head' }, el('strong', {}, token.label), el('span', { class: 'token-kind' }, ` ${token.kind === 'jwt' ? 'JWT' : 'opaque'}, ${token.length} characters`)),
    el('ul', { class: 'token-summary' }, ...token.summary.filter((line) => !/^expire/i.test(line) || !token.expiresAt).map((line) => el('li', {}, line)),
      token.expiresAt ? el('li', { class: 'expiry', 'data-expires': token.expiresAt }, '') : undefined,
      token.verification ? el('li', { class: 'verification' }, token.verification) : undefined),
    el('div', { class: 'buttons' },
      // Only a JWT has something to decode; an opaque token is for introspection.
      token.kind === 'jwt' ? button('Decode', () => post({ type: 'decodeToken', tokenId: token.id }),
        { class: 'secondary', 'aria-label': `Decode the ${token.label.toLowerCase()}`, focusKey: `decode:${token.label}` }) : undefined,
      button('Copy…', () => post({ type: 'copyToken', tokenId: token.id }),
        { class: 'secondary', 'aria-label': `Copy the ${token.label.toLowerCase()} (asks first)`, focusKey: `copy:${token.label}` })));
}

/** The whole flow area, rebuilt from each state. */
export function renderFlow(root: HTMLElement, state: ViewState, expansion: Expansion, draftEditor: DraftEditor, post: Post, rerender: () => void): void {
  const children: Child[] = [];
  if (state.steps.length) {
    children.push(el('h3', {}, 'Steps'),
      el('ol', { class: 'steps', id: 'steps' }, ...state.steps.map((s) => stepItem(s, state, expansion, draftEditor, post, rerender))));
  }
  if (state.device && !state.steps.some((s) => s.kind === 'device-poll' && s.state === 'running')) children.push(deviceBox(state.device, post));
  if (state.warnings?.length) children.unshift(warningsBox(state.warnings, state, draftEditor));
  if (state.tokens.length) {
    children.push(el('h3', {}, 'Tokens'), el('ul', { class: 'tokens', id: 'tokens' }, ...state.tokens.map((t) => tokenCard(t, post))),
      el('div', { class: 'buttons' },
        button('Copy as .http request', () => post({ type: 'copyHttp' }), { class: 'secondary', id: 'copy-http' })));
  }
  if (state.steps.some((s) => s.state === 'done' || s.state === 'failed')) {
    children.push(el('div', { class: 'buttons' }, button('Export report (Markdown)', () => post({ type: 'exportReport' }), { class: 'secondary', id: 'export-report' })));
  }
  if (state.actions.length) {
    children.push(el('h3', {}, 'Next steps'), el('div', { class: 'buttons actions', id: 'actions' }, ...state.actions.map((a) =>
      button(a.label, () => post({ type: 'runAction', action: a.id }), {
        class: 'secondary', disabled: !a.enabled || state.busy, title: a.reason, focusKey: `action:${a.id}`, 'data-action': a.id,
      }))));
  }
  root.replaceChildren(...children.filter((c): c is Node => c instanceof Node));
}

/** "4:32 left" for every element with a deadline; "expires in 9:58" for every token. */
export function tickCountdowns(now = Date.now()): void {
  for (const node of Array.from(document.querySelectorAll<HTMLElement>('.expiry[data-expires]'))) {
    const left = Math.round((Number(node.dataset.expires) - now) / 1000);
    const clock = (s: number) => (s >= 3600 ? `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min` : `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`);
    node.textContent = left > 0 ? `expires in ${clock(left)}` : `expired ${clock(-left)} ago`;
    node.classList.toggle('expired', left <= 0);
  }
  for (const node of Array.from(document.querySelectorAll<HTMLElement>('.countdown[data-deadline]'))) {
    const left = Math.max(0, Math.round((Number(node.dataset.deadline) - now) / 1000));
    node.textContent = ` ${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')} left`;
  }
}
