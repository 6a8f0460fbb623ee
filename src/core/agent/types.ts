/**
 * What an agent tool gives back, whoever calls it (the MCP server, VS Code's language-model tools):
 * text a model can use as it is, the same facts as structured data, and whether the tool failed.
 */
export interface AgentAnswer {
  /** Plain text: the summary, the findings, causes and fixes, the source links. */
  text: string;
  /** The same facts as JSON-safe data (MCP `structuredContent`). */
  structured: Record<string, unknown>;
  /** The tool ran but could not answer (not a token, no error found): the text says why. */
  isError: boolean;
}

export interface AgentOptions {
  /** Replace personal claims (email, name, upn, …) and email addresses in free text by `[masked]`. */
  maskPersonalData?: boolean;
  /** Milliseconds since 1970, for token times; defaults to now. */
  now?: number;
  /** Tolerance for `exp`/`nbf`/`iat`, seconds. */
  clockSkewSeconds?: number;
  /** Reads a file the user named (explain_har); the host decides where paths resolve and bounds the size. */
  readFile?: (path: string) => Promise<string>;
}
