// Shared set-up for the flow tests: a discovered demo provider and a flow context for one of its clients.
import { discover, defaultDeps, unwrapStep, type FlowContext, type FlowDeps, type FlowClient, type FlowServer } from '../../../src/core/flow';
import { CONFIDENTIAL_CLIENT_ID, DEMO_CLIENT_SECRET, PUBLIC_CLIENT_ID } from '../../harness/idp';

export async function discoverServer(issuer: string, deps: FlowDeps = defaultDeps()): Promise<FlowServer> {
  return unwrapStep(await discover(issuer, deps));
}

export const publicClient: FlowClient = { clientId: PUBLIC_CLIENT_ID, authMethod: 'none' };
export const confidentialClient: FlowClient = { clientId: CONFIDENTIAL_CLIENT_ID, authMethod: 'client_secret_basic', clientSecret: DEMO_CLIENT_SECRET };

export function context(server: FlowServer, client: FlowClient = publicClient, deps: Partial<FlowDeps> = {}): FlowContext {
  return { server, client, deps: defaultDeps(deps) };
}
