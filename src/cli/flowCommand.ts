/**
 * `authlens flow`: the Flow Tester's engine in a terminal. Runs one grant against a live provider and
 * prints every step (checks, notes, redacted raw exchanges, explained errors). With `--json`, stdout is
 * NDJSON: one object per step (`{"step", "status", …}`), the last `{"result": {…}}`.
 *
 * Secrets (client secret, refresh or subject token) come from environment variables or files only, never
 * from arguments, and are never printed; tokens are printed only with `--show-tokens`.
 * Exit codes: 0 the flow succeeded, 1 the provider refused (or a check failed), 2 usage errors.
 */
import { startLoopbackListener } from '../node/loopback';
import { loadClientCertificate, readClientCertificateFiles, splitPem } from '../node/mtlsFetch';
import { terminalSafe } from '../core/render/escape';
import { readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import {
  importClientKey,
  preflightIssuer,
  formatDuration,
  FlowError,
  describeCertificate,
  type ClientAuthMethod,
  type DeviceAuthorization,
  type FlowStep,
  type TokenSet,
  type PreflightWarning,
} from '../core/flow';
import { FlowSession, type FlowPlatform, type SessionStartOptions } from '../core/flow/flowSession';
import { SESSION_GRANTS, type SessionGrant } from '../core/flow/profiles';
import { CLIENT_AUTH_METHODS } from '../core/flow/clientAuth';
import { parseJsonObject } from '../core/json';
import type { CommandResult } from './io';

export const FLOW_USAGE = `Usage: authlens flow --issuer URL --client-id ID --grant GRANT [options]
  --grant authorization_code|client_credentials|device_code|refresh_token|token_exchange
  --auth none|client_secret_basic|client_secret_post|client_secret_jwt|private_key_jwt|tls_client_auth|self_signed_tls_client_auth
  --client-secret-env VAR | --client-secret-file FILE   the client secret (never as an argument)
  --key FILE [--key-alg ALG]      private key for private_key_jwt (JWK or PKCS#8 PEM); with --cert, the certificate's key
  --cert FILE                     PEM client certificate for mutual TLS (RFC 8705), presented on the token endpoint
                                  (its key from --key, or in the same file; with private_key_jwt it must be in the same file)
  --token-env VAR | --token-file FILE   the refresh token (refresh_token) or subject token (token_exchange)
  --subject-token-type TYPE      token_exchange: access_token (default), refresh_token, id_token, jwt or a URN
  --audience AUD                 token_exchange: the target audience (repeatable)
  --scope S  --resource URI (repeatable)  --authorization-details JSON  --prompt P
  --dpop  --par  --no-open  --port N  --timeout SECONDS  --json  --show-tokens
Auth code opens the system browser (--no-open prints the URL) and listens on http://127.0.0.1:PORT/callback.
Exit codes: 0 ok, 1 the provider refused or a check failed, 2 usage errors.`;

const GRANTS = SESSION_GRANTS;
type Grant = SessionGrant;
const AUTH_METHODS = CLIENT_AUTH_METHODS;

export interface FlowIo {
  out(text: string): void;
  err(text: string): void;
  env: Record<string, string | undefined>;
  readFile(path: string): string;
  openBrowser(url: string): Promise<void>;
  signal?: AbortSignal;
  /** Lines the user types or pastes while the flow waits; returns a function that stops listening. */
  readLines?(onLine: (line: string) => void): () => void;
}

class UsageError extends Error {}

// Provider-controlled text goes to a terminal: no escape sequences, no bidi overrides, no stray controls.
// eslint-disable-next-line no-control-regex -- these are exactly the characters to remove
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const clean = (text: string) => text.replace(UNSAFE, '\uFFFD');

export async function flowCommand(argv: string[], io: FlowIo = nodeIo()): Promise<CommandResult> {
  const asJson = argv.includes('--json');
  const emit = (value: Record<string, unknown>) => {
    if (asJson) io.out(`${JSON.stringify(value)}\n`);
  };
  const say = (text: string) => {
    if (!asJson) io.out(`${clean(text)}\n`);
  };
  const finish = (exitCode: number, result: Record<string, unknown>) => {
    emit({ result });
    if (!asJson) {
      const error = result.error as { code: string; description: string } | undefined;
      if (exitCode === 2) {
        io.err(`authlens: ${clean(error?.description ?? 'usage error')}\n`);
        return { exitCode };
      }
      say(
        result.ok
          ? `\nOK · ${result.tokenType} token${result.scope ? ` · scope ${result.scope}` : ''}${typeof result.expiresIn === 'number' ? ` · expires in ${formatDuration(result.expiresIn * 1000)}` : ''}`
          : `\nFAILED · ${error?.code ?? 'error'}${error?.description ? `: ${error.description}` : ''}`,
      );
    }
    return { exitCode };
  };

  let options: ReturnType<typeof parseFlags>;
  try {
    options = parseFlags(argv);
    if (options.help) return { exitCode: 0, stdout: `${FLOW_USAGE}\n` };
  } catch (error) {
    return finish(2, { ok: false, error: { code: 'usage', description: `${(error as Error).message}\n${FLOW_USAGE}` } });
  }

  const warn = (warning: PreflightWarning) => {
    emit({ step: 'preflight', status: 'warning', id: warning.id, message: warning.message, fix: warning.fix });
    say(`! ${warning.message}\n  fix: ${warning.fix}`);
  };

  let more: SessionStartOptions;
  let clientSecret: string | undefined;
  let authMethod: ClientAuthMethod;
  try {
    ({ more, clientSecret, authMethod } = await readCredentials(options, io));
  } catch (error) {
    if (error instanceof UsageError || (error instanceof FlowError && error.code === 'BAD_INPUT')) {
      return finish(2, { ok: false, error: { code: 'usage', description: error.message } });
    }
    throw error;
  }
  preflightIssuer(options.issuer).forEach(warn);

  // The Flow Tester's session runs the flow; this face prints what it reports.
  const steps: FlowStep[] = [];
  let failed: FlowStep | undefined;
  let listenerUri: string | undefined;
  const problems: string[] = [];
  const waitingText = () => {
    say(
      `Waiting up to ${formatDuration(options.timeoutSeconds * 1000)} for the browser to come back to ${listenerUri ?? 'the loopback listener'}.`,
    );
    say(
      'The provider is showing its sign-in, consent or error page now. If it shows an error (e.g. invalid redirect_uri), the browser never comes back here:',
    );
    say('paste the URL the browser landed on, or the error text of the page, and press Enter to have it explained.');
  };
  const platform: FlowPlatform = {
    startListener: async (given) => {
      const listener = await startLoopbackListener({ ...given, ...(io.signal ? { signal: io.signal } : {}) });
      listenerUri = listener.redirectUri;
      return listener;
    },
    openExternal: async (url) => {
      say('\nOpening the sign-in page in your browser…');
      await io.openBrowser(url).catch(() => say(`Could not open a browser. Open this URL yourself:\n${url}`));
      waitingText();
      return true;
    },
    // --no-open: the URL is the user's to open.
    copyText: async (text) => {
      say(`\nOpen this URL in a browser to sign in:\n${text}`);
      waitingText();
    },
    askRevealSecrets: async () => undefined,
    decodeToken: async () => undefined,
    notify: (level, text) => {
      if (level === 'error') problems.push(text);
      io.err(`authlens: ${clean(text)}\n`);
    },
    log: () => undefined,
    callbackTimeoutMs: () => options.timeoutSeconds * 1000,
    onStep: (step) => {
      steps.push(step);
      if (step.status === 'failed') failed ??= step;
      const result = step.result as Record<string, unknown> | undefined;
      const device = step.kind === 'device-authorization' ? (result as DeviceAuthorization | undefined) : undefined;
      const extra: Record<string, unknown> =
        step.kind === 'authorization-request' && typeof result?.url === 'string'
          ? { url: result.url }
          : device
            ? {
                userCode: device.user_code,
                verificationUri: device.verification_uri,
                verificationUriComplete: device.verification_uri_complete,
              }
            : {};
      emit(stepJson(step, extra));
      say(stepText(step));
      // The pushed request's browser leg: only client_id and request_uri.
      if (step.kind === 'pushed-authorization-request' && step.status === 'passed' && typeof result?.url === 'string') {
        emit({ step: 'authorization-request', status: 'passed', title: 'Open the sign-in page', url: result.url });
      }
      if (device && step.status === 'passed') {
        say(`\nOn any device, open ${device.verification_uri} and enter the code ${device.user_code}`);
        if (!options.noOpen) void io.openBrowser(device.verification_uri_complete ?? device.verification_uri).catch(() => undefined);
      }
    },
    onClientCertificate: (certificate) => {
      // Who the certificate names and its thumbprint: public facts. The key is never printed.
      emit({
        step: 'client-certificate',
        status: 'info',
        subject: certificate.subject,
        issuer: certificate.issuer,
        selfSigned: certificate.selfSigned,
        thumbprint: certificate.thumbprint,
        notAfter: certificate.notAfter,
      });
      say(
        `Client certificate for mutual TLS: ${describeCertificate(certificate)}${certificate.notAfter ? `, valid until ${certificate.notAfter}` : ''}`,
      );
    },
    onWarnings: (warnings) => warnings.forEach(warn),
    onDevicePoll: (p) => {
      emit({ step: 'device-poll', status: 'running', attempt: p.attempt, answer: p.lastAnswer, nextPollInMs: p.nextPollInMs });
      say(
        `  … poll ${p.attempt}: ${p.lastAnswer}${p.lastAnswer === 'slow_down' ? ' (polling too often: 5 s slower now)' : ' (the user has not finished yet)'}; next poll in ${formatDuration(p.nextPollInMs)}`,
      );
    },
  };
  const session = new FlowSession(platform, () => undefined);
  const cancel = () => session.cancel();
  io.signal?.addEventListener('abort', cancel, { once: true });
  try {
    const scope = options.scope ?? (options.grant === 'authorization_code' || options.grant === 'device_code' ? 'openid' : '');
    await session.start(
      {
        grant: options.grant,
        issuer: options.issuer,
        clientId: options.clientId,
        authMethod,
        scope,
        ...(options.prompt ? { prompt: options.prompt } : {}),
        redirectPort: options.port,
        redirectHost: '127.0.0.1',
        extraParams: {},
        ...(options.dpop ? { dpop: true } : {}),
        ...(options.par ? { par: true } : {}),
        request: {
          ...(options.resource ? { resource: options.resource } : {}),
          ...(options.authorizationDetails ? { authorizationDetails: options.authorizationDetails } : {}),
        },
      },
      clientSecret,
      more,
    );
    const draft = session.snapshot().draft;
    if (options.grant === 'authorization_code' && draft) {
      // Lines typed while the flow waits are explained; a pasted callback URL for this request completes it.
      const stopReading = io.readLines?.((line) => {
        if (!line.trim()) return;
        void session.explainLanding(line).then((landing) => {
          emit({
            step: 'landing',
            status: 'info',
            kind: landing.kind,
            summary: landing.summary,
            explanations: landing.explanations.map((e) => ({ code: e.code, summary: e.summary, fixes: e.fixes })),
          });
          say(`? ${landing.summary}`);
          for (const entry of landing.explanations.slice(0, 2))
            say(`  ${entry.code}: ${entry.summary}${entry.fixes[0] ? `\n  fix: ${entry.fixes[0]}` : ''}`);
        });
      });
      try {
        // Pre-flight warnings are printed and the flow goes on: the terminal has no "open anyway" button.
        await session.openBrowser(draft.revision, draft.params, options.noOpen ? 'copy' : 'open', true);
      } finally {
        stopReading?.();
      }
    }
    const { tokens } = session.results();
    const result = resultOf(options, tokens, failed);
    if (!failed && !tokens && problems[0]) result.error = { code: 'error', description: problems[0] };
    if (options.showTokens && tokens) {
      result.tokens = {
        access_token: tokens.access_token,
        ...(tokens.refresh_token ? { refresh_token: tokens.refresh_token } : {}),
        ...(tokens.id_token ? { id_token: tokens.id_token } : {}),
      };
      if (!asJson)
        say(
          `\naccess_token: ${tokens.access_token}${tokens.refresh_token ? `\nrefresh_token: ${tokens.refresh_token}` : ''}${tokens.id_token ? `\nid_token: ${tokens.id_token}` : ''}`,
        );
    }
    return finish(failed ? exitCodeFor(failed) : tokens ? 0 : 1, result);
  } finally {
    io.signal?.removeEventListener('abort', cancel);
    session.dispose();
  }
}

function exitCodeFor(step: FlowStep): number {
  return step.error?.code === 'BAD_INPUT' || step.error?.code === 'INSECURE_URL' ? 2 : 1;
}

function resultOf(options: Flags, tokens: TokenSet | undefined, failed: FlowStep | undefined): Record<string, unknown> {
  const type = tokens?.token_type.toLowerCase() === 'dpop' || (!tokens && options.dpop) ? 'DPoP' : 'Bearer';
  const result: Record<string, unknown> = { ok: !failed && tokens !== undefined, tokenType: type };
  if (tokens?.scope !== undefined) result.scope = tokens.scope;
  if (tokens?.expires_in !== undefined) result.expiresIn = tokens.expires_in;
  if (failed?.error) {
    result.error = {
      code: failed.error.oauth?.error ?? failed.error.code,
      description: failed.error.oauth?.error_description ?? failed.error.message,
    };
  } else if (!tokens) {
    result.error = { code: 'no_tokens', description: 'The flow ended without tokens.' };
  }
  return result;
}

function stepJson(step: FlowStep, extra: Record<string, unknown>): Record<string, unknown> {
  const json: Record<string, unknown> = {
    step: step.kind,
    status: step.status,
    title: step.title,
    durationMs: Math.round(step.durationMs),
    duration: formatDuration(step.durationMs),
    checks: step.checks,
    notes: step.notes,
    exchanges: step.exchanges,
    ...extra,
  };
  if (step.error) {
    json.error = {
      code: step.error.code,
      message: step.error.message,
      ...(step.error.oauth
        ? {
            oauth: {
              error: step.error.oauth.error,
              error_description: step.error.oauth.error_description,
              status: step.error.oauth.status,
            },
          }
        : {}),
      ...(step.error.hint ? { hint: step.error.hint } : {}),
      explanations: step.error.explanations.map((e) => ({ code: e.code, summary: e.summary, fixes: e.fixes })),
    };
  }
  return json;
}

function stepText(step: FlowStep): string {
  const mark = step.status === 'passed' ? '✓' : step.status === 'failed' ? '✗' : '–';
  const lines = [`${mark} ${step.title} · ${formatDuration(step.durationMs)}`];
  for (const exchange of step.exchanges) {
    // The OAuth error inside a 400 (use_dpop_nonce, authorization_pending…) is what the status line alone does not say.
    const error = exchange.response ? parseJsonObject(exchange.response.body)?.error : undefined;
    const answer = exchange.response
      ? `  ← ${exchange.response.status} ${exchange.response.statusText}${typeof error === 'string' ? ` · ${error.slice(0, 80)}` : ''} (${formatDuration(exchange.durationMs)})`
      : exchange.failure
        ? `  ← ${exchange.failure}`
        : '';
    lines.push(`    → ${exchange.request.method} ${exchange.request.url}${answer}`);
    if (exchange.clientCertificate)
      lines.push(`      TLS client certificate: ${exchange.clientCertificate.subject} · x5t#S256 ${exchange.clientCertificate.thumbprint}`);
  }
  for (const c of step.checks)
    lines.push(`    ${c.outcome === 'passed' ? '✓' : c.outcome === 'failed' ? '✗' : '–'} ${c.label}${c.detail ? `: ${c.detail}` : ''}`);
  for (const note of step.notes) lines.push(`    · ${note}`);
  if (step.error) {
    lines.push(`    error: ${step.error.message}`);
    if (step.error.hint) lines.push(`    hint: ${step.error.hint}`);
    const entry = step.error.explanations[0];
    if (entry) {
      lines.push(`    ${entry.code}: ${entry.summary}`);
      for (const fix of entry.fixes.slice(0, 3)) lines.push(`      fix: ${fix}`);
    }
  }
  return lines.join('\n');
}

type Flags = ReturnType<typeof parseFlags>;

function parseFlags(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: {
      issuer: { type: 'string' },
      'client-id': { type: 'string' },
      grant: { type: 'string' },
      auth: { type: 'string' },
      'client-secret-env': { type: 'string' },
      'client-secret-file': { type: 'string' },
      key: { type: 'string' },
      'key-alg': { type: 'string' },
      cert: { type: 'string' },
      'token-env': { type: 'string' },
      'token-file': { type: 'string' },
      'subject-token-type': { type: 'string' },
      audience: { type: 'string', multiple: true },
      scope: { type: 'string' },
      resource: { type: 'string', multiple: true },
      'authorization-details': { type: 'string' },
      prompt: { type: 'string' },
      dpop: { type: 'boolean' },
      par: { type: 'boolean' },
      'no-open': { type: 'boolean' },
      port: { type: 'string' },
      timeout: { type: 'string' },
      json: { type: 'boolean' },
      'show-tokens': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      // Refused on purpose, with a message: secrets never go on the command line (shell history, ps).
      'client-secret': { type: 'string' },
      token: { type: 'string' },
    },
  });
  if (values.help) return { help: true } as ReturnType<typeof validate>;
  const [extra] = positionals;
  if (extra !== undefined) throw new UsageError(`unexpected argument ${JSON.stringify(extra.slice(0, 40))}`);
  return validate(values);
}

