/**
 * The Explain view's builder uses the `html` template from src/extension/views/webviewHtml.ts, which
 * also imports `vscode` for its other functions. Unit tests run in plain Node, so an empty `vscode`
 * module is supplied; the builders under test never touch it. Import this file first.
 */
import Module from 'node:module';

const loader = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
const original = loader._load;
loader._load = function load(request, parent, isMain) {
  if (request === 'vscode') return {};
  return original.call(this, request, parent, isMain);
};
