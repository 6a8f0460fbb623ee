/**
 * Flow Tester profiles: what is saved in the `authlens.flow.profiles` setting, the built-in demo
 * profile, the provider templates, the form the user edits, and the rule for when a stored client
 * secret may be sent. Platform-free: the editor layer stores them (settings, SecretStorage), the
 * rules are unit-tested here; client secrets are never part of any of these shapes.
 */
import { PROVIDER_TEMPLATES, findTemplate, type ProviderTemplate } from './templates';
import { isSecretName } from '../redact';
import { isParameterName, MAX_PARAMS } from './authorizationParams';
import { CLIENT_AUTH_METHODS } from './clientAuth';
import type { ClientAuthMethod } from './types';
import type { AuthorizationRequestOptions } from './authorizationRequest';

/** The grants the Flow Tester runs from a profile. */
export type GrantType = 'authorization_code' | 'device_code' | 'client_credentials';
export type RedirectHost = '127.0.0.1' | 'localhost';

/** The form as the user edits it. Numbers stay text until {@link parseForm} checks them. */
export interface ProfileForm {
  name: string;
  grant: GrantType;
  issuer: string;
  clientId: string;
  authMethod: ClientAuthMethod;
  scopes: string;
  prompt: string;
  redirectPort: string;
  redirectHost: RedirectHost;
  /** One `name=value` per line. */
  extraParams: string;
  /** 'on' when token and userinfo requests carry DPoP proofs (RFC 9449). Absent counts as off. */
  dpop?: string;
  /** 'on' to push the authorization request first (PAR, RFC 9126). */
  par?: string;
  /** mTLS (RFC 8705): the PEM client certificate's path (it may hold the key too). */
  certFile?: string;
  /** mTLS: the certificate's PEM private key path, unless the key is pasted (secret storage) or in the certificate file. */
  keyFile?: string;
}

/** The form's file fields, filled by the host's file picker. */
export type FileField = 'certFile' | 'keyFile';

/** An entry of the profile picker. */
export interface ProfileOption {
  id: string;
  label: string;
  kind: 'saved' | 'builtin' | 'template';
}

/** One entry of the `authlens.flow.profiles` setting. */
export interface SavedProfile {
  name: string;
  issuer: string;
  clientId: string;
  grant?: GrantType;
  authMethod?: ClientAuthMethod;
  scopes?: string;
  prompt?: string;
  redirectPort?: number;
  redirectHost?: RedirectHost;
  extraParams?: Record<string, string>;
  dpop?: boolean;
  par?: boolean;
  /** mTLS (RFC 8705): paths, not secrets; the key itself may be in secret storage instead. */
  certFile?: string;
  keyFile?: string;
}

/** The grants a session runs: the profile's, and (the CLI) the two that start from a token the user has. */
export type SessionGrant = GrantType | 'refresh_token' | 'token_exchange';

