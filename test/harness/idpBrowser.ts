/**
 * A scripted "browser" for the demo identity provider: fetch with `redirect: 'manual'` and a cookie
 * jar (the provider's interactions are cookie-driven), which fills in the login, consent and device
 * pages the way a user would, and follows the redirect back to the loopback listener.
 */

interface Cookie {
  name: string;
  value: string;
  host: string;
  path: string;
}

export interface BrowserChoices {
  login?: string;
  password?: string;
  /** What to do on the consent page (and the device confirm page). */
  consent?: 'allow' | 'deny';
  /** For the device flow's code entry page. */
  userCode?: string;
}

export interface PageVisit {
  method: string;
  url: string;
  status: number;
}

export interface BrowserResult {
  /** The last page: the loopback listener's answer, or an error page where the journey stopped. */
  status: number;
  url: string;
  html: string;
  visits: PageVisit[];
}

export class ScriptedBrowser {
  private readonly cookies: Cookie[] = [];
  readonly visits: PageVisit[] = [];

  /** Time spent waiting for HTTP answers: the provider's (and listener's) time, not ours. */
  fetchMs = 0;

  /** `fetchImpl`: another fetch, e.g. one that trusts a test CA for an https provider. */
  constructor(private readonly fetchImpl: typeof fetch = (input, init) => fetch(input, init)) {}

  async open(url: string, choices: BrowserChoices = {}, maxSteps = 30): Promise<BrowserResult> {
    let method = 'GET';
    let body: URLSearchParams | undefined;
    let current = url;
    for (let i = 0; i < maxSteps; i++) {
      const response = await this.request(method, current, body);
      const html = response.headers.get('content-type')?.includes('html') ? await response.text() : await response.text();
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        current = new URL(location, current).href;
        method = 'GET';
        body = undefined;
        continue;
      }
      const next = this.nextAction(html, current, choices);
      if (!next) return { status: response.status, url: current, html, visits: this.visits };
      ({ method, url: current, body } = next);
    }
    throw new Error(`The scripted browser gave up after ${maxSteps} steps at ${current}`);
  }

  private async request(method: string, url: string, body?: URLSearchParams): Promise<Response> {
    const target = new URL(url);
    const cookie = this.cookies
      .filter((c) => c.host === target.host && target.pathname.startsWith(c.path))
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
    const headers: Record<string, string> = { accept: 'text/html' };
    if (cookie) headers.cookie = cookie;
    if (body) headers['content-type'] = 'application/x-www-form-urlencoded';
    const started = performance.now();
    const response = await this.fetchImpl(url, { method, headers, body, redirect: 'manual' });
    this.fetchMs += performance.now() - started;
    this.visits.push({ method, url, status: response.status });
    for (const line of response.headers.getSetCookie()) this.store(line, target);
    return response;
  }

  private store(line: string, from: URL): void {
    const [pair = '', ...attributes] = line.split(';');
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    let path = '/';
    let expired = value === '';
    for (const attribute of attributes) {
      const [key = '', val = ''] = attribute.split('=');
      const k = key.trim().toLowerCase();
      if (k === 'path') path = val.trim() || '/';
      if (k === 'max-age' && Number(val) <= 0) expired = true;
      if (k === 'expires' && Date.parse(val) < Date.now()) expired = true;
    }
    const index = this.cookies.findIndex((c) => c.name === name && c.host === from.host && c.path === path);
    if (index >= 0) this.cookies.splice(index, 1);
    if (!expired) this.cookies.push({ name, value, host: from.host, path });
  }

  /** Decides what a user would submit on this page, or undefined to stop here. */
  private nextAction(
    html: string,
    pageUrl: string,
    choices: BrowserChoices,
  ): { method: string; url: string; body: URLSearchParams } | undefined {
    const forms = parseForms(html, pageUrl);
    const submit = (form: ParsedForm, extra: Record<string, string> = {}) => {
      const body = new URLSearchParams(form.inputs);
      for (const [k, v] of Object.entries(extra)) body.set(k, v);
      return { method: form.method, url: form.action, body };
    };
    const login = forms.find((f) => f.names.has('password'));
    if (login) {
      if (this.visits.filter((v) => v.url === login.action).length >= 1) return undefined; // wrong password: stop, don't loop
      return submit(login, { login: choices.login ?? 'alice', password: choices.password ?? 'wonderland' });
    }
    const confirm = forms.find((f) => f.action.endsWith('/confirm'));
    const abort = forms.find((f) => f.action.endsWith('/abort'));
    if (confirm && abort) return submit(choices.consent === 'deny' ? abort : confirm);
    const deviceInput = forms.find((f) => f.id === 'op.deviceInputForm');
    if (deviceInput && choices.userCode && !/not valid/.test(html)) return submit(deviceInput, { user_code: choices.userCode });
    const deviceConfirm = forms.find((f) => f.id === 'op.deviceConfirmForm');
    if (deviceConfirm) return choices.consent === 'deny' ? submit(deviceConfirm, { abort: 'yes' }) : submit(deviceConfirm);
    // Pages whose script submits their first form on load: response_mode=form_post to the redirect URI,
    // and the device page reached through verification_uri_complete.
    const [first] = forms;
    if (first && /document\.forms\[0\]\.submit\(\)/.test(html)) return submit(first);
    return undefined;
  }
}

interface ParsedForm {
  id?: string;
  method: string;
  action: string;
  inputs: [string, string][];
  names: Set<string>;
}

function attr(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag);
  return match?.[1] !== undefined ? unescapeHtml(match[1]) : undefined;
}

function unescapeHtml(text: string): string {
  return text.replace(/&(?:#(\d+)|amp|lt|gt|quot);/g, (entity, code: string | undefined) =>
    code
      ? String.fromCharCode(Number(code))
      : (({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' } as Record<string, string>)[entity] ?? entity),
  );
}

function parseForms(html: string, pageUrl: string): ParsedForm[] {
  const forms: ParsedForm[] = [];
  for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const tag = match[1] ?? '';
    const inputs: [string, string][] = [];
    for (const input of (match[2] ?? '').matchAll(/<input\b([^>]*)>/gi)) {
      const inputTag = input[1] ?? '';
      const name = attr(inputTag, 'name');
      if (name) inputs.push([name, attr(inputTag, 'value') ?? '']);
    }
    forms.push({
      id: attr(tag, 'id'),
      method: (attr(tag, 'method') ?? 'GET').toUpperCase(),
      action: new URL(attr(tag, 'action') ?? pageUrl, pageUrl).href,
      inputs,
      names: new Set(inputs.map(([n]) => n)),
    });
  }
  return forms;
}
