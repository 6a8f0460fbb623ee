/**
 * The Flow Tester's session: runs the engine's steps one by one and keeps everything secret
 * (client secret, state, nonce, code, tokens) in this object. What it shows of itself is
 * {@link FlowSessionState}: redacted steps, token summaries, and ids to ask for actions. In the request
 * editor, `state` and `nonce` are shown masked (a masked value sent back means "unchanged"); the
 * one value shown whole is the PKCE code verifier of the request being edited, by design, so the
 * user can check the challenge; it is never in any state sent after the browser opens.
 *
 * Platform-free: the editor's side effects (browser, clipboard, dialogs) and the loopback listener
 * come in through {@link FlowPlatform}. The Flow Tester maps the state to its webview; the CLI's
 * `authlens flow` drives the same session, so the path the tests run is the path both faces run.
 */
import {
  finalizeAuthorizationRequest,
  prepareAuthorizationRequest,
  type AuthorizationRequestDraft,
  type PendingAuthorization,
} from './authorizationRequest';
import { applyParamEdits, isProtectedParam, type ParamEdit } from './authorizationParams';
import { handleCallback } from './callback';
import { importClientKey } from './clientAuth';
import { exchangeCode } from './codeExchange';
import { toCurl } from './curl';
import { defaultDeps } from './deps';
import { pollDeviceToken, startDeviceAuthorization, type DeviceAuthorization, type DevicePollProgress } from './deviceFlow';
import { discover } from './discovery';
import { createDpopSession } from './dpop';
import { FlowError } from './flowError';
import { validateIdToken, type IdTokenResult } from './idToken';
import { explainLanding, type LandingExplanation } from './landing';
import type { LoopbackListener, StartLoopbackListener } from './listener';
import { pushAuthorizationRequest } from './par';
import { preflight, type PreflightWarning } from './preflight';
import { flowReportMarkdown, toHttpRequest } from './report';
import { withSessionHint } from './sessionHints';
import {
  entryState,
  type EntryState,
  type FlowSessionState,
  type SessionAction,
  type SessionActionState,
  type SessionDraft,
  type SessionStep,
  type SessionToken,
} from './sessionState';
import { clientCredentials, fetchUserInfo, introspectToken, refreshTokens, revokeToken } from './tokenOperations';
import { exchangeToken, TOKEN_EXCHANGE_GRANT_TYPE } from './tokenExchange';
import { describeCertificate, type ClientCertificate, type ClientCertificatePem, type LoadClientCertificate } from './mtls';
import { decodeJwt } from 'jose';

/** What the access token's cnf says about the client certificate this session presented (RFC 8705 §3). */
function certificateVerification(token: string, kind: SessionToken['kind'], thumbprint: string): string {
  if (kind !== 'jwt')
    return `Issued over mutual TLS with the client certificate (x5t#S256 ${thumbprint}); introspect it to see whether it is bound`;
  let bound: unknown;
  try {
    bound = (decodeJwt(token).cnf as Record<string, unknown> | undefined)?.['x5t#S256'];
  } catch {
    bound = undefined;
  }
  return bound === thumbprint
    ? `Certificate-bound to this session's client certificate (x5t#S256 ${thumbprint})`
    : bound === undefined
      ? 'Not bound to the client certificate (no cnf.x5t#S256)'
      : 'Bound to another certificate than the one presented (cnf.x5t#S256 differs)';
}
import { summarizeToken } from './tokenSummary';
import type { FlowClient, FlowContext, FlowDeps, FlowStep, TokenSet } from './types';
import { isMtlsMethod, type FlowConfig } from './profiles';
import { mask, redact } from '../redact';

/** Lets a timer not keep a Node process alive (a no-op where timers are numbers). */
function unrefTimer(timer: ReturnType<typeof setTimeout> | undefined): void {
  (timer as { unref?: () => void } | undefined)?.unref?.();
}

export interface FlowPlatform {
  /** Starts the loopback redirect listener (Node: `startLoopbackListener` from src/node/loopback.ts). */
  startListener: StartLoopbackListener;
  /** Opens the URL in the user's browser; false when it could not. */
  openExternal(url: string): Promise<boolean>;
  copyText(text: string): Promise<void>;
  /** Asks (modally) whether "copy as curl" may include the real secrets. */
  askRevealSecrets(): Promise<'reveal' | 'redacted' | undefined>;
  /**
   * Shows a token in AuthLens's decoder (the `authlens.decodeToken` command); with `verifyWith`, the
   * decoded view also gets the signature verdict against that issuer's keys, as the flow checked it.
   */
  decodeToken(token: string, hints?: { verifyWith?: string }): Promise<void>;
  /** A short message for the user outside the step list. */
  notify(level: 'info' | 'error', text: string): void;
  log(message: string): void;
  /** How long the loopback listener waits for the browser once it is opened. */
  callbackTimeoutMs(): number;
  /**
   * The address the user's browser uses for a local one (VS Code's `asExternalUri`): in a remote window
   * (SSH, WSL, containers, Codespaces, code-server) the listener runs on the remote host and the browser
   * reaches it through a forwarded port or a proxy path. Absent or failing: the local address.
   */
  externalUri?(localUri: string): Promise<string>;
  /** Replaces parts of the engine's side effects (tests). */
  deps?: Partial<FlowDeps>;
  /**
   * mTLS (RFC 8705): reads a profile's certificate file and its key (a key file, the pasted key, or the
   * certificate file itself). Node: `readClientCertificateFiles` from src/node/mtlsFetch.ts. Without it,
   * a profile's certificate cannot be used (a face can still hand a loaded one in {@link SessionStartOptions}).
   */
  readClientCertificate?(certFile: string, key?: { path: string } | { text: string }): ClientCertificatePem;
  /** Makes the mTLS client certificate from PEM. Node: `loadClientCertificate` from src/node/mtlsFetch.ts (tests: one that trusts a test CA). */
  loadClientCertificate?: LoadClientCertificate;
  /** Called with the client certificate the session presents, once discovery is done (the CLI prints it). */
  onClientCertificate?(certificate: ClientCertificate): void;
  /** Starts device polling at this interval instead of the provider's (tests, demos). */
  devicePollIntervalMs?: number;
  /** Asks (modally) before a token goes to the clipboard. Without it, tokens are not copied. */
  confirmCopyToken?(label: string): Promise<boolean>;
  /** Opens text in an editor (the Markdown report); falls back to the clipboard. */
  openDocument?(content: string, language: string): Promise<void>;
  /** Called with each engine step as it finishes (the CLI prints them), and with the session's own failed waits. */
  onStep?(step: FlowStep): void;
  /** Called with the pre-flight warnings: for the grant after discovery, for the request before the browser opens. */
  onWarnings?(warnings: PreflightWarning[]): void;
  /** Called at each device-flow poll. */
  onDevicePoll?(progress: DevicePollProgress): void;
}

