// The few parts of oidc-provider 9 (which ships no types) that the demo identity provider uses.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export interface KoaContext {
    method: string;
    path: string;
    status: number;
    body: unknown;
    type: string;
    oidc?: { route?: string; params?: Record<string, unknown>; client?: { clientId: string; clientName?: string }; grant?: GrantInstance };
  }

  export interface InteractionDetails {
    uid: string;
    prompt: { name: string; reasons: string[]; details: Record<string, unknown> };
    params: Record<string, unknown>;
    session?: { accountId: string };
    grantId?: string;
  }

  export interface GrantInstance {
    addOIDCScope(scope: string): void;
    addOIDCClaims(claims: string[]): void;
    addResourceScope(resource: string, scope: string): void;
    addRar(detail: Record<string, unknown>): void;
    rar?: Record<string, unknown>[];
    save(): Promise<string>;
  }

  export class OIDCProviderError extends Error {
    error: string;
    error_description?: string;
    error_detail?: string;
    status: number;
  }

  export const errors: {
    SlowDown: new () => OIDCProviderError;
    InvalidTarget: new (description?: string) => OIDCProviderError;
    InvalidGrant: new (description?: string) => OIDCProviderError;
    InvalidRequest: new (description?: string) => OIDCProviderError;
    InvalidAuthorizationDetails: new (description?: string) => OIDCProviderError;
  };

  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    readonly issuer: string;
    Grant: {
      new (init: { accountId: string; clientId: string }): GrantInstance;
      find(id: string): Promise<GrantInstance | undefined>;
    };
    AccessToken: {
      find(value: string): Promise<{ accountId?: string; clientId?: string; scope?: string; isExpired?: boolean } | undefined>;
    };
    ClientCredentials: {
      find(value: string): Promise<{ accountId?: string; clientId?: string; scope?: string; isExpired?: boolean } | undefined>;
    };
    registerGrantType(name: string, handler: (ctx: KoaContext, next: () => Promise<void>) => Promise<void>, params?: string[]): void;
    use(middleware: (ctx: KoaContext, next: () => Promise<void>) => Promise<void>): void;
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    on(event: string, listener: (...args: unknown[]) => void): this;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionDetails>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: Record<string, unknown>,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
  }
}