/** The form parsed and checked: what a flow runs with. */
export interface FlowConfig {
  grant: SessionGrant;
  issuer: string;
  clientId: string;
  authMethod: ClientAuthMethod;
  scope: string;
  prompt?: string;
  redirectPort: number;
  redirectHost: RedirectHost;
  extraParams: Record<string, string>;
  /** RFC 9449 proofs on token and userinfo requests. */
  dpop?: boolean;
  /** RFC 9126: push the authorization request first. */
  par?: boolean;
  /** More of the authorization request than a profile holds (resource indicators, RAR, presets): the CLI and the one-call API. */
  request?: Omit<AuthorizationRequestOptions, 'redirectUri' | 'scope' | 'prompt' | 'extraParams'>;
  /** RFC 8705: the PEM client certificate presented in the TLS handshake, and its key's file (or none: pasted, or in the certificate file). */
  certFile?: string;
  keyFile?: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export const BUILTIN_DEMO_ID = 'builtin:authlens-demo';
const SAVED_PREFIX = 'saved:';
const TEMPLATE_PREFIX = 'template:';
const GRANTS: readonly GrantType[] = ['authorization_code', 'device_code', 'client_credentials'];
/** Every grant a session runs: the profile's, then the two that start from a token. */
export const SESSION_GRANTS: readonly SessionGrant[] = [...GRANTS, 'refresh_token', 'token_exchange'];
const AUTH_METHODS = CLIENT_AUTH_METHODS;

/** The mutual TLS methods (RFC 8705 §2): the certificate authenticates, the secret field optionally holds its key. */
export function isMtlsMethod(method: ClientAuthMethod): boolean {
  return method === 'tls_client_auth' || method === 'self_signed_tls_client_auth';
}
const MAX_NAME = 100;
const MAX_FIELD = 2000;
/** Extra parameters a profile holds; the request itself may carry up to {@link MAX_PARAMS}. */
const MAX_EXTRA = Math.min(50, MAX_PARAMS);

export function savedProfileId(name: string): string {
  return `${SAVED_PREFIX}${name}`;
}

/** The key a profile's client secret has in SecretStorage. */
export function secretKey(profileName: string): string {
  return `authlens.flow.clientSecret/${profileName}`;
}

/** Reads the setting; anything malformed is skipped with a message instead of breaking the view. */
export function readSavedProfiles(raw: unknown): { profiles: SavedProfile[]; problems: string[] } {
  const profiles: SavedProfile[] = [];
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { profiles, problems };
  if (!Array.isArray(raw)) return { profiles, problems: ['authlens.flow.profiles must be an array of profiles.'] };
  raw.forEach((entry: unknown, index) => {
    const where = `authlens.flow.profiles[${index}]`;
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
      problems.push(`${where} is not an object.`);
      return;
    }
    const record = entry as Record<string, unknown>;
    const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string).slice(0, MAX_FIELD) : undefined);
    const name = text('name')?.trim();
    const issuer = text('issuer')?.trim();
    const clientId = text('clientId')?.trim();
    if (!name || !issuer || !clientId) {
      problems.push(`${where} needs "name", "issuer" and "clientId" as text.`);
      return;
    }
    if (profiles.some((p) => p.name === name)) {
      problems.push(`${where}: a profile named "${name.slice(0, MAX_NAME)}" already exists; the first one is used.`);
      return;
    }
    const profile: SavedProfile = { name: name.slice(0, MAX_NAME), issuer, clientId };
    const grant = text('grant');
    if (grant !== undefined && GRANTS.includes(grant as GrantType)) profile.grant = grant as GrantType;
    const authMethod = text('authMethod');
    if (authMethod !== undefined && AUTH_METHODS.includes(authMethod as ClientAuthMethod))
      profile.authMethod = authMethod as ClientAuthMethod;
    if (text('scopes') !== undefined) profile.scopes = text('scopes');
    if (text('prompt') !== undefined) profile.prompt = text('prompt');
    const port = record.redirectPort;
    if (typeof port === 'number' && Number.isInteger(port) && port >= 0 && port <= 65535) profile.redirectPort = port;
    if (record.redirectHost === 'localhost' || record.redirectHost === '127.0.0.1') profile.redirectHost = record.redirectHost;
    if (record.dpop === true) profile.dpop = true;
    if (record.par === true) profile.par = true;
    if (text('certFile')?.trim()) profile.certFile = text('certFile')!.trim();
    if (text('keyFile')?.trim()) profile.keyFile = text('keyFile')!.trim();
    const extra = record.extraParams;
    if (extra && typeof extra === 'object' && !Array.isArray(extra)) {
      const strings = Object.entries(extra as Record<string, unknown>).filter(
        (pair): pair is [string, string] => typeof pair[1] === 'string',
      );
      // A secret written into settings by hand (or by an older version) is not sent: it belongs in secret storage.
      const secrets = strings.filter(([key]) => isSecretName(key)).map(([key]) => key);
      if (secrets.length) {
        problems.push(
          `${where}.extraParams: ${secrets.map((key) => `"${key.slice(0, 40)}"`).join(', ')} ${secrets.length === 1 ? 'is a secret' : 'are secrets'} and ${secrets.length === 1 ? 'is' : 'are'} ignored; remove ${secrets.length === 1 ? 'it' : 'them'} from your settings (settings are plain text and may be synced). Use the Client secret field, which is kept in VS Code's secret storage.`,
        );
      }
      const pairs = strings.filter(([key]) => !isSecretName(key)).slice(0, MAX_EXTRA);
      if (pairs.length) profile.extraParams = Object.fromEntries(pairs);
    }
    profiles.push(profile);
  });
  return { profiles, problems };
}

/** Saved profiles first, then the demo provider, then templates (they only fill the form). */
export function profileOptions(saved: readonly SavedProfile[]): ProfileOption[] {
  return [
    ...saved.map((p): ProfileOption => ({ id: savedProfileId(p.name), label: p.name, kind: 'saved' })),
    { id: BUILTIN_DEMO_ID, label: 'AuthLens local demo IdP', kind: 'builtin' },
    ...PROVIDER_TEMPLATES.filter((t) => t.id !== 'authlens-demo').map((t): ProfileOption => ({
      id: `${TEMPLATE_PREFIX}${t.id}`,
      label: `${t.label} (template)`,
      kind: 'template',
    })),
  ];
}