/** What a face may hand the session besides the profile (the CLI: a key read from a file, the token a grant starts from). */
export interface SessionStartOptions {
  /** An imported private key for private_key_jwt (instead of a pasted JWK as the secret). */
  privateKey?: FlowClient['privateKey'];
  /** mTLS (RFC 8705): a loaded client certificate (instead of the profile's certFile). */
  certificate?: ClientCertificate;
  /** refresh_token: the refresh token; token_exchange: the subject token. */
  inputToken?: string;
  subjectTokenType?: string;
  audience?: string[];
}

/** What the session holds for the face that owns it: real values, never for a view. */
export interface SessionResults {
  tokens?: TokenSet;
  idToken?: IdTokenResult;
  pending?: PendingAuthorization;
}

interface Entry extends Omit<SessionStep, 'step'> {
  /** The engine's step, kept for "copy as curl" (its exchanges hold the unredacted originals). */
  step?: FlowStep;
}

/** Shown masked in the request editor; the host keeps the values. */
const MASKED_PARAMS = new Set(['state', 'nonce']);
/** Rejected callbacks: one note per flow, the view updated at most this often while they keep coming. */
const REJECTION_EMIT_MS = 1000;
const REJECTION_LOG_LINES = 5;
const LISTENER_IDLE_MS = 24 * 60 * 60_000;

export class FlowSession {
  private entries: Entry[] = [];
  private phase: FlowSessionState['phase'] = 'idle';
  private busy = false;
  private status = 'No flow has been run yet.';
  private generation = 0;
  private counter = 0;
  private abort?: AbortController;
  private ctx?: FlowContext;
  private config?: FlowConfig;
  private draft?: AuthorizationRequestDraft;
  private revision = 0;
  private redirectUri?: string;
  /** The listener's own address when the browser must use another one (a remote window). */
  private localRedirectUri?: string;
  private listener?: LoopbackListener;
  private callbackTimer?: ReturnType<typeof setTimeout>;
  private authorizeUrl?: string;
  private device?: DeviceAuthorization;
  private tokens?: TokenSet;
  private subject?: string;
  private idToken?: IdTokenResult;
  private idTokenVerified?: boolean;
  private pending?: PendingAuthorization;
  private warnings?: PreflightWarning[];
  private landing?: FlowSessionState['landing'];
  /** What this session did to its tokens, for explanations that know it (revoked 3 s ago, already used). */
  private history = new Map<string, { revokedAt?: number; spentAt?: number }>();
  private rejections = { 'missing-state': 0, 'wrong-state': 0, 'bad-request': 0 };
  private rejectionEmittedAt = 0;
  private rejectionTimer?: ReturnType<typeof setTimeout>;
  /** Completes the wait for the callback with a pasted callback URL, while there is one. */
  private usePasted?: (callback: { url: string }) => void;

  constructor(
    private readonly platform: FlowPlatform,
    private readonly onChange: (state: FlowSessionState) => void,
  ) {}

  /** Discovery alone, to look at the provider's metadata before starting. */
  async discover(config: FlowConfig, clientSecret?: string, more: SessionStartOptions = {}): Promise<void> {
    const gen = this.restart(config, 'Discovering the provider…');
    await this.runDiscovery(gen, clientSecret, more);
    if (gen !== this.generation) return;
    this.finishBusy(this.ctx ? 'done' : 'failed', this.ctx ? 'Discovery done. Press Start to run the flow.' : 'Discovery failed.');
  }

  /** Discovery, then the first steps of the chosen grant. */
  async start(config: FlowConfig, clientSecret?: string, more: SessionStartOptions = {}): Promise<void> {
    // A client secret typed among the extra parameters is the client's secret: it goes to the token
    // endpoint, never into the authorization URL (the engine refuses that).
    const typedSecret = Object.entries(config.extraParams).find(([name]) => name.toLowerCase() === 'client_secret');
    if (typedSecret) {
      config = {
        ...config,
        extraParams: Object.fromEntries(Object.entries(config.extraParams).filter(([name]) => name !== typedSecret[0])),
      };
      clientSecret ??= typedSecret[1];
    }
    const gen = this.restart(config, 'Discovering the provider…');
    await this.runDiscovery(gen, clientSecret, more);
    if (gen !== this.generation) return;
    if (!this.ctx) return this.finishBusy('failed', 'Discovery failed; see the step for why.');
    return this.runGrant(gen, more);
  }

  /**
   * The grant with a context already set up (discovered, client and keys in place): no discovery step.
   * The engine's one-call {@link runAuthorizationCodeFlow} runs through here.
   */
  async startWith(ctx: FlowContext, config: FlowConfig, more: SessionStartOptions = {}): Promise<void> {
    const gen = this.restart(config, 'Preparing the request…');
    this.ctx = ctx;
    return this.runGrant(gen, more);
  }

  /** The real values this session holds, for the face that owns it (the CLI's --show-tokens, the one-call API). */
  results(): SessionResults {
    return {
      ...(this.tokens ? { tokens: this.tokens } : {}),
      ...(this.idToken ? { idToken: this.idToken } : {}),
      ...(this.pending ? { pending: this.pending } : {}),
    };
  }

  private runGrant(gen: number, more: SessionStartOptions): Promise<void> {
    switch (this.config!.grant) {
      case 'authorization_code':
        return this.prepareDraft(gen);
      case 'device_code':
        return this.runDeviceFlow(gen);
      case 'client_credentials':
        return this.runClientCredentials(gen);
      case 'refresh_token':
      case 'token_exchange':
        return this.runTokenGrant(gen, more);
    }
  }

