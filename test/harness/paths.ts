import { join, resolve } from 'node:path';

/** The repository root (the extension folder) and the ignored folders the harness writes to. */
export const repoRoot = resolve(__dirname, '..', '..');
/** Installed tools (Node 24, code-server), reused across runs. Override with AUTHLENS_CACHE. */
export const cacheDir = process.env.AUTHLENS_CACHE ? resolve(process.env.AUTHLENS_CACHE) : join(repoRoot, '.cache');
/** Screenshots and logs of test runs. */
export const outputDir = join(repoRoot, 'test-output');
export const samplesDir = join(repoRoot, 'samples');

export const CODE_SERVER_VERSION = '4.139.1';