export function emptyForm(): ProfileForm {
  return {
    name: '',
    grant: 'authorization_code',
    issuer: '',
    clientId: '',
    authMethod: 'none',
    scopes: 'openid profile email',
    prompt: '',
    redirectPort: '0',
    redirectHost: '127.0.0.1',
    extraParams: '',
  };
}

function formFromSaved(profile: SavedProfile): ProfileForm {
  return {
    name: profile.name,
    grant: profile.grant ?? 'authorization_code',
    issuer: profile.issuer,
    clientId: profile.clientId,
    authMethod: profile.authMethod ?? 'none',
    scopes: profile.scopes ?? 'openid profile email',
    prompt: profile.prompt ?? '',
    redirectPort: String(profile.redirectPort ?? 0),
    redirectHost: profile.redirectHost ?? '127.0.0.1',
    extraParams: formatExtraParams(profile.extraParams ?? {}),
    ...(profile.dpop ? { dpop: 'on' } : {}),
    ...(profile.par ? { par: 'on' } : {}),
    ...(profile.certFile ? { certFile: profile.certFile } : {}),
    ...(profile.keyFile ? { keyFile: profile.keyFile } : {}),
  };
}

function formFromTemplate(template: ProviderTemplate, name = template.label): ProfileForm {
  const extra: Record<string, string> = { ...template.extraParams };
  if (template.resource) extra.resource = template.resource;
  return {
    name,
    grant: 'authorization_code',
    issuer: template.issuer,
    clientId: template.clientId,
    authMethod: template.authMethod,
    scopes: template.scope,
    prompt: template.prompt ?? '',
    redirectPort: '0',
    redirectHost: template.redirectHost,
    extraParams: formatExtraParams(extra),
    ...(template.dpop ? { dpop: 'on' } : {}),
    ...(template.par ? { par: 'on' } : {}),
  };
}

export interface FormChoice {
  form: ProfileForm;
  /** The template's advice (what usually goes wrong with this provider). */
  notes: string[];
  docs?: string;
  /** The saved profile's name, whose secret may be in SecretStorage. */
  savedName?: string;
}

/** The form for a picker entry, or undefined for an unknown id. */
export function formForOption(id: string, saved: readonly SavedProfile[]): FormChoice | undefined {
  if (id.startsWith(SAVED_PREFIX)) {
    const profile = saved.find((p) => p.name === id.slice(SAVED_PREFIX.length));
    if (!profile) return undefined;
    const template = PROVIDER_TEMPLATES.find((t) => t.id !== 'authlens-demo' && sameHostPattern(t.issuer, profile.issuer));
    return { form: formFromSaved(profile), notes: template?.notes ?? [], docs: template?.docs, savedName: profile.name };
  }
  const template =
    id === BUILTIN_DEMO_ID
      ? findTemplate('authlens-demo')
      : id.startsWith(TEMPLATE_PREFIX)
        ? findTemplate(id.slice(TEMPLATE_PREFIX.length))
        : undefined;
  if (!template) return undefined;
  const form = formFromTemplate(template, id === BUILTIN_DEMO_ID ? 'AuthLens local demo IdP' : `My ${template.label}`);
  return { form, notes: template.notes, docs: template.docs };
}

/** Whether an issuer looks like one made from a template (same fixed host part). */
function sameHostPattern(templateIssuer: string, issuer: string): boolean {
  const fixed = templateIssuer.split('{')[0] ?? '';
  return fixed.length > 'https://'.length && issuer.startsWith(fixed);
}

/** `name=value` lines to a record; blank lines and `#` comments are ignored. */
export function parseExtraParams(text: string): Parsed<Record<string, string>> {
  // A Map, not an object: a parameter called __proto__ must stay a parameter.
  const params = new Map<string, string>();
  const lines = text.split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) return { ok: false, error: `Extra parameters, line ${i + 1}: write name=value.` };
    const name = line.slice(0, eq).trim();
    if (!isParameterName(name))
      return { ok: false, error: `Extra parameters, line ${i + 1}: "${name.slice(0, 40)}" is not a parameter name.` };
    if (!params.has(name) && params.size >= MAX_EXTRA) return { ok: false, error: `At most ${MAX_EXTRA} extra parameters.` };
    params.set(name, line.slice(eq + 1).trim());
  }
  return { ok: true, value: Object.fromEntries(params) };
}

export function formatExtraParams(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([name, value]) => `${name}=${value}`)
    .join('\n');
}