  /** Opens the browser (or copies the URL) with the request as the user edited it, then follows the callback through. */
  async openBrowser(revision: number, params: readonly ParamEdit[], mode: 'open' | 'copy', force = false): Promise<void> {
    const gen = this.generation;
    const ctx = this.ctx;
    const listener = this.listener;
    if (this.phase !== 'draft' || !this.draft || !ctx || !listener)
      return this.platform.notify('error', 'There is no authorization request to open: press Start first.');
    if (revision !== this.revision) return this.platform.notify('error', 'The request changed meanwhile; check it and try again.');
    let finalized: ReturnType<typeof finalizeAuthorizationRequest>;
    let edited: AuthorizationRequestDraft;
    try {
      edited = { ...this.draft, params: applyParamEdits(this.draft, params, MASKED_PARAMS) };
      finalized = finalizeAuthorizationRequest(ctx, edited);
    } catch (error) {
      return this.platform.notify('error', error instanceof Error ? error.message : String(error));
    }
    // Pre-flight: say now what would otherwise only show up as a provider error page, and let the user go on.
    const warnings = preflight(ctx.server, edited, {
      listenerRedirectUri: this.redirectUri,
      dpop: !!ctx.dpop,
      par: this.config?.par,
      certificate: !!ctx.client.certificate,
    });
    if (warnings.length) this.platform.onWarnings?.(warnings);
    if (warnings.length && !force) {
      this.warnings = warnings;
      this.status = `${warnings.length} thing${warnings.length > 1 ? 's' : ''} to check before the browser opens.`;
      return this.emit();
    }
    this.warnings = undefined;
    let { url, pending, step } = finalized as { url: string; pending: PendingAuthorization; step: FlowStep };
    if (this.config?.par) {
      this.busy = true;
      this.status = 'Pushing the authorization request (PAR)…';
      this.emit();
      const pushed = await pushAuthorizationRequest(ctx, edited, { signal: this.abort?.signal });
      if (gen !== this.generation) return;
      this.log(pushed);
      if (pushed.status !== 'passed' || !pushed.result) {
        this.draft = undefined;
        this.setEntry('authorization-request', pushed);
        return this.finishBusy('failed', 'The pushed authorization request failed.');
      }
      ({ url, pending } = pushed.result);
      step = pushed;
    }
    this.pending = pending;
    this.draft = undefined;
    this.authorizeUrl = url;
    this.setEntry('authorization-request', step);
    this.phase = 'waiting';
    this.busy = true;
    const timeoutMs = this.platform.callbackTimeoutMs();
    const callbackId = this.addPlaceholder(
      'callback',
      'Receive the callback',
      'The provider sends the browser back to the loopback listener with a one-time code (or an error).',
      'running',
      `Waiting for the browser to come back to ${pending.redirectUri}`,
    );
    const entry = this.entries.find((e) => e.id === callbackId);
    if (entry) entry.deadline = Date.now() + timeoutMs;
    this.status =
      mode === 'open' ? 'Waiting for the sign-in in the browser…' : 'Authorization URL copied: open it in a browser and sign in.';
    this.emit();

    let timedOut = false;
    this.callbackTimer = setTimeout(() => {
      timedOut = true;
      void listener.close();
    }, timeoutMs);
    unrefTimer(this.callbackTimer);
    const waiting = listener.waitForCallback(pending.state);
    // Closing the listener after a pasted callback ends this wait with an error nobody needs.
    waiting.catch(() => undefined);
    // A callback URL the user pastes (explainLanding) completes the flow as if the listener had received it.
    const pasted = new Promise<{ url: string }>((resolve) => {
      this.usePasted = resolve;
    });
    if (mode === 'open') {
      const opened = await this.platform.openExternal(url).catch(() => false);
      if (!opened && gen === this.generation)
        this.platform.notify('error', 'The browser did not open. Use "Copy authorize URL" and open it yourself.');
    } else {
      await this.platform.copyText(url);
    }

    let callbackUrl: string;
    try {
      callbackUrl = (await Promise.race([waiting, pasted])).url;
      this.landing = undefined;
    } catch (error) {
      if (gen !== this.generation) return;
      const flowError = timedOut
        ? new FlowError(
            'LOOPBACK_TIMEOUT',
            `No callback reached ${pending.redirectUri} within ${Math.round(timeoutMs / 1000)} s. ` +
              'If the browser shows an error page from the provider (an unregistered redirect_uri, an unknown client), it will not come back: fix that and start again.',
          )
        : error instanceof FlowError
          ? error
          : new FlowError('INTERNAL', String(error));
      this.failPlaceholder(callbackId, flowError);
      return this.finishBusy('failed', flowError.code === 'ABORTED' ? 'Cancelled.' : 'No callback came back.');
    } finally {
      this.usePasted = undefined;
      clearTimeout(this.callbackTimer);
      await this.closeListener(listener);
    }
    if (gen !== this.generation) return;
    await this.completeAuthorizationCode(gen, ctx, pending, callbackUrl, callbackId);
  }

  /** The user pasted where the browser landed (a URL or the provider's error text): explain it. */
  async explainLanding(text: string): Promise<LandingExplanation> {
    const pending = this.pending;
    const result = await explainLanding(
      text,
      { redirectUri: pending?.redirectUri ?? this.redirectUri, state: pending?.state },
      this.ctx?.deps.explain ?? defaultDeps().explain,
    );
    this.landing = {
      summary: redact(result.summary),
      explanations: result.explanations.map((x) => ({
        code: x.code,
        name: x.name,
        family: x.family,
        summary: x.summary,
        causes: x.causes.slice(0, 5),
        fixes: x.fixes.slice(0, 5),
      })),
    };
    this.emit();
    if (result.usableCallback && pending && pending === this.pending) this.usePasted?.({ url: result.usableCallback });
    return result;
  }

  /** Copies a token after the user confirmed it (it is a live credential). */
  async copyToken(tokenId: string): Promise<void> {
    const token = this.tokenById(tokenId);
    if (!token) return this.platform.notify('error', 'That token is no longer held; run the flow again.');
    const label = tokenId.endsWith(':id') ? 'ID token' : tokenId.endsWith(':refresh') ? 'refresh token' : 'access token';
    if (!this.platform.confirmCopyToken || !(await this.platform.confirmCopyToken(label))) return;
    await this.platform.copyText(token);
    this.platform.notify('info', `The ${label} is on the clipboard: treat it like a password.`);
  }

  /** "Copy as .http request": userinfo (or the issuer) with the access token, for REST Client / httpyac. */
  async copyHttp(): Promise<void> {
    const tokens = this.tokens;
    if (!tokens || !this.ctx) return this.platform.notify('error', 'No access token yet: run the flow first.');
    const choice = await this.platform.askRevealSecrets();
    if (!choice) return;
    const url = this.ctx.server.metadata.userinfo_endpoint ?? this.ctx.server.metadata.issuer;
    await this.platform.copyText(
      toHttpRequest(url, { tokenType: tokens.token_type, ...(choice === 'reveal' ? { token: tokens.access_token } : {}) }),
    );
    this.platform.notify(
      'info',
      choice === 'reveal'
        ? '.http request copied with the access token: treat it as one.'
        : '.http request copied; paste the token into @token.',
    );
  }

