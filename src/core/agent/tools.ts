/**
 * The agent tools, described once for every face: the MCP server (`authlens mcp`) and VS Code's
 * language-model tools (package.json `contributes.languageModelTools` must match: a unit test checks).
 * Each description states the privacy contract, because the model's provider sees every answer.
 *
 * Adding a tool: a definition here, its answer function in this folder, and a `run` entry in
 * `runAgentTool`; the MCP server and VS Code pick it up (package.json lists the VS Code ones).
 */
import { scrubText } from './privacy';
import type { AgentAnswer, AgentOptions } from './types';

export type AgentToolName = 'decode_token' | 'explain_error' | 'scan_text' | 'explain_har';

export interface AgentToolDefinition {
  name: AgentToolName;
  title: string;
  /** For the model: what the tool does, when to use it, what it never returns. */
  description: string;
  /** The one string argument. */
  argument: { name: string; description: string; maxLength: number };
}

const PRIVACY =
  'Offline: nothing is sent over the network. Never returns a whole token, a signature, an authorization code, a client secret or a cookie value';

export const AGENT_TOOLS: readonly AgentToolDefinition[] = [
  {
    name: 'decode_token',
    title: 'Decode a JWT',
    description:
      'Decode a JWT (JWS or JWE, with or without "Bearer ") and explain it: issuer and provider, token kind, header, every claim with its meaning, times with "expired 3 h ago", and findings such as wrong audience, expired, alg none, personal data. ' +
      `Decoding only: the signature is not verified. ${PRIVACY}: claims and header come back, the signature never (personal claims such as email, name, upn are masked when the user has asked for it).`,
    argument: { name: 'token', description: 'The compact JWT (eyJ…), optionally prefixed by "Bearer ".', maxLength: 4 * 1024 * 1024 },
  },
  {
    name: 'explain_error',
    title: 'Explain an auth error',
    description:
      'Explain an authentication error from the offline catalog of 900+ codes (Microsoft Entra AADSTS, OAuth 2.0 / OpenID Connect, MSAL, Okta, Google, GitHub, Keycloak, Auth0, Cognito): what it means, likely causes, fixes and source links. ' +
      'Takes a bare code (AADSTS50076, invalid_grant, E0000011) or a whole error response, redirect URL, WWW-Authenticate header, exception or log excerpt, and also returns its parsed parts (error, description, trace and correlation ids). ' +
      `${PRIVACY}: only the parsed error facts are returned, never the input.`,
    argument: {
      name: 'text',
      description: 'An error code, or the response / URL / log lines that contain the error.',
      maxLength: 1024 * 1024,
    },
  },
  {
    name: 'scan_text',
    title: 'Find tokens and auth errors in text',
    description:
      'Find every JWT and every auth error code in a log, file or response, with the line each is on and a one-line description (token kind, issuer, validity; error meaning). ' +
      `Use it on large text, then decode_token or explain_error on what it finds. ${PRIVACY}: tokens are described, not returned.`,
    argument: { name: 'text', description: 'The text to scan (logs, a file, an HTTP exchange).', maxLength: 16 * 1024 * 1024 },
  },
  {
    name: 'explain_har',
    title: 'Explain a HAR file (a recorded sign-in)',
    description:
      "Read a HAR file (HTTP Archive, as browsers export for support tickets) and tell the story of the sign-in it recorded: the reviewer's checks (state round-trip, nonce, PKCE S256, redirect_uri, code used once, tokens over plain http, form_post cookies, clock skew) failed first, the auth legs, every error explained, and which tokens went where. " +
      `Reads the file on this machine. ${PRIVACY}: URLs come masked, tokens are described (kind, place, issuer, audience, times), never returned.`,
    argument: {
      name: 'path',
      description: "The HAR file's path on this machine (absolute, or relative to the workspace / current folder).",
      maxLength: 4096,
    },
  },
];

export function agentTool(name: string): AgentToolDefinition | undefined {
  return AGENT_TOOLS.find((tool) => tool.name === name);
}

/**
 * Runs a tool on its input object. Loads the tool's code on demand (the error catalog is large), and
 * never throws: a bad input or a bug of ours becomes an answer with `isError`.
 */
export async function runAgentTool(name: string, input: unknown, options: AgentOptions = {}): Promise<AgentAnswer> {
  const tool = agentTool(name);
  if (!tool) return failure(`Unknown tool "${String(name).slice(0, 64)}". AuthLens tools: ${AGENT_TOOLS.map((t) => t.name).join(', ')}.`);
  const value = typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[tool.argument.name] : undefined;
  if (typeof value !== 'string') return failure(`${tool.name} needs "${tool.argument.name}" as a string.`);
  if (value.length > tool.argument.maxLength)
    return failure(`"${tool.argument.name}" is ${value.length} characters; ${tool.name} takes at most ${tool.argument.maxLength}.`);
  try {
    switch (tool.name) {
      case 'decode_token':
        return (await import('./decodeTokenTool')).decodeTokenAnswer(value, options);
      case 'explain_error':
        return (await import('./explainErrorTool')).explainErrorAnswer(value, options);
      case 'scan_text':
        return (await import('./scanTextTool')).scanTextAnswer(value, options);
      case 'explain_har': {
        if (!options.readFile) return failure('explain_har reads files, which this host does not offer.');
        const text = await options.readFile(value).catch(() => undefined);
        if (text === undefined) return failure('explain_har could not read that file (missing, unreadable or over 200 MB).');
        return (await import('./explainHarTool')).explainHarAnswer(text, options);
      }
    }
  } catch (error) {
    // The message is ours (never the input): safe to pass on.
    return failure(`${tool.name} failed unexpectedly: ${error instanceof Error ? error.message.slice(0, 200) : 'unknown error'}`);
  }
}

function failure(message: string): AgentAnswer {
  const text = scrubText(message);
  return { text, structured: { error: text }, isError: true };
}

export type { AgentAnswer, AgentOptions } from './types';