/** Checks the form; the message names the field to fix. */
export function parseForm(form: ProfileForm): Parsed<FlowConfig> {
  const issuer = form.issuer.trim();
  if (!issuer) return { ok: false, error: 'Enter the issuer URL.' };
  if (/\{[a-z-]+\}/.test(issuer)) return { ok: false, error: `Replace the {placeholders} in the issuer: ${issuer.slice(0, 200)}` };
  const clientId = form.clientId.trim();
  if (!clientId) return { ok: false, error: 'Enter the client ID.' };
  if (/\{[a-z-]+\}/.test(clientId)) return { ok: false, error: "Replace the {placeholder} in the client ID with your application's ID." };
  if (!GRANTS.includes(form.grant)) return { ok: false, error: 'Pick a grant type.' };
  if (!AUTH_METHODS.includes(form.authMethod)) return { ok: false, error: 'Pick how the client authenticates.' };
  const portText = form.redirectPort.trim() || '0';
  const port = Number(portText);
  if (!/^\d{1,5}$/.test(portText) || port > 65535)
    return { ok: false, error: 'The redirect port is a number from 0 (any free port) to 65535.' };
  const extra = parseExtraParams(form.extraParams);
  if (!extra.ok) return extra;
  const scope = form.scopes.trim().replace(/\s+/g, ' ');
  const config: FlowConfig = {
    grant: form.grant,
    issuer,
    clientId,
    authMethod: form.authMethod,
    scope,
    redirectPort: port,
    redirectHost: form.redirectHost === 'localhost' ? 'localhost' : '127.0.0.1',
    extraParams: extra.value,
  };
  if (form.prompt.trim()) config.prompt = form.prompt.trim();
  if (form.dpop === 'on') config.dpop = true;
  if (form.par === 'on') config.par = true;
  const certFile = form.certFile?.trim().slice(0, MAX_FIELD);
  const keyFile = form.keyFile?.trim().slice(0, MAX_FIELD);
  if (isMtlsMethod(form.authMethod)) {
    if (!certFile) return { ok: false, error: 'mTLS: pick the client certificate file (PEM).' };
    config.certFile = certFile;
    if (keyFile) config.keyFile = keyFile;
  }
  return { ok: true, value: config };
}

/**
 * The form as a settings entry; the name is required to save. Settings are plain text (and may be
 * synced), so no secret goes there: a `client_secret` typed into Extra parameters comes back as
 * `clientSecret` for secret storage, and other secret-named parameters (`password`, `client_assertion`,
 * …) are left out and named in `withheld`.
 */
export function formToSaved(form: ProfileForm): Parsed<SavedProfile> & { withheld?: string[]; clientSecret?: string } {
  const name = form.name.trim();
  if (!name) return { ok: false, error: 'Give the profile a name to save it.' };
  if (name.length > MAX_NAME) return { ok: false, error: `A profile name has at most ${MAX_NAME} characters.` };
  const parsed = parseForm(form);
  if (!parsed.ok) return parsed;
  const c = parsed.value;
  const profile: SavedProfile = {
    name,
    issuer: c.issuer,
    clientId: c.clientId,
    grant: form.grant,
    authMethod: c.authMethod,
    scopes: c.scope,
    redirectPort: c.redirectPort,
    redirectHost: c.redirectHost,
  };
  if (c.prompt) profile.prompt = c.prompt;
  const kept = Object.entries(c.extraParams).filter(([key]) => !isSecretName(key));
  const withheld = Object.keys(c.extraParams).filter((key) => isSecretName(key));
  if (kept.length) profile.extraParams = Object.fromEntries(kept);
  if (c.dpop) profile.dpop = true;
  if (c.par) profile.par = true;
  if (c.certFile) profile.certFile = c.certFile;
  if (c.keyFile) profile.keyFile = c.keyFile;
  const clientSecret = Object.entries(c.extraParams).find(([key]) => key === 'client_secret')?.[1];
  return { ok: true, value: profile, ...(withheld.length ? { withheld } : {}), ...(clientSecret ? { clientSecret } : {}) };
}

/**
 * A stored client secret belongs to one client at one issuer. It is sent only when the request is for
 * the saved profile's own issuer and client id: a form whose issuer was edited (or a profile saved under
 * the same name with another issuer) must not carry the old secret to a server it was never meant for.
 */
export function storedSecretApplies(profile: SavedProfile | undefined, request: { issuer: string; clientId: string }): boolean {
  return profile !== undefined && profile.issuer === request.issuer.trim() && profile.clientId === request.clientId.trim();
}

/** Replaces (same name) or appends a profile in the settings list. */
export function upsertProfile(list: readonly SavedProfile[], profile: SavedProfile): SavedProfile[] {
  const index = list.findIndex((p) => p.name === profile.name);
  return index === -1 ? [...list, profile] : list.map((p, i) => (i === index ? profile : p));
}