  /** A redacted Markdown report of the run, for a support ticket. */
  async exportReport(): Promise<void> {
    const steps = this.entries.map((e) => e.step).filter((step): step is FlowStep => step !== undefined);
    if (!steps.length || !this.config) return this.platform.notify('error', 'Nothing to report yet: run a flow first.');
    const tokens: { label: string; token: string }[] = [];
    if (this.tokens?.access_token) tokens.push({ label: 'Access token', token: this.tokens.access_token });
    if (this.tokens?.id_token) tokens.push({ label: 'ID token', token: this.tokens.id_token });
    const markdown = flowReportMarkdown(
      steps,
      { issuer: this.config.issuer, clientId: this.config.clientId, grant: this.config.grant, generatedAt: Date.now() },
      tokens,
    );
    if (this.platform.openDocument) await this.platform.openDocument(markdown, 'markdown');
    else await this.platform.copyText(markdown);
  }

  cancel(): void {
    this.abort?.abort();
    clearTimeout(this.callbackTimer);
    if (this.listener) void this.closeListener(this.listener);
    if (this.phase === 'draft') {
      this.draft = undefined;
      this.finishBusy('idle', 'Cancelled before the browser opened.');
    }
  }

  /** Forgets the flow: steps, tokens and secrets. */
  reset(): void {
    this.cancel();
    this.generation++;
    this.entries = [];
    this.clearSecrets();
    this.phase = 'idle';
    this.busy = false;
    this.status = 'Cleared. No flow is running.';
    this.emit();
  }

  dispose(): void {
    this.cancel();
    this.generation++;
    this.clearSecrets();
  }

  async runAction(action: SessionAction): Promise<void> {
    const ctx = this.ctx;
    const tokens = this.tokens;
    const view = this.actions().find((a) => a.id === action);
    if (!ctx || !tokens || !view?.enabled || this.busy) {
      return this.platform.notify('error', view?.reason ?? 'That action is not available now.');
    }
    const gen = this.generation;
    this.busy = true;
    this.abort = new AbortController();
    const signal = this.abort.signal;
    const refresh = tokens.refresh_token ?? '';
    const titles: Record<SessionAction, string> = {
      refresh: 'Refreshing the tokens…',
      userinfo: 'Asking for userinfo…',
      'introspect-access': 'Introspecting the access token…',
      'introspect-refresh': 'Introspecting the refresh token…',
      'revoke-access': 'Revoking the access token…',
      'revoke-refresh': 'Revoking the refresh token…',
      'exchange-access': 'Exchanging the access token (token exchange)…',
    };
    const id = this.addPlaceholder(action, titles[action].replace('…', ''), '', 'running');
    this.status = titles[action];
    this.emit();
    let step: FlowStep;
    switch (action) {
      case 'refresh':
        step = await refreshTokens(ctx, refresh, { signal });
        break;
      case 'userinfo':
        step = await fetchUserInfo(ctx, tokens.access_token, { expectedSubject: this.subject, signal });
        break;
      case 'introspect-access':
        step = await introspectToken(ctx, tokens.access_token, { tokenTypeHint: 'access_token', signal });
        break;
      case 'introspect-refresh':
        step = await introspectToken(ctx, refresh, { tokenTypeHint: 'refresh_token', signal });
        break;
      case 'revoke-access':
        step = await revokeToken(ctx, tokens.access_token, { tokenTypeHint: 'access_token', signal });
        break;
      case 'revoke-refresh':
        step = await revokeToken(ctx, refresh, { tokenTypeHint: 'refresh_token', signal });
        break;
      case 'exchange-access':
        step = await exchangeToken(ctx, { subjectToken: tokens.access_token, signal, ...this.exchangeTarget() });
        break;
    }
    if (gen !== this.generation) return;
    const used = action === 'refresh' || action.endsWith('-refresh') ? refresh : tokens.access_token;
    const known = this.history.get(used) ?? {};
    if (step.status === 'failed') {
      const lifetime = used === tokens.access_token ? tokens.expires_in : undefined;
      step.error = withSessionHint(
        action === 'refresh' ? 'refresh' : action === 'userinfo' ? 'userinfo' : 'introspection',
        step.error,
        { ...known, receivedAt: tokens.receivedAt, ...(lifetime !== undefined ? { lifetimeSeconds: lifetime } : {}) },
        Date.now(),
      );
    }
    if (step.status === 'passed' && action.startsWith('revoke-')) this.history.set(used, { ...known, revokedAt: Date.now() });
    this.replaceEntry(id, step);
    this.log(step);
    if (action === 'refresh' && step.status === 'passed' && step.result) {
      const fresh = step.result as TokenSet;
      if (fresh.refresh_token && fresh.refresh_token !== refresh) this.history.set(refresh, { ...known, spentAt: Date.now() });
      this.tokens = { ...fresh, id_token: fresh.id_token ?? tokens.id_token, refresh_token: fresh.refresh_token ?? tokens.refresh_token };
      if (fresh.id_token) {
        // A refreshed ID token is checked like the first one, plus OpenID Connect Core §12.2's rules.
        const checkId = this.addPlaceholder('id-token', 'Validate the refreshed ID token', '', 'running');
        this.emit();
        const checked = await validateIdToken(ctx, fresh, { refreshOf: this.idToken?.claims ?? true, signal });
        if (gen !== this.generation) return;
        checked.title = 'Validate the refreshed ID token';
        this.replaceEntry(checkId, checked);
        this.log(checked);
        this.rememberIdToken(checked);
      }
    }
    this.finishBusy(this.phase, `${step.title}: ${step.status}.`);
  }

  async decodeToken(tokenId: string): Promise<void> {
    const token = this.tokenById(tokenId);
    if (!token) return this.platform.notify('error', 'That token is no longer held; run the flow again.');
    // The flow verified the ID token against this provider: the decoded view shows the same verdict, not "not checked yet".
    const verify = tokenId.endsWith(':id') && this.idTokenVerified !== undefined && this.ctx;
    await this.platform.decodeToken(token, verify ? { verifyWith: this.ctx!.server.metadata.issuer } : undefined);
  }

  async copyCurl(stepId: string, exchangeIndex: number): Promise<void> {
    const exchange = this.entries.find((e) => e.id === stepId)?.step?.exchanges[exchangeIndex];
    if (!exchange) return this.platform.notify('error', 'That request is no longer available.');
    const choice = await this.platform.askRevealSecrets();
    if (!choice) return;
    await this.platform.copyText(toCurl(exchange, { revealSecrets: choice === 'reveal' }));
    this.platform.notify(
      'info',
      choice === 'reveal' ? 'curl command copied, with secrets: treat it as one.' : 'curl command copied (secrets redacted).',
    );
  }

  async openVerificationUri(): Promise<void> {
    if (!this.device) return;
    await this.platform.openExternal(this.device.verification_uri_complete ?? this.device.verification_uri);
  }

