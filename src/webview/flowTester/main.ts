/**
 * The Flow Tester webview: a profile form, and the flow as the host reports it. It holds no secret:
 * the client secret typed here goes to the host once and the field is cleared; tokens stay in the host.
 *
 * The flow part is described from each state and applied with a keyed patch, so what the user opened,
 * typed or focused stays through every update. What the host does not know yet (edits not sent, open
 * details, the scroll position) is kept with setState: hiding the view destroys this page, and the
 * next one picks it all up again once the host answers its "ready".
 */
import { button, el } from './dom';
import { TO_WEBVIEW, type FromWebview, type ToWebview } from './messages';
import type { FileField, ProfileForm, ProfileOption, ViewState } from './protocol';
import { hasClock, renderFlow, richText } from './renderFlow';
import { pruneUiState, restoreUiState } from './uiState';
import { dispatch, messageChecker, type Handlers } from '../shared/messageTable';
import { h, patch } from '../shared/patch';

// The VS Code webview API; acquired once, as the API requires.
declare function acquireVsCodeApi(): { postMessage(message: FromWebview): void; getState(): unknown; setState(state: unknown): void };
const vscode = acquireVsCodeApi();
const post = (message: FromWebview) => vscode.postMessage(message);
const ui = restoreUiState(vscode.getState());
const save = () => vscode.setState(ui);
/** The form as edited in the page before this one, given back when the host loads the same profile. */
let restoredForm = ui.form;

const root = document.getElementById('app') ?? document.body;

type Field = keyof ProfileForm;
const fields = new Map<Field, HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>();

function option(value: string, label: string): HTMLOptionElement {
  return el('option', { value }, label);
}

function field(
  name: Field,
  label: string,
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
  hint?: string,
): HTMLElement {
  control.id = `field-${name}`;
  control.name = name;
  fields.set(name, control);
  return el(
    'div',
    { class: 'field' },
    el('label', { for: control.id }, label),
    control,
    hint ? el('div', { class: 'hint' }, hint) : undefined,
  );
}

const text = (placeholder = '') => el('input', { type: 'text', spellcheck: 'false', autocomplete: 'off', placeholder });
const dpopBox = el('input', { type: 'checkbox', id: 'field-dpop', name: 'dpop' });
const parBox = el('input', { type: 'checkbox', id: 'field-par', name: 'par' });

const profileSelect = el('select', { id: 'profile-select', 'aria-label': 'Profile' });
const secretInput = el('input', { type: 'password', id: 'field-client-secret', autocomplete: 'off', spellcheck: 'false' });
const secretHint = el('div', { class: 'hint', id: 'secret-hint' }, '');
const templateNotes = el('div', { class: 'template-notes', id: 'template-notes' });
const status = el('p', { id: 'status', role: 'status', 'aria-live': 'polite' }, 'Loading…');
const notice = el('p', { id: 'notice', class: 'notice', 'aria-live': 'assertive' }, '');
const flowArea = el('div', { id: 'flow' });
const settings = el('details', { class: 'settings', id: 'settings', open: ui.settingsOpen }, el('summary', {}, 'Settings'));
settings.addEventListener('toggle', () => {
  ui.settingsOpen = settings.open;
  save();
});
const startButton = button('▶ Start', () => send('start'), { class: 'primary', id: 'start' });
const discoverButton = button('Discover', () => send('discover'), { class: 'secondary', id: 'discover' });
const cancelButton = button('Cancel', () => post({ type: 'cancel' }), { class: 'secondary', id: 'cancel' });

