// What the desktop extension bundle leaves out and requires on first use: the error catalog
// (dist/errorCatalog.js) and SAML/HAR (dist/traces.js). Used by build.mjs and by the bundle budget test.
import { resolve } from 'node:path';

/**
 * The error catalog (~400 KiB of data) is its own file, dist/errorCatalog.js, required at run time on
 * the first lookup. Kept out of extension.js, it costs nothing when VS Code loads the extension.
 */
const CATALOG = resolve('src/core/errors/catalog/index');
export const catalogApart = {
  name: 'error-catalog-apart',
  setup(build) {
    build.onResolve({ filter: /catalog\/index$/ }, (args) =>
      resolve(args.resolveDir, args.path) === CATALOG ? { path: './errorCatalog.js', external: true } : undefined,
    );
  },
};

/**
 * SAML, HAR and the trace views (xmldom and the HAR reader, ~150 KiB minified) are dist/traces.js,
 * required on the first SAML hover, SAML decode, HAR view or explain_har call. Only dynamic imports
 * are redirected: the modules stay where they are, the eager graph of extension.js never reaches them,
 * and `test/unit/repo/bundleSize.test.ts` keeps it so. The web bundle (one file) keeps them inside.
 */
const TRACES = [
  'src/core/saml/decode',
  'src/core/har/index',
  'src/extension/traces/samlHtml',
  'src/extension/traces/traceHtml',
  'src/core/agent/explainHarTool',
].map((path) => resolve(path));
export const tracesApart = {
  name: 'traces-apart',
  setup(build) {
    build.onResolve({ filter: /(saml\/decode|har\/index|samlHtml|traceHtml|explainHarTool)$/ }, (args) =>
      args.kind === 'dynamic-import' && TRACES.includes(resolve(args.resolveDir, args.path))
        ? { path: './traces.js', external: true }
        : undefined,
    );
  },
};

/**
 * The Flow Tester's host (the session, the flow engine, oauth4webapi, the loopback listener: ~150 KiB
 * minified) is dist/flow.js, required when the Flow Tester view first resolves (src/extension/flow/flowTester.ts).
 */
const FLOW = resolve('src/extension/flow/flowTesterView');
export const flowApart = {
  name: 'flow-tester-apart',
  setup(build) {
    build.onResolve({ filter: /flowTesterView$/ }, (args) =>
      args.kind === 'dynamic-import' && resolve(args.resolveDir, args.path) === FLOW ? { path: './flow.js', external: true } : undefined,
    );
  },
};