  async copyUserCode(): Promise<void> {
    if (!this.device) return;
    await this.platform.copyText(this.device.user_code);
    this.platform.notify('info', 'User code copied.');
  }

  /** A run that could not start: its entry shows why, and the user is told once. */
  private failEntry(id: string, error: unknown, what: string): void {
    const flowError = error instanceof FlowError ? error : new FlowError('BAD_INPUT', String(error));
    const entry = this.entries.find((e) => e.id === id);
    if (entry) {
      entry.state = 'failed';
      entry.failure = flowError.toInfo();
    }
    this.platform.notify('error', `${what}: ${flowError.message}`);
  }

  snapshot(): FlowSessionState {
    const state: FlowSessionState = {
      phase: this.phase,
      busy: this.busy,
      status: this.status,
      steps: this.entries.map((e) => stepSnapshot(e)),
      tokens: this.tokenViews(),
      actions: this.tokens ? this.actions() : [],
    };
    if (this.draft && this.redirectUri) state.draft = this.draftView(this.draft, this.redirectUri);
    if (this.device) {
      state.device = {
        userCode: this.device.user_code,
        verificationUri: this.device.verification_uri,
        expiresAt: this.device.receivedAt + this.device.expires_in * 1000,
        ...(this.device.verification_uri_complete ? { verificationUriComplete: this.device.verification_uri_complete } : {}),
      };
    }
    if (this.authorizeUrl) state.authorizeUrl = redact(this.authorizeUrl);
    if (this.warnings?.length) state.warnings = this.warnings.map((w) => ({ id: w.id, message: redact(w.message), fix: redact(w.fix) }));
    if (this.landing) state.landing = this.landing;
    return state;
  }

  // ── the grants ──────────────────────────────────────────────────────────────

  private async runDiscovery(gen: number, clientSecret?: string, more: SessionStartOptions = {}): Promise<void> {
    const config = this.config!;
    const deps = defaultDeps(this.platform.deps);
    const id = this.addPlaceholder('discovery', 'Discover the provider', "Reads the provider's metadata document.", 'running');
    this.emit();
    const step = await discover(config.issuer, deps, { signal: this.abort?.signal });
    if (gen !== this.generation) return;
    const dpop = step.status === 'passed' && config.dpop ? await createDpopSession() : undefined;
    if (gen !== this.generation) return;
    if (dpop) step.notes.push(`DPoP is on: this session's key is ${dpop.alg}, thumbprint (jkt) ${dpop.thumbprint}.`);
    this.replaceEntry(id, step);
    this.log(step);
    if (step.status === 'passed' && step.result) {
      const client: FlowClient = { clientId: config.clientId, authMethod: config.authMethod };
      if (more.certificate) client.certificate = more.certificate;
      if (more.privateKey) {
        client.privateKey = more.privateKey;
      } else if (clientSecret && config.authMethod === 'private_key_jwt') {
        try {
          client.privateKey = await importClientKey(clientSecret);
        } catch (error) {
          this.failEntry(id, error, 'The private key could not be used');
          return;
        }
      } else if (config.certFile && !client.certificate && isMtlsMethod(config.authMethod)) {
        // RFC 8705: the key comes from its file, from secret storage (the pasted key), or from the certificate file.
        try {
          const { readClientCertificate, loadClientCertificate } = this.platform;
          if (!readClientCertificate || !loadClientCertificate)
            throw new FlowError('BAD_INPUT', 'Client certificates (mTLS) cannot be read here.');
          const key = clientSecret ? { text: clientSecret } : config.keyFile ? { path: config.keyFile } : undefined;
          client.certificate = await loadClientCertificate(readClientCertificate(config.certFile, key));
        } catch (error) {
          this.failEntry(id, error, 'The client certificate could not be used');
          return;
        }
      } else if (clientSecret && config.authMethod !== 'none') {
        client.clientSecret = clientSecret;
      }
      const cert = client.certificate;
      if (cert) {
        const entry = this.entries.find((e) => e.id === id);
        if (entry)
          entry.notes = [
            ...entry.notes,
            `Client certificate for mutual TLS (RFC 8705): ${describeCertificate(cert)}${cert.notAfter ? `, valid until ${cert.notAfter}` : ''}. It is presented in the TLS handshake of every request to the provider's endpoints (their mTLS aliases where the metadata lists them).`,
          ];
        this.platform.onClientCertificate?.(cert);
      }
      this.ctx = { server: step.result, client, deps };
      if (dpop) this.ctx.dpop = dpop;
      if (this.platform.onWarnings) {
        const warnings = preflight(step.result, undefined, {
          grant: config.grant,
          authMethod: config.authMethod,
          dpop: !!dpop,
          par: config.par,
          certificate: !!cert,
        });
        if (warnings.length) this.platform.onWarnings(warnings);
      }
    }
  }

  private async prepareDraft(gen: number): Promise<void> {
    const ctx = this.ctx!;
    const config = this.config!;
    try {
      // A localhost redirect holds the port on [::1] too (RFC 8252 §8.3): see startLoopbackListener.
      const listener = await this.platform.startListener({
        port: config.redirectPort,
        timeoutMs: LISTENER_IDLE_MS,
        redirectHost: config.redirectHost === 'localhost' ? 'localhost' : '127.0.0.1',
        onRejected: (reason) => this.noteRejected(reason),
      });
      if (gen !== this.generation) return void listener.close();
      this.listener = listener;
      const localRedirect = listener.redirectUri;
      this.redirectUri = await this.externalRedirect(localRedirect);
      this.localRedirectUri = this.redirectUri === localRedirect ? undefined : localRedirect;
      // The browser comes back through the forwarder, whose requests name the forwarded host.
      if (this.localRedirectUri) listener.allowHost(new URL(this.redirectUri).host);
      if (gen !== this.generation) return;
      const options: Parameters<typeof prepareAuthorizationRequest>[1] = {
        ...config.request,
        redirectUri: this.redirectUri,
        scope: config.scope,
        extraParams: { ...config.extraParams },
      };
      if (config.prompt) options.prompt = config.prompt;
      this.draft = await prepareAuthorizationRequest(ctx, options);
    } catch (error) {
      if (gen !== this.generation) return;
      const flowError = error instanceof FlowError ? error : new FlowError('INTERNAL', String(error));
      const id = this.addPlaceholder('authorization-request', 'Open the sign-in page', '', 'failed');
      this.failPlaceholder(id, flowError);
      return this.finishBusy('failed', 'The authorization request could not be prepared.');
    }
    this.revision++;
    this.addPlaceholder(
      'authorization-request',
      'Open the sign-in page',
      'Every parameter the browser will send to the authorization endpoint. Change any value, then open the browser.',
      'waiting',
      'Check the parameters, then open the browser.',
    );
    this.finishBusy('draft', 'The authorization request is ready: check it, then open the browser.');
  }

