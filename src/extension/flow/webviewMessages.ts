/**
 * Checks what the webview posts before the host acts on it: a webview is a browser page, so its
 * messages are shaped input, not trusted objects. Anything unexpected is dropped.
 */
import type { FromWebview, ProfileForm, TokenAction } from '../../webview/flowTester/protocol';

const MAX_TEXT = 8 * 1024;
const TOKEN_ACTIONS: readonly TokenAction[] = ['refresh', 'userinfo', 'introspect-access', 'introspect-refresh', 'revoke-access', 'revoke-refresh', 'exchange-access'];
const FORM_FIELDS: readonly (keyof ProfileForm)[] = ['name', 'grant', 'issuer', 'clientId', 'authMethod', 'scopes', 'prompt', 'redirectPort', 'redirectHost', 'extraParams'];

type Rec = Record<string, unknown>;
const isRecord = (value: unknown): value is Rec => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_TEXT;

function form(value: unknown): ProfileForm | undefined {
  if (!isRecord(value)) return undefined;
  for (const key of FORM_FIELDS) if (!isText(value[key])) return undefined;
  const parsed = Object.fromEntries(FORM_FIELDS.map((key) => [key, value[key]])) as unknown as ProfileForm;
  for (const key of ['dpop', 'par'] as const) if (value[key] === 'on') parsed[key] = 'on';
  for (const key of ['certFile', 'keyFile'] as const) {
    if (value[key] === undefined) continue;
    if (!isText(value[key])) return undefined;
    parsed[key] = value[key] as string;
  }
  return parsed;
}

function params(value: unknown): { name: string; value: string }[] | undefined {
  if (!Array.isArray(value) || value.length > 100) return undefined;
  const list: { name: string; value: string }[] = [];
  for (const item of value) {
    if (!isRecord(item) || !isText(item.name) || !isText(item.value)) return undefined;
    list.push({ name: item.name, value: item.value });
  }
  return list;
}

function withSecret(type: 'saveProfile' | 'discover' | 'start', message: Rec): FromWebview | undefined {
  const f = form(message.form);
  if (!f) return undefined;
  if (message.clientSecret !== undefined && !isText(message.clientSecret)) return undefined;
  return message.clientSecret ? { type, form: f, clientSecret: message.clientSecret as string } : { type, form: f };
}

export function parseWebviewMessage(message: unknown): FromWebview | undefined {
  if (!isRecord(message) || typeof message.type !== 'string') return undefined;
  switch (message.type) {
    case 'ready': case 'cancel': case 'reset': case 'openVerificationUri': case 'copyUserCode':
      return { type: message.type };
    case 'selectProfile':
      return isText(message.id) ? { type: 'selectProfile', id: message.id } : undefined;
    case 'deleteProfile':
      return isText(message.name) ? { type: 'deleteProfile', name: message.name } : undefined;
    case 'saveProfile': case 'discover': case 'start':
      return withSecret(message.type, message);
    case 'openBrowser': case 'copyAuthorizeUrl': {
      const list = params(message.params);
      if (!list || !Number.isInteger(message.revision)) return undefined;
      return { type: message.type, revision: message.revision as number, params: list, ...(message.force === true ? { force: true } : {}) };
    }
    case 'explainLanding':
      return isText(message.text) ? { type: 'explainLanding', text: message.text } : undefined;
    case 'copyToken':
      return isText(message.tokenId) ? { type: 'copyToken', tokenId: message.tokenId } : undefined;
    case 'copyHttp': case 'exportReport':
      return { type: message.type };
    case 'runAction':
      return TOKEN_ACTIONS.includes(message.action as TokenAction) ? { type: 'runAction', action: message.action as TokenAction } : undefined;
    case 'decodeToken':
      return isText(message.tokenId) ? { type: 'decodeToken', tokenId: message.tokenId } : undefined;
    case 'pickFile':
      return message.field === 'certFile' || message.field === 'keyFile' ? { type: 'pickFile', field: message.field } : undefined;
    case 'copyCurl':
      return isText(message.stepId) && Number.isInteger(message.exchange) ? { type: 'copyCurl', stepId: message.stepId, exchange: message.exchange as number } : undefined;
    default:
      return undefined;
  }
}
