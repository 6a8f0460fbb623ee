/** Shared inputs for the error view tests: the samples, the real catalog, a fixed clock and hostile text. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lookupAll, lookupError } from '../../../../src/core/errors/catalog/index';
import { explainText } from '../../../../src/core/errors/explain';
import type { HoverCatalog } from '../../../../src/core/errors/hoverTarget';

/** 2026-11-28T12:00:00Z: the clock every view test reads. */
export const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);

export const catalog: HoverCatalog = { explainText, lookupError, lookupAll };

export function sample(name: string): string {
  return readFileSync(join(__dirname, '../../../../samples', name), 'utf8');
}

/** An error body whose every field tries markdown, command links, HTML and control characters. */
export const HOSTILE_BODY = JSON.stringify(
  {
    error: 'invalid_grant',
    error_description:
      'AADSTS70008: [Click me](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> <script>alert(document.cookie)</script> ```\n# HEADING $(alert) | table |',
    error_codes: [70008],
    trace_id: '"><a href="javascript:alert(1)">x</a>[t](command:authlens.copyValue?%22x%22)',
    correlation_id: '](https://evil.example/phish) $(bug) *bold*',
    timestamp: '2026-11-27 10:35:18Z',
    error_uri: 'javascript:alert(1)',
    claims: JSON.stringify({ access_token: { acr: { essential: true, value: '</pre><script>alert(1)</script>```' } } }),
  },
  null,
  2,
);