  private async completeAuthorizationCode(
    gen: number,
    ctx: FlowContext,
    pending: PendingAuthorization,
    callbackUrl: string,
    callbackId: string,
  ): Promise<void> {
    this.status = 'Callback received; checking it…';
    this.emit();
    const callback = await handleCallback(ctx, pending, callbackUrl);
    if (gen !== this.generation) return;
    this.replaceEntry(callbackId, callback);
    this.log(callback);
    if (callback.status !== 'passed' || !callback.result) return this.finishBusy('failed', 'The callback did not pass its checks.');

    const exchangeId = this.addPlaceholder('code-exchange', 'Exchange the code for tokens', '', 'running');
    this.status = 'Exchanging the code for tokens…';
    this.emit();
    const exchange = await exchangeCode(ctx, pending, callback.result, { signal: this.abort?.signal });
    if (gen !== this.generation) return;
    if (exchange.status === 'failed') {
      exchange.error = withSessionHint(
        'code-exchange',
        exchange.error,
        { receivedAt: callback.startedAt, clientId: ctx.client.clientId, authMethod: ctx.client.authMethod },
        Date.now(),
      );
    }
    this.replaceEntry(exchangeId, exchange);
    this.log(exchange);
    if (exchange.status !== 'passed' || !exchange.result) return this.finishBusy('failed', 'The code exchange failed.');
    this.tokens = exchange.result;

    const idTokenId = this.addPlaceholder('id-token', 'Validate the ID token', '', 'running');
    this.emit();
    const idToken = await validateIdToken(ctx, exchange.result, { nonce: pending.nonce, signal: this.abort?.signal });
    if (gen !== this.generation) return;
    this.replaceEntry(idTokenId, idToken);
    this.log(idToken);
    this.rememberIdToken(idToken);
    const ok = idToken.status === 'passed' || idToken.status === 'skipped';
    this.finishBusy(ok ? 'done' : 'failed', ok ? 'Tokens received and checked.' : 'Tokens received, but the ID token failed a check.');
  }

  private async runDeviceFlow(gen: number): Promise<void> {
    const ctx = this.ctx!;
    const config = this.config!;
    const signal = this.abort?.signal;
    const startId = this.addPlaceholder('device-authorization', 'Get a device code', '', 'running');
    this.emit();
    const started = await startDeviceAuthorization(ctx, {
      scope: config.scope,
      extraParams: config.extraParams,
      ...resourceOf(config),
      signal,
    });
    if (gen !== this.generation) return;
    this.replaceEntry(startId, started);
    this.log(started);
    if (started.status !== 'passed' || !started.result) return this.finishBusy('failed', 'The provider gave no device code.');
    this.device = started.result;
    const pollId = this.addPlaceholder(
      'device-poll',
      'Wait for the user to finish on the other device',
      'Polls the token endpoint until the user has entered the code and signed in.',
      'running',
      `Enter ${this.device.user_code} at ${this.device.verification_uri}`,
    );
    const pollEntry = this.entries.find((e) => e.id === pollId);
    if (pollEntry) pollEntry.deadline = this.device.receivedAt + this.device.expires_in * 1000;
    this.phase = 'waiting';
    this.status = `Enter the code ${this.device.user_code} at ${this.device.verification_uri}`;
    this.emit();
    const intervalMs = this.platform.devicePollIntervalMs;
    const poll = await pollDeviceToken(ctx, this.device, {
      signal,
      ...(intervalMs ? { intervalMs } : {}),
      onProgress: (progress) => {
        if (gen !== this.generation || !pollEntry) return;
        this.platform.onDevicePoll?.(progress);
        const meaning = progress.lastAnswer === 'slow_down' ? 'polling too often, 5 s slower now' : 'the user has not finished yet';
        pollEntry.progress = `Poll ${progress.attempt}: ${progress.lastAnswer} (${meaning}); next in ${Math.round(progress.nextPollInMs / 1000)} s`;
        this.emit();
      },
    });
    if (gen !== this.generation) return;
    this.replaceEntry(pollId, poll);
    this.log(poll);
    if (poll.status !== 'passed' || !poll.result)
      return this.finishBusy('failed', poll.error?.code === 'ABORTED' ? 'Cancelled.' : 'The device flow did not finish.');
    this.tokens = poll.result;
    this.device = undefined;
    if (poll.result.id_token) {
      const idTokenId = this.addPlaceholder('id-token', 'Validate the ID token', '', 'running');
      this.emit();
      const idToken = await validateIdToken(ctx, poll.result, { signal });
      if (gen !== this.generation) return;
      this.replaceEntry(idTokenId, idToken);
      this.log(idToken);
      this.rememberIdToken(idToken);
      if (idToken.status === 'failed') return this.finishBusy('failed', 'Tokens received, but the ID token failed a check.');
      return this.finishBusy('done', 'Tokens received and the ID token checked.');
    }
    this.finishBusy('done', 'Tokens received.');
  }

  private async runClientCredentials(gen: number): Promise<void> {
    const ctx = this.ctx!;
    const config = this.config!;
    const id = this.addPlaceholder('client-credentials', 'Get a token as the application', '', 'running');
    this.emit();
    const step = await clientCredentials(ctx, {
      scope: config.scope || undefined,
      extraParams: config.extraParams,
      ...resourceOf(config),
      signal: this.abort?.signal,
    });
    if (gen !== this.generation) return;
    this.replaceEntry(id, step);
    this.log(step);
    if (step.status !== 'passed' || !step.result) return this.finishBusy('failed', 'No token came back.');
    this.tokens = step.result;
    this.finishBusy('done', 'Token received.');
  }