// A fieldset, so the whole form can wait (disabled) while the host fills it for a newly picked profile.
const fieldset = el(
  'fieldset',
  { class: 'profile-fields' },
  field(
    'grant',
    'Grant',
    selectOf([
      ['authorization_code', 'Authorization code + PKCE'],
      ['device_code', 'Device code'],
      ['client_credentials', 'Client credentials'],
    ]),
  ),
  field('issuer', 'Issuer', text('https://login.example.com'), 'Discovery reads <issuer>/.well-known/openid-configuration.'),
  field('clientId', 'Client ID', text()),
  field(
    'authMethod',
    'Client authentication',
    selectOf([
      ['none', 'None (public client)'],
      ['client_secret_basic', 'Secret, HTTP Basic'],
      ['client_secret_post', 'Secret, in the body'],
      ['client_secret_jwt', 'JWT signed with the secret (client_secret_jwt)'],
      ['private_key_jwt', 'JWT signed with a private key (private_key_jwt)'],
      ['tls_client_auth', 'mTLS certificate from a CA (tls_client_auth)'],
      ['self_signed_tls_client_auth', 'mTLS self-signed certificate (self_signed_tls_client_auth)'],
    ]),
  ),
  el(
    'div',
    { class: 'mtls-files', id: 'mtls-files' },
    fileField(
      'certFile',
      'Client certificate (PEM file)',
      'The certificate is presented in the TLS handshake (RFC 8705); it may hold its key too.',
    ),
    fileField('keyFile', 'Certificate key (PEM file)', "Or paste the key below, to keep it in VS Code's secret storage instead."),
  ),
  el('div', { class: 'field' }, el('label', { for: secretInput.id, id: 'secret-label' }, 'Client secret'), secretInput, secretHint),
  field('scopes', 'Scopes', text('openid profile email')),
  field('prompt', 'Prompt', text('login, consent, none…')),
  el(
    'div',
    { class: 'field-row' },
    field('redirectPort', 'Redirect port', el('input', { type: 'text', inputmode: 'numeric' }), '0 picks a free port.'),
    field(
      'redirectHost',
      'Redirect host',
      selectOf([
        ['127.0.0.1', '127.0.0.1'],
        ['localhost', 'localhost'],
      ]),
    ),
  ),
  el(
    'div',
    { class: 'field-row checkboxes' },
    el('label', { class: 'check-field', for: dpopBox.id }, dpopBox, ' DPoP (RFC 9449)'),
    el('label', { class: 'check-field', for: parBox.id }, parBox, ' PAR (RFC 9126)'),
  ),
  field(
    'extraParams',
    'Extra parameters',
    el('textarea', { rows: 3, spellcheck: 'false', placeholder: 'audience=https://api.example.com' }),
    'One name=value per line.',
  ),
  field('name', 'Profile name', text('Saved under this name')),
);
const form = el('form', { id: 'profile-form', class: 'profile-form', 'aria-label': 'Flow settings' }, fieldset);
settings.append(form);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  send('start');
});
/** Every edit of the settings is kept (never the secret, which is not part of readForm). */
function rememberForm(): void {
  ui.form = { profile: profileSelect.value, values: readForm() };
  save();
}
form.addEventListener('input', rememberForm);
form.addEventListener('change', rememberForm);

/** A path field with a Browse button: the host shows the file picker and sends the path back. */
function fileField(name: FileField, label: string, hint: string): HTMLElement {
  const input = text('/path/to/file.pem');
  const wrapper = field(name, label, input, hint);
  input.after(button('Browse…', () => post({ type: 'pickFile', field: name }), { class: 'secondary', id: `browse-${name}` }));
  return wrapper;
}

function selectOf(options: [string, string][]): HTMLSelectElement {
  return el('select', {}, ...options.map(([value, label]) => option(value, label)));
}

function readForm(): ProfileForm {
  const value = (name: Field) => fields.get(name)?.value ?? '';
  return {
    name: value('name'),
    grant: value('grant') as ProfileForm['grant'],
    issuer: value('issuer'),
    clientId: value('clientId'),
    authMethod: value('authMethod') as ProfileForm['authMethod'],
    scopes: value('scopes'),
    prompt: value('prompt'),
    redirectPort: value('redirectPort'),
    redirectHost: value('redirectHost') as ProfileForm['redirectHost'],
    extraParams: value('extraParams'),
    ...(value('certFile').trim() ? { certFile: value('certFile') } : {}),
    ...(value('keyFile').trim() ? { keyFile: value('keyFile') } : {}),
    ...(dpopBox.checked ? { dpop: 'on' } : {}),
    ...(parBox.checked ? { par: 'on' } : {}),
  };
}

function fillForm(values: ProfileForm): void {
  for (const [name, control] of fields) control.value = values[name] ?? '';
  dpopBox.checked = values.dpop === 'on';
  parBox.checked = values.par === 'on';
  updateSecretVisibility();
}

function updateSecretVisibility(): void {
  const method = fields.get('authMethod')?.value;
  const needsSecret = method !== 'none';
  const label = document.getElementById('secret-label');
  const mtls = method === 'tls_client_auth' || method === 'self_signed_tls_client_auth';
  // private_key_jwt: the same protected field takes the private key (a JWK, or a PKCS#8 PEM pasted in one go);
  // mTLS: the certificate's key, when it is not read from a file.
  if (label)
    label.textContent =
      method === 'private_key_jwt' ? 'Private key (JWK or PKCS#8 PEM)' : mtls ? 'Certificate key (PEM, optional)' : 'Client secret';
  const files = document.getElementById('mtls-files');
  if (files) files.hidden = !mtls;
  secretInput.disabled = !needsSecret;
  secretInput.closest('.field')?.classList.toggle('disabled', !needsSecret);
}
fields.get('authMethod')?.addEventListener('change', updateSecretVisibility);

/** The typed secret goes to the host with this one message, then leaves the page. */
function takeSecret(): string | undefined {
  const secret = secretInput.value;
  secretInput.value = '';
  return secret ? secret : undefined;
}