function validate(values: Record<string, string | string[] | boolean | undefined>) {
  const text = (name: string) => values[name] as string | undefined;
  if (values['client-secret'] !== undefined)
    throw new UsageError(
      '--client-secret is not accepted: secrets on the command line end up in shell history. Use --client-secret-env VAR or --client-secret-file FILE.',
    );
  if (values.token !== undefined) throw new UsageError('--token is not accepted: use --token-env VAR or --token-file FILE.');
  const issuer = text('issuer');
  const clientId = text('client-id');
  const grant = text('grant');
  if (!issuer) throw new UsageError('--issuer URL is required.');
  if (!clientId) throw new UsageError('--client-id ID is required.');
  if (!grant || !GRANTS.includes(grant as Grant)) throw new UsageError(`--grant must be one of ${GRANTS.join(', ')}.`);
  const auth = text('auth');
  if (auth !== undefined && !AUTH_METHODS.includes(auth as ClientAuthMethod))
    throw new UsageError(`--auth must be one of ${AUTH_METHODS.join(', ')}.`);
  const number = (name: string, fallback: number, max: number) => {
    const raw = text(name);
    if (raw === undefined) return fallback;
    if (!/^\d{1,6}$/.test(raw) || Number(raw) > max) throw new UsageError(`--${name} must be a whole number up to ${max}.`);
    return Number(raw);
  };
  let authorizationDetails: Record<string, unknown>[] | undefined;
  const details = text('authorization-details');
  if (details !== undefined) {
    try {
      const parsed = JSON.parse(details) as unknown;
      authorizationDetails = (Array.isArray(parsed) ? parsed : [parsed]) as Record<string, unknown>[];
    } catch {
      throw new UsageError('--authorization-details must be JSON: an object or an array of objects with a "type".');
    }
  }
  if (values['client-secret-env'] && values['client-secret-file'])
    throw new UsageError('Give the client secret once: --client-secret-env or --client-secret-file.');
  if (values['token-env'] && values['token-file']) throw new UsageError('Give the token once: --token-env or --token-file.');
  const hasSecret = Boolean(values['client-secret-env'] || values['client-secret-file']);
  const cert = text('cert');
  // With a certificate and nothing else, the certificate is the client's authentication (self-signed or not: see buildClient).
  const method =
    (auth as ClientAuthMethod | undefined) ??
    (cert && !hasSecret ? 'tls_client_auth' : values.key ? 'private_key_jwt' : hasSecret ? 'client_secret_basic' : 'none');
  const mtls = method === 'tls_client_auth' || method === 'self_signed_tls_client_auth';
  if (mtls && !cert)
    throw new UsageError(`--auth ${method} needs --cert FILE (a PEM client certificate) and its key (--key FILE, or in the same file).`);
  if (values.key && method !== 'private_key_jwt' && !cert)
    throw new UsageError(`--key is for --auth private_key_jwt (or the key of a --cert certificate), not ${method}.`);
  if (method === 'private_key_jwt' && !values.key) throw new UsageError('--auth private_key_jwt needs --key FILE.');
  if (method.startsWith('client_secret') && !hasSecret)
    throw new UsageError(`--auth ${method} needs --client-secret-env VAR or --client-secret-file FILE.`);
  return {
    help: false,
    issuer,
    clientId,
    grant: grant as Grant,
    auth: method,
    clientSecretEnv: text('client-secret-env'),
    clientSecretFile: text('client-secret-file'),
    key: text('key'),
    keyAlg: text('key-alg'),
    cert,
    authInferred: auth === undefined,
    tokenEnv: text('token-env'),
    tokenFile: text('token-file'),
    subjectTokenType: text('subject-token-type'),
    audience: values.audience as string[] | undefined,
    scope: text('scope'),
    resource: values.resource as string[] | undefined,
    authorizationDetails,
    prompt: text('prompt'),
    dpop: values.dpop === true,
    par: values.par === true,
    noOpen: values['no-open'] === true,
    port: number('port', 0, 65535),
    timeoutSeconds: number('timeout', 300, 3600),
    showTokens: values['show-tokens'] === true,
  };
}