  /** refresh_token or token_exchange, from a token the user already has (the CLI). */
  private async runTokenGrant(gen: number, more: SessionStartOptions): Promise<void> {
    const ctx = this.ctx!;
    const config = this.config!;
    const signal = this.abort?.signal;
    if (!more.inputToken)
      return this.finishBusy('failed', `The ${config.grant === 'refresh_token' ? 'refresh' : 'subject'} token is missing.`);
    const refresh = config.grant === 'refresh_token';
    const id = this.addPlaceholder(
      refresh ? 'refresh' : 'token-exchange',
      refresh ? 'Refresh the tokens' : 'Exchange the token',
      '',
      'running',
    );
    this.emit();
    const step = refresh
      ? await refreshTokens(ctx, more.inputToken, { scope: config.scope || undefined, ...resourceOf(config), signal })
      : await exchangeToken(ctx, {
          subjectToken: more.inputToken,
          scope: config.scope || undefined,
          signal,
          ...resourceOf(config),
          ...(more.subjectTokenType ? { subjectTokenType: more.subjectTokenType } : {}),
          ...(more.audience?.length ? { audience: more.audience } : {}),
        });
    if (gen !== this.generation) return;
    this.replaceEntry(id, step);
    this.log(step);
    if (step.status !== 'passed' || !step.result) return this.finishBusy('failed', 'No token came back.');
    this.tokens = step.result;
    if (refresh && step.result.id_token) {
      const checkId = this.addPlaceholder('id-token', 'Validate the refreshed ID token', '', 'running');
      this.emit();
      const checked = await validateIdToken(ctx, step.result, { refreshOf: true, signal });
      if (gen !== this.generation) return;
      this.replaceEntry(checkId, checked);
      this.log(checked);
      this.rememberIdToken(checked);
      if (checked.status === 'failed') return this.finishBusy('failed', 'Tokens received, but the ID token failed a check.');
    }
    this.finishBusy('done', 'Token received.');
  }

  // ── bookkeeping ─────────────────────────────────────────────────────────────

  /** A new flow: cancels the previous one and forgets its secrets. */
  private restart(config: FlowConfig, status: string): number {
    this.cancel();
    this.generation++;
    this.entries = [];
    this.clearSecrets();
    this.config = config;
    this.abort = new AbortController();
    this.phase = 'idle';
    this.busy = true;
    this.status = status;
    return this.generation;
  }

  private clearSecrets(): void {
    this.ctx = undefined;
    this.draft = undefined;
    this.redirectUri = undefined;
    this.localRedirectUri = undefined;
    this.authorizeUrl = undefined;
    this.device = undefined;
    this.tokens = undefined;
    this.subject = undefined;
    this.idToken = undefined;
    this.idTokenVerified = undefined;
    this.pending = undefined;
    this.warnings = undefined;
    this.landing = undefined;
    this.history = new Map();
    this.listener = undefined;
    this.rejections = { 'missing-state': 0, 'wrong-state': 0, 'bad-request': 0 };
    clearTimeout(this.rejectionTimer);
    this.rejectionTimer = undefined;
  }

  private finishBusy(phase: FlowSessionState['phase'], status: string): void {
    this.phase = phase;
    this.busy = false;
    this.status = status;
    this.emit();
  }

  private emit(): void {
    this.onChange(this.snapshot());
  }

  private nextId(kind: string): string {
    return `${kind}-${++this.counter}`;
  }

  private addPlaceholder(kind: string, title: string, explanation: string, state: EntryState, progress?: string): string {
    const id = this.nextId(kind);
    this.entries.push({ id, kind, title, explanation, state, notes: [], ...(progress ? { progress } : {}) });
    return id;
  }

  private replaceEntry(id: string, step: FlowStep): void {
    const entry = this.entries.find((e) => e.id === id);
    if (!entry) return;
    // Notes the session added while the step was pending (callbacks turned away) stay visible.
    if (entry.step) entry.notes = [];
    entry.step = step;
    entry.kind = step.kind;
    entry.title = step.title;
    entry.explanation = step.explanation;
    entry.state = entryState(step.status);
    delete entry.progress;
    delete entry.deadline;
    delete entry.failure;
    this.platform.onStep?.(step);
  }

  /** Replaces the latest entry of a kind (the authorization request's placeholder) with the engine's step. */
  private setEntry(kind: string, step: FlowStep): void {
    const entry = [...this.entries].reverse().find((e) => e.kind === kind);
    if (!entry)
      this.entries.push({ id: this.nextId(kind), kind, title: step.title, explanation: step.explanation, state: 'waiting', notes: [] });
    this.replaceEntry((entry ?? this.entries.at(-1)!).id, step);
  }

  private failPlaceholder(id: string, error: FlowError): void {
    const entry = this.entries.find((e) => e.id === id);
    if (!entry) return;
    entry.state = 'failed';
    entry.failure = error.toInfo();
    delete entry.progress;
    delete entry.deadline;
    // A face that prints steps (the CLI) sees the failed wait like any other step.
    this.platform.onStep?.({
      kind: entry.kind as FlowStep['kind'],
      title: entry.title,
      status: 'failed',
      explanation: entry.explanation,
      exchanges: [],
      checks: [],
      notes: [...entry.notes],
      error: entry.failure,
      startedAt: Date.now(),
      durationMs: 0,
    });
  }

  /**
   * Callbacks turned away: counted, one note that says how many of each, a few log lines, and the
   * view updated at most once a second, so a flood of forged callbacks cannot flood the webview.
   */
  private noteRejected(reason: 'missing-state' | 'wrong-state' | 'bad-request'): void {
    this.rejections[reason]++;
    const total = this.rejections['missing-state'] + this.rejections['wrong-state'] + this.rejections['bad-request'];
    if (total <= REJECTION_LOG_LINES) this.platform.log(`flow: loopback listener turned away a callback (${reason})`);
    else if (total === REJECTION_LOG_LINES + 1)
      this.platform.log('flow: loopback listener keeps turning callbacks away; counting them without logging each');
    const entry = [...this.entries].reverse().find((e) => e.kind === 'callback');
    if (entry) {
      const parts = (
        [
          ['wrong-state', 'a wrong state'],
          ['missing-state', 'no state'],
          ['bad-request', 'a malformed request'],
        ] as const
      )
        .filter(([key]) => this.rejections[key] > 0)
        .map(([key, why]) => `${this.rejections[key]} with ${why}`);
      const note = `Turned away ${total === 1 ? 'a callback' : `${total} callbacks`} that do${total === 1 ? 'es' : ''} not belong to this request (${parts.join(', ')}).`;
      const notes = entry.notes.filter((n) => !n.startsWith('Turned away '));
      entry.notes = [...notes, note];
      entry.progress = `Still waiting for the right callback (${total} turned away).`;
    }
    const wait = this.rejectionEmittedAt + REJECTION_EMIT_MS - Date.now();
    if (wait <= 0) {
      this.rejectionEmittedAt = Date.now();
      this.emit();
    } else if (!this.rejectionTimer) {
      this.rejectionTimer = setTimeout(() => {
        this.rejectionTimer = undefined;
        this.rejectionEmittedAt = Date.now();
        this.emit();
      }, wait);
      unrefTimer(this.rejectionTimer);
    }
  }

  private async closeListener(listener: LoopbackListener): Promise<void> {
    if (this.listener === listener) this.listener = undefined;
    await listener.close().catch(() => undefined);
  }