function send(type: 'start' | 'discover' | 'saveProfile'): void {
  notice.textContent = '';
  // Make room for the steps; the settings stay one click away.
  if (type === 'start') settings.open = false;
  const secret = takeSecret();
  if (secret) secretHint.textContent = 'The secret is held by VS Code for this session.';
  post({ type, form: readForm(), ...(secret ? { clientSecret: secret } : {}) });
}

profileSelect.addEventListener('change', () => {
  // Edits made before the host's answer arrives would be overwritten by it: hold them off.
  fieldset.disabled = true;
  post({ type: 'selectProfile', id: profileSelect.value });
});

function renderProfiles(profiles: ProfileOption[], selected: string): void {
  const groups: [ProfileOption['kind'], string][] = [
    ['saved', 'Saved profiles'],
    ['builtin', 'Built in'],
    ['template', 'Provider templates'],
  ];
  profileSelect.replaceChildren(
    ...groups
      .map(([kind, label]) => [label, profiles.filter((p) => p.kind === kind)] as const)
      .filter(([, list]) => list.length)
      .map(([label, list]) => el('optgroup', { label }, ...list.map((p) => option(p.id, p.label)))),
  );
  profileSelect.value = selected;
}

let lastState: ViewState | undefined;
let scrollRestored = false;

function render(): void {
  const state = lastState;
  if (!state) return;
  if (status.textContent !== state.status) status.textContent = state.status;
  startButton.disabled = state.busy;
  discoverButton.disabled = state.busy;
  cancelButton.hidden = !(state.busy || state.phase === 'draft' || state.phase === 'waiting');
  patch(flowArea, renderFlow({ state, ui, post, save, update, now: Date.now() }));
  if (!scrollRestored) {
    scrollRestored = true;
    if (ui.scrollY > 0) window.scrollTo(0, ui.scrollY);
  }
}

function update(): void {
  save();
  render();
}

root.replaceChildren(
  el('h2', {}, 'Flow Tester'),
  el(
    'section',
    { class: 'profile', 'aria-label': 'Profile' },
    el('div', { class: 'field' }, el('label', { for: profileSelect.id }, 'Profile'), profileSelect),
    // Start right under the profile: at the sidebar's default width it is above the fold.
    el('div', { class: 'buttons' }, startButton, discoverButton, cancelButton),
    templateNotes,
    settings,
    el(
      'div',
      { class: 'buttons' },
      button('Save profile', () => send('saveProfile'), { class: 'secondary', id: 'save' }),
      button('Delete profile', () => post({ type: 'deleteProfile', name: readForm().name }), { class: 'secondary', id: 'delete' }),
      button('Clear', () => post({ type: 'reset' }), { class: 'secondary', id: 'reset' }),
    ),
  ),
  status,
  notice,
  flowArea,
);

const onMessage: Handlers<ToWebview> = {
  init(message) {
    renderProfiles(message.profiles, message.selected);
  },
  form(message) {
    // The first form after this page started may be the one the page before it was editing.
    const restore = restoredForm?.profile === profileSelect.value ? restoredForm.values : undefined;
    restoredForm = undefined;
    fillForm(restore ?? message.form);
    if (!restore) {
      ui.form = undefined;
      save();
    }
    fieldset.disabled = false;
    secretHint.textContent = message.secretStored
      ? "A secret for this profile is in VS Code's secret storage; type one to replace it."
      : "Stored only in VS Code's secret storage, never in settings.";
    patch(templateNotes, [
      message.notes.length ? h('ul', {}, ...message.notes.map((n) => h('li', {}, ...richText(n)))) : undefined,
      message.docs ? h('p', {}, h('a', { href: message.docs }, 'Provider documentation')) : undefined,
    ]);
  },
  state(message) {
    lastState = message.state;
    pruneUiState(ui, message.state);
    render();
    save();
  },
  filePicked(message) {
    const control = fields.get(message.field);
    if (!control) return;
    control.value = message.path;
    // Set by script, so no input event: keep the edit like one the user typed.
    rememberForm();
  },
  notice(message) {
    fieldset.disabled = false;
    notice.textContent = message.text;
    notice.className = `notice notice-${message.level}`;
  },
};

// Unknown or malformed messages are reported once each: in this page's console and in the host's log.
const check = messageChecker(TO_WEBVIEW, (problem) => {
  console.warn(`AuthLens Flow Tester: ${problem}`);
  post({ type: 'problem', text: problem });
});
window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = check(event.data);
  if (message) dispatch(onMessage, message);
});

let scrollPending = false;
window.addEventListener('scroll', () => {
  if (scrollPending) return;
  scrollPending = true;
  requestAnimationFrame(() => {
    scrollPending = false;
    ui.scrollY = window.scrollY;
    save();
  });
});

// Countdowns and token expiry: one render a second while the page shows a clock.
setInterval(() => {
  if (lastState && hasClock(lastState)) render();
}, 1000);
post({ type: 'ready' });