function readSecret(io: FlowIo, env: string | undefined, file: string | undefined, what: string): string | undefined {
  if (env !== undefined) {
    const value = io.env[env];
    if (!value) throw new UsageError(`The environment variable ${env} (${what}) is not set or empty.`);
    return value.trim();
  }
  if (file !== undefined) {
    let value: string;
    try {
      value = io.readFile(file);
    } catch (error) {
      throw new UsageError(`Cannot read ${what} from ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    if (!value.trim()) throw new UsageError(`${file} (${what}) is empty.`);
    return value.trim();
  }
  return undefined;
}

/** The client secret, the private key, the client certificate and the token a grant starts from: from files and the environment only. */
async function readCredentials(
  options: Flags,
  io: FlowIo,
): Promise<{ more: SessionStartOptions; clientSecret?: string; authMethod: ClientAuthMethod }> {
  const more: SessionStartOptions = {};
  let authMethod = options.auth;
  const clientSecret = readSecret(io, options.clientSecretEnv, options.clientSecretFile, 'the client secret');
  let jwtKeyFile = options.auth === 'private_key_jwt' ? options.key : undefined;
  if (options.cert) {
    const certFile = options.cert;
    const read = (path: string) => {
      try {
        return io.readFile(path);
      } catch (error) {
        throw new UsageError(
          `Cannot read ${path === certFile ? 'the certificate file' : 'the key file'} ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
        );
      }
    };
    const keyInCert = splitPem(read(certFile)).key !== undefined;
    if (options.auth === 'private_key_jwt' && !keyInCert) {
      throw new UsageError(
        "With --auth private_key_jwt, --key is the JWT signing key: put the certificate's own key in the --cert file (one PEM holding both).",
      );
    }
    if (keyInCert && options.key && options.auth !== 'private_key_jwt') {
      throw new UsageError(`${certFile} holds the certificate's key already; leave out --key (or give the certificate alone in --cert).`);
    }
    // --key is the certificate's key unless the certificate file holds its own (then --key signs private_key_jwt assertions).
    const pem = readClientCertificateFiles(certFile, keyInCert || !options.key ? undefined : { path: options.key }, read);
    more.certificate = await loadClientCertificate(pem);
    if (options.authInferred && more.certificate.selfSigned) authMethod = 'self_signed_tls_client_auth';
  } else {
    jwtKeyFile = options.key;
  }
  if (jwtKeyFile) {
    let text: string;
    try {
      text = io.readFile(jwtKeyFile);
    } catch (error) {
      throw new UsageError(`Cannot read the key file ${jwtKeyFile}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    more.privateKey = await importClientKey(text, options.keyAlg ? { alg: options.keyAlg } : {});
  }
  if (options.grant === 'refresh_token' || options.grant === 'token_exchange') {
    const token = readSecret(
      io,
      options.tokenEnv,
      options.tokenFile,
      options.grant === 'refresh_token' ? 'the refresh token' : 'the subject token',
    );
    if (!token) throw new UsageError(`--grant ${options.grant} needs --token-env VAR or --token-file FILE.`);
    more.inputToken = token;
    if (options.subjectTokenType) more.subjectTokenType = options.subjectTokenType;
    if (options.audience?.length) more.audience = options.audience;
  }
  return { more, authMethod, ...(clientSecret ? { clientSecret } : {}) };
}

function nodeIo(): FlowIo {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  return {
    // Nothing from a provider reaches the terminal raw: ESC/OSC, bidi and zero-width characters become escapes.
    out: (text) => process.stdout.write(terminalSafe(text)),
    err: (text) => process.stderr.write(terminalSafe(text)),
    env: process.env,
    readFile: (path) => readFileSync(path, 'utf8'),
    openBrowser: (url) => openSystemBrowser(url),
    signal: controller.signal,
    readLines: (onLine) => {
      const reader = createInterface({ input: process.stdin, terminal: false });
      reader.on('line', onLine);
      return () => {
        reader.close();
        process.stdin.pause();
        process.stdin.unref?.();
      };
    },
  };
}

/** Opens an http(s) URL with the platform's opener, no shell involved. */
function openSystemBrowser(url: string): Promise<void> {
  if (!/^https?:\/\//i.test(url)) return Promise.reject(new Error('only http(s) URLs are opened'));
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['rundll32', ['url.dll,FileProtocolHandler', url]]
        : ['xdg-open', [url]];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args as string[], { stdio: 'ignore', detached: true });
    child.once('error', reject);
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}
