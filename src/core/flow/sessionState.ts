/**
 * What a {@link FlowSession} shows of itself: domain state, safe to hand to any face (the Flow
 * Tester's view-model, the CLI). Nothing secret is in it: exchanges and notes are redacted, tokens are
 * summaries with ids to ask for them, `state` and `nonce` are masked in the draft; the one value shown
 * whole is the PKCE code verifier of the request being edited, by design, so the user can check the
 * challenge.
 */
import type { PreflightWarning } from './preflight';
import type { FlowErrorInfo, FlowStep, StepStatus } from './types';
import type { ErrorEntry } from '../errors/catalog/types';
import type { AuthorizationParam } from './authorizationRequest';
import type { TokenFacts } from './tokenSummary';

/** What can be done with the tokens a flow got. */
export const SESSION_ACTIONS = [
  'refresh',
  'userinfo',
  'introspect-access',
  'introspect-refresh',
  'revoke-access',
  'revoke-refresh',
  'exchange-access',
] as const;
export type SessionAction = (typeof SESSION_ACTIONS)[number];

export type SessionPhase = 'idle' | 'draft' | 'waiting' | 'done' | 'failed';

/** A step as the session knows it: waiting for the engine, running, or done. */
export type EntryState = 'waiting' | 'running' | 'done' | 'failed' | 'skipped';

/** An engine step's status as an entry's state. */
export function entryState(status: StepStatus): EntryState {
  switch (status) {
    case 'pending':
      return 'waiting';
    case 'running':
      return 'running';
    case 'passed':
      return 'done';
    case 'failed':
      return 'failed';
    case 'skipped':
      return 'skipped';
  }
}

export interface SessionStep {
  id: string;
  kind: string;
  title: string;
  explanation: string;
  state: EntryState;
  /** The engine's step once it ran, without its `result` (which holds tokens and codes). */
  step?: Omit<FlowStep, 'result'>;
  /** What a running step waits for, e.g. "Poll 3: authorization_pending". */
  progress?: string;
  /** Epoch ms when a running wait gives up. */
  deadline?: number;
  /** Notes the session added (callbacks turned away, the DPoP key), after the engine's own. */
  notes: string[];
  /** A failure the session recorded itself: no callback came back, the private key could not be used. */
  failure?: FlowErrorInfo;
}

export interface SessionDraftParam extends AuthorizationParam {
  /** Set by AuthLens (PROTECTED_PARAMS): shown, not editable. */
  locked: boolean;
}

/** The authorization request before the browser opens: every parameter, editable. */
export interface SessionDraft {
  revision: number;
  endpoint: string;
  redirectUri: string;
  /** In a remote window: the listener's own address, when the browser reaches it through `redirectUri`. */
  listenerUri?: string;
  params: SessionDraftParam[];
  codeVerifier: string;
  codeChallenge: string;
  codeChallengeMethod: 'S256';
}

export interface SessionToken extends TokenFacts {
  /** Asks the session for this token (copy, decode); stale once another flow starts. */
  id: string;
  label: string;
  /** Epoch ms of `exp` (or receipt + expires_in). */
  expiresAt?: number;
  /** What the flow checked about it, e.g. "ID token: signature and claims verified in this flow". */
  verification?: string;
}

export interface SessionActionState {
  id: SessionAction;
  label: string;
  enabled: boolean;
  /** Why it is disabled. */
  reason?: string;
}

export interface SessionDevice {
  userCode: string;
  verificationUri: string;
  verificationUriComplete?: string;
  expiresAt: number;
}

/** A catalog entry as the session shows it (causes and fixes cut to the first few). */
export type SessionExplanation = Pick<ErrorEntry, 'code' | 'name' | 'family' | 'summary' | 'causes' | 'fixes'>;

export interface FlowSessionState {
  phase: SessionPhase;
  busy: boolean;
  /** One line on what is happening. */
  status: string;
  steps: SessionStep[];
  draft?: SessionDraft;
  device?: SessionDevice;
  tokens: SessionToken[];
  actions: SessionActionState[];
  /** The redacted authorization URL once the request is final. */
  authorizeUrl?: string;
  /** Pre-flight warnings for the draft (redacted); opening with `force` goes on anyway. */
  warnings?: Pick<PreflightWarning, 'id' | 'message' | 'fix'>[];
  /** The explanation of a pasted landing URL or error text. */
  landing?: { summary: string; explanations: SessionExplanation[] };
}
