import type { StreamFinding } from './streamScanner';

/**
 * Error codes found on one line (or one pretty-printed response) are one error told several ways
 * (`invalid_grant: AADSTS700082`): they become one item, named by its most specific code, that keeps
 * every code and the line. Tokens pass through unchanged.
 */
export function mergeByLine(found: readonly StreamFinding[]): (StreamFinding & { codes?: string[] })[] {
  const out: (StreamFinding & { codes?: string[] })[] = [];
  let open: (StreamFinding & { codes?: string[] }) | undefined;
  for (const finding of found) {
    if (finding.finding.kind !== 'error') {
      out.push(finding);
      continue;
    }
    const sameLine =
      open && open.stream === finding.stream && open.contextStart !== undefined && open.contextStart === finding.contextStart;
    if (open && sameLine) {
      open.codes!.push(finding.finding.code);
      if (isGeneric(open.finding) && !isGeneric(finding.finding)) {
        // The provider's own code names the item; the line (context) is the same.
        open.finding = finding.finding;
      }
      continue;
    }
    open = { ...finding, codes: [finding.finding.code] };
    out.push(open);
  }
  return out;
}

function isGeneric(finding: StreamFinding['finding']): boolean {
  return finding.kind === 'error' && (finding.family === 'oauth' || finding.family === 'msal');
}