  /** The redirect URI as the browser must use it; only an http(s) answer with the same path is taken. */
  private async externalRedirect(local: string): Promise<string> {
    if (!this.platform.externalUri) return local;
    try {
      const external = new URL(await this.platform.externalUri(local));
      if ((external.protocol === 'http:' || external.protocol === 'https:') && external.pathname.endsWith(new URL(local).pathname)) {
        return external.href;
      }
    } catch {
      // no mapping: the browser runs where the listener does
    }
    return local;
  }

  private draftView(draft: AuthorizationRequestDraft, redirectUri: string): SessionDraft {
    return {
      revision: this.revision,
      endpoint: draft.endpoint,
      redirectUri,
      ...(this.localRedirectUri ? { listenerUri: this.localRedirectUri } : {}),
      params: draft.params.map((p) => ({
        ...p,
        value: MASKED_PARAMS.has(p.name) ? mask(p.value) : p.value,
        locked: isProtectedParam(p.name),
      })),
      codeVerifier: draft.codeVerifier,
      codeChallenge: draft.codeChallenge,
      codeChallengeMethod: draft.codeChallengeMethod,
    };
  }

  private tokenById(id: string): string | undefined {
    const [gen, name] = id.split(':');
    if (Number(gen) !== this.generation || !this.tokens) return undefined;
    if (name === 'access') return this.tokens.access_token || undefined;
    if (name === 'id') return this.tokens.id_token;
    if (name === 'refresh') return this.tokens.refresh_token;
    return undefined;
  }

  private tokenViews(): SessionToken[] {
    if (!this.tokens) return [];
    const list: [string, string, string | undefined][] = [
      ['access', 'Access token', this.tokens.access_token || undefined],
      ['id', 'ID token', this.tokens.id_token],
      ['refresh', 'Refresh token', this.tokens.refresh_token],
    ];
    const tokens = this.tokens;
    return list
      .filter((t): t is [string, string, string] => !!t[2])
      .map(([name, label, token]) => {
        const view: SessionToken = { id: `${this.generation}:${name}`, label, ...summarizeToken(token, this.ctx?.deps.now) };
        if (view.exp !== undefined) view.expiresAt = view.exp * 1000;
        else if (name === 'access' && tokens.expires_in !== undefined) view.expiresAt = tokens.receivedAt + tokens.expires_in * 1000;
        if (name === 'id' && this.idTokenVerified !== undefined)
          view.verification = this.idTokenVerified
            ? 'ID token: signature and claims verified in this flow'
            : 'ID token: failed a check in this flow';
        if (name === 'access' && tokens.token_type.toLowerCase() === 'dpop')
          view.verification = `DPoP-bound to this session's key (jkt ${this.ctx?.dpop?.thumbprint ?? '?'})`;
        const cert = this.ctx?.client.certificate;
        if (name === 'access' && cert) view.verification = certificateVerification(token, view.kind, cert.thumbprint);
        return view;
      });
  }

  private actions(): SessionActionState[] {
    const metadata = this.ctx?.server.metadata;
    const tokens = this.tokens;
    const has = (endpoint: 'userinfo_endpoint' | 'introspection_endpoint' | 'revocation_endpoint' | 'token_endpoint') =>
      typeof metadata?.[endpoint] === 'string';
    const noRefresh = 'No refresh token: ask for offline_access (some providers also need prompt=consent).';
    const action = (id: SessionAction, label: string, enabled: boolean, reason: string): SessionActionState =>
      enabled ? { id, label, enabled } : { id, label, enabled, reason };
    return [
      action('refresh', 'Refresh', has('token_endpoint') && !!tokens?.refresh_token, noRefresh),
      action('userinfo', 'Userinfo', has('userinfo_endpoint') && !!tokens?.access_token, 'The provider has no userinfo endpoint.'),
      action(
        'introspect-access',
        'Introspect access token',
        has('introspection_endpoint') && !!tokens?.access_token,
        'The provider has no introspection endpoint.',
      ),
      action(
        'introspect-refresh',
        'Introspect refresh token',
        has('introspection_endpoint') && !!tokens?.refresh_token,
        has('introspection_endpoint') ? noRefresh : 'The provider has no introspection endpoint.',
      ),
      action(
        'revoke-access',
        'Revoke access token',
        has('revocation_endpoint') && !!tokens?.access_token,
        'The provider has no revocation endpoint.',
      ),
      action(
        'exchange-access',
        'Exchange access token',
        has('token_endpoint') && !!tokens?.access_token && this.offersTokenExchange(),
        'The provider does not list token exchange (RFC 8693) in grant_types_supported.',
      ),
      action(
        'revoke-refresh',
        'Revoke refresh token',
        has('revocation_endpoint') && !!tokens?.refresh_token,
        has('revocation_endpoint') ? noRefresh : 'The provider has no revocation endpoint.',
      ),
    ];
  }

  private offersTokenExchange(): boolean {
    const grants = this.ctx?.server.metadata.grant_types_supported;
    return Array.isArray(grants) && grants.includes(TOKEN_EXCHANGE_GRANT_TYPE);
  }

  /** Token exchange targets: the `resource` / `audience` extra parameters of the profile, when set. */
  private exchangeTarget(): { resource?: string[]; audience?: string[] } {
    const extra = this.config?.extraParams ?? {};
    return { ...(extra.resource ? { resource: [extra.resource] } : {}), ...(extra.audience ? { audience: [extra.audience] } : {}) };
  }

  private rememberIdToken(step: FlowStep<IdTokenResult>): void {
    if (step.status === 'skipped') return;
    this.idTokenVerified = step.status === 'passed';
    if (step.result) this.idToken = step.result;
    const sub = step.result?.claims.sub;
    if (typeof sub === 'string') this.subject = sub;
  }

  private log(step: FlowStep): void {
    this.platform.log(`flow: ${step.kind} ${step.status} in ${Math.round(step.durationMs)} ms${step.error ? ` (${step.error.code})` : ''}`);
  }
}

/** An entry as the state shows it: the engine's step without its result (tokens, the code). */
function stepSnapshot(entry: Entry): SessionStep {
  const { step, ...rest } = entry;
  const snapshot: SessionStep = { ...rest, notes: [...rest.notes] };
  if (step) {
    const { result: _result, ...shown } = step;
    snapshot.step = shown;
  }
  return snapshot;
}

/** The profile's resource indicators (RFC 8707) for the back-channel grants. */
function resourceOf(config: FlowConfig): { resource?: string[] } {
  const resource = config.request?.resource;
  if (resource === undefined) return {};
  return { resource: [resource].flat() };
}
