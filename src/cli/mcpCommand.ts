/**
 * `authlens mcp [--mask-personal-data]`: the agent tools over the Model Context Protocol on stdio, for
 * Copilot agent mode, Claude Code, Cursor and any other MCP client. stdout carries only protocol
 * messages; the server ends when the client closes stdin. Loaded only when this command runs: the SDK
 * is most of dist/mcpServer.js and the other commands must not pay for it.
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { AGENT_TOOLS, runAgentTool } from '../core/agent/tools';
import type { AgentOptions } from '../core/agent/types';

export const MCP_SERVER_NAME = 'authlens';

export interface McpOptions extends AgentOptions {
  version: string;
}

/** The server with every AuthLens tool registered; not yet connected (tests connect it in memory). */
export function createMcpServer(options: McpOptions): McpServer {
  const server = new McpServer(
    { name: MCP_SERVER_NAME, version: options.version },
    {
      instructions:
        'AuthLens debugs authentication offline: decode_token for JWTs, explain_error for error codes and responses (AADSTS…, invalid_grant, Okta E…), scan_text to find both in logs, explain_har for a recorded sign-in (HAR file). Answers never contain whole tokens, signatures, codes, secrets or cookie values.',
    },
  );
  for (const tool of AGENT_TOOLS) {
    server.registerTool(
      tool.name,
      {
        title: tool.title,
        description: tool.description,
        inputSchema: { [tool.argument.name]: z.string().describe(tool.argument.description) },
        annotations: { title: tool.title, readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
      },
      async (args: Record<string, unknown>) => {
        const answer = await runAgentTool(tool.name, args, options);
        return { content: [{ type: 'text' as const, text: answer.text }], structuredContent: answer.structured, isError: answer.isError };
      },
    );
  }
  return server;
}

/** Serves on stdin/stdout until the client closes stdin. Resolves with the exit code. */
export async function mcpCommand(args: string[], version: string): Promise<number> {
  const maskPersonalData = args.includes('--mask-personal-data') || /^(1|true|yes)$/i.test(process.env.AUTHLENS_MASK_PERSONAL_DATA ?? '');
  const server = createMcpServer({ version, maskPersonalData, readFile: readBoundedFile });
  const transport = new StdioServerTransport();
  const closed = new Promise<void>((resolve) => {
    process.stdin.once('end', () => resolve());
    process.stdin.once('close', () => resolve());
    transport.onclose = () => resolve();
  });
  await server.connect(transport);
  process.stderr.write(`authlens mcp: serving ${AGENT_TOOLS.length} tools on stdio${maskPersonalData ? ' (personal data masked)' : ''}\n`);
  await closed;
  await server.close().catch(() => undefined);
  return 0;
}

/** A HAR the agent named, relative to the folder the client started us in; at most 200 MB. */
async function readBoundedFile(path: string): Promise<string> {
  const full = resolve(process.cwd(), path);
  if ((await stat(full)).size > 200 * 1024 * 1024) throw new Error('too large');
  return readFile(full, 'utf8');
}
