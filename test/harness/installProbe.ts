/**
 * Installs the node-version-probe tarball with the harness's installer, the way `ensureCodeServer` installs
 * code-server. Run by test/e2e/setup.test.ts from inside an npm script, so that the outer npm's
 * environment (`npm_config_user_agent` saying node/v20) is there to leak. Usage: installProbe.ts TARBALL DIR
 */
import { ensureNode24, node24Root, npmInstall } from './install';

const [tarball, dir] = process.argv.slice(2);
if (!tarball || !dir) throw new Error('usage: installProbe.ts TARBALL DIR');
npmInstall(dir, tarball, { node24Root: node24Root(ensureNode24()), allowScripts: ['authlens-node-version-probe'] });
