/**
 * Where the provider's endpoints come from: its discovery document (OpenID Connect Discovery, or
 * RFC 8414 when there is no OIDC document), or endpoints typed in by hand.
 */
import * as oauth from 'oauth4webapi';
import { FlowError } from './flowError';
import { issuerProblem } from '../net/guardedFetch';
import { checkEndpointUrl, requestOptions, runStep } from './step';
import type { FlowDeps, FlowServer, FlowStep } from './types';

/** Entra's multi-tenant metadata puts this where the tenant id goes in `issuer`. */
export const TENANT_PLACEHOLDER = '{tenantid}';

export interface ManualEndpoints {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri?: string;
  userinfo_endpoint?: string;
  revocation_endpoint?: string;
  introspection_endpoint?: string;
  device_authorization_endpoint?: string;
  end_session_endpoint?: string;
}

/** Fetches and checks the provider's metadata. The step's result is the {@link FlowServer} to use for every later step. */
export function discover(issuer: string, deps: FlowDeps, { signal }: { signal?: AbortSignal } = {}): Promise<FlowStep<FlowServer>> {
  return runStep<FlowServer>(
    deps,
    'discovery',
    'Discover the provider',
    "Reads the provider's metadata document (/.well-known/openid-configuration) to learn its endpoints, keys and supported features.",
    async ({ step, recorder }) => {
      const issuerUrl = checkEndpointUrl(
        issuer.trim().replace(/\/\.well-known\/(openid-configuration|oauth-authorization-server)$/, ''),
        'The issuer',
      );
      // The well-known URL is built from the issuer's path: a query or fragment would choose another request.
      const problem = issuerProblem(issuer.trim());
      if (problem) throw new FlowError('BAD_INPUT', `The issuer ${problem}`);
      const options = requestOptions({ deps, server: { metadata: { issuer: issuerUrl.href } } }, recorder, signal);
      let response = await oauth.discoveryRequest(issuerUrl, { ...options, algorithm: 'oidc' });
      if (response.status === 404) {
        step.notes.push('No OpenID Connect discovery document; trying the OAuth 2.0 one (RFC 8414).');
        response = await oauth.discoveryRequest(issuerUrl, { ...options, algorithm: 'oauth2' });
      }
      let metadata: oauth.AuthorizationServer;
      const copy = response.clone();
      try {
        metadata = await oauth.processDiscoveryResponse(issuerUrl, response);
      } catch (error) {
        if (error instanceof oauth.OperationProcessingError && error.code === oauth.JSON_ATTRIBUTE_COMPARISON) {
          const received = (error.cause as { body?: { issuer?: unknown } } | undefined)?.body?.issuer;
          if (typeof received === 'string' && received.includes(TENANT_PLACEHOLDER)) {
            // Entra's common/organizations/consumers metadata names a templated issuer; each ID token's
            // iss has the user's tenant (tid) in its place. Accepted, and checked per token.
            const document = (await copy.json()) as oauth.AuthorizationServer;
            step.notes.push(
              `Multi-tenant metadata: the issuer is the template ${received}; each ID token's iss is compared with its tid filled in.`,
            );
            step.checks.push({
              id: 'issuer',
              label: 'Metadata `issuer` matches the issuer URL',
              outcome: 'skipped',
              detail: `templated issuer ${received}`,
            });
            step.checks.push(...metadataChecks(document));
            return { metadata: document, source: 'discovery', discoveryDocument: { ...document } };
          }
          throw new FlowError(
            'ISSUER_MISMATCH',
            `The metadata names a different issuer (${JSON.stringify(received)}) than the URL it was fetched from (${issuerUrl.href}). ` +
              'Use exactly the issuer the provider states, including any trailing slash or tenant segment.',
            { cause: error },
          );
        }
        throw error;
      }
      step.checks.push({ id: 'issuer', label: 'Metadata `issuer` matches the issuer URL', outcome: 'passed', detail: metadata.issuer });
      step.checks.push(...metadataChecks(metadata));
      const server: FlowServer = { metadata, source: 'discovery', discoveryDocument: { ...metadata } };
      return server;
    },
  );
}

/** Informational checks on what the provider supports; none of them fails the step. */
function metadataChecks(metadata: oauth.AuthorizationServer): FlowStep['checks'] {
  const methods = metadata.code_challenge_methods_supported;
  return [
    {
      id: 'pkce-s256',
      label: 'PKCE with S256 is supported',
      outcome: methods === undefined ? 'skipped' : methods.includes('S256') ? 'passed' : 'failed',
      detail:
        methods === undefined
          ? 'The metadata does not list code_challenge_methods_supported; AuthLens sends S256 anyway.'
          : methods.join(', '),
    },
    {
      id: 'iss-parameter',
      label: 'Authorization responses carry `iss` (RFC 9207)',
      outcome: metadata.authorization_response_iss_parameter_supported ? 'passed' : 'skipped',
      detail: metadata.authorization_response_iss_parameter_supported
        ? 'The callback `iss` will be required and compared.'
        : 'Not advertised; the callback `iss` is checked only if present.',
    },
    {
      id: 'jwks',
      label: 'Signing keys are published (jwks_uri)',
      outcome: metadata.jwks_uri ? 'passed' : 'skipped',
      detail: metadata.jwks_uri ?? 'No jwks_uri: ID token signatures cannot be checked.',
    },
  ];
}

/** Endpoints typed in by hand, for providers without discovery. */
export function manualServer(endpoints: ManualEndpoints): FlowServer {
  const issuer = endpoints.issuer.trim();
  checkEndpointUrl(issuer, 'The issuer');
  const metadata: oauth.AuthorizationServer = { issuer };
  for (const [name, value] of Object.entries(endpoints)) {
    if (name === 'issuer' || value === undefined || value === '') continue;
    checkEndpointUrl(value, name);
    (metadata as unknown as Record<string, string>)[name] = value;
  }
  return { metadata, source: 'manual' };
}
