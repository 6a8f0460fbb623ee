/**
 * What the Flow Tester's messages carry: the profile form, and the view of a flow the host reports
 * (already redacted). The message table itself is messages.ts.
 */

import type { ClientAuthMethod } from '../../core/flow/types';
import type { FileField, GrantType, ProfileForm, ProfileOption, RedirectHost } from '../../core/flow/profiles';
import type { SessionAction } from '../../core/flow/sessionState';

export type { ClientAuthMethod, FileField, GrantType, ProfileForm, ProfileOption, RedirectHost };

/** How a step shows in the list. */
export type StepState = 'waiting' | 'running' | 'done' | 'failed' | 'skipped';

export interface CheckView {
  label: string;
  outcome: 'passed' | 'failed' | 'skipped';
  detail: string;
}

/** One HTTP round trip, already redacted, as text. */
export interface ExchangeView {
  index: number;
  /** "400 Bad Request · authorization_pending": the status line with the OAuth error it carried. */
  summary?: string;
  /** durationMs in words ("55 s"). */
  duration?: string;
  request: string;
  response?: string;
  failure?: string;
  /** "CN=… · x5t#S256 …": the TLS client certificate presented with the request (never its key). */
  clientCertificate?: string;
  durationMs: number;
}

export interface ExplanationView {
  code: string;
  name: string;
  family: string;
  summary: string;
  causes: string[];
  fixes: string[];
  link?: { title: string; url: string };
}

export interface ErrorView {
  code: string;
  message: string;
  hint?: string;
  explanations: ExplanationView[];
}

export interface StepView {
  id: string;
  kind: string;
  title: string;
  state: StepState;
  explanation: string;
  durationMs?: number;
  /** durationMs in words ("55 s", "120 ms"). */
  duration?: string;
  /** What a running step is waiting for, e.g. "Poll 3: authorization_pending". */
  progress?: string;
  /** Epoch ms when a running wait gives up, for a countdown. */
  deadline?: number;
  checks: CheckView[];
  notes: string[];
  exchanges: ExchangeView[];
  error?: ErrorView;
}

export interface DraftParamView {
  name: string;
  value: string;
  source: 'generated' | 'config' | 'extra';
  note: string;
  /** Set by AuthLens from the PKCE verifier; shown, not editable. */
  locked: boolean;
}

/** The authorization request before the browser opens: every parameter, editable. */
export interface DraftView {
  revision: number;
  endpoint: string;
  redirectUri: string;
  /**
   * Set in a remote window: the listener's own address, when the browser reaches it through another
   * one (`redirectUri`, a forwarded port or proxy path) that the app registration must then allow.
   */
  listenerUri?: string;
  params: DraftParamView[];
  codeVerifier: string;
  codeChallenge: string;
  codeChallengeMethod: 'S256';
}

export interface TokenView {
  id: string;
  label: string;
  kind: 'jwt' | 'opaque';
  length: number;
  /** Short decoded facts: algorithm, subject, audience, expiry in words. */
  summary: string[];
  /** Epoch ms of `exp` (or receipt + expires_in), for a live countdown. */
  expiresAt?: number;
  /** What AuthLens checked about it in this flow, e.g. "ID token, signature verified". */
  verification?: string;
}

export interface DeviceView {
  userCode: string;
  verificationUri: string;
  verificationUriComplete?: string;
  expiresAt: number;
}

export type TokenAction = SessionAction;

/** A pre-flight finding shown before the browser opens, with the option to go on. */
export interface WarningView {
  id: string;
  message: string;
  fix: string;
}

export interface ActionView {
  id: TokenAction;
  label: string;
  enabled: boolean;
  /** Why it is disabled. */
  reason?: string;
}

export type FlowPhase = 'idle' | 'draft' | 'waiting' | 'done' | 'failed';

export interface ViewState {
  phase: FlowPhase;
  busy: boolean;
  /** One line for the live region. */
  status: string;
  steps: StepView[];
  draft?: DraftView;
  device?: DeviceView;
  tokens: TokenView[];
  actions: ActionView[];
  /** The redacted authorization URL once the request is final. */
  authorizeUrl?: string;
  /** Pre-flight warnings for the draft; "Open anyway" sends openBrowser with force. */
  warnings?: WarningView[];
  /** The explanation of a pasted landing URL or error text. */
  landing?: { summary: string; explanations: ExplanationView[] };
}

/** The messages themselves (FromWebview, ToWebview) come from the one table in messages.ts, which both sides import. */
