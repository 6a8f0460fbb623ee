/**
 * `npm start`: builds AuthLens, starts the local identity provider and a real VS Code (code-server)
 * on 127.0.0.1 with AuthLens installed and samples/ open, and prints the URL. Ctrl-C stops everything.
 *
 * Environment: AUTHLENS_PORT (VS Code, default 8080), AUTHLENS_IDP_PORT (identity provider, default 4400).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startCodeServer } from '../test/harness/codeServer';
import { repoRoot, samplesDir } from '../test/harness/paths';

async function main(): Promise<void> {
  console.log('Building AuthLens…');
  execFileSync(process.execPath, ['build.mjs'], { cwd: repoRoot, stdio: 'inherit' });

  let idpLine = '';
  let stopIdp: (() => Promise<void>) | undefined;
  if (existsSync(join(repoRoot, 'test', 'harness', 'idp.ts'))) {
    const { startIdp } = await import('../test/harness/idp');
    const idp = await startIdp({ port: Number(process.env.AUTHLENS_IDP_PORT ?? 4400) });
    idpLine = `  Identity provider: ${idp.issuer}  (demo users: alice / wonderland, bob / builder)\n`;
    stopIdp = () => idp.close();
  }

  const port = Number(process.env.AUTHLENS_PORT ?? 8080);
  const server = await startCodeServer({ workspace: samplesDir, installExtension: true, port, keep: false, log: () => undefined });
  console.log(`
AuthLens is running.
  VS Code:           ${server.url}/?folder=${encodeURIComponent(samplesDir)}
${idpLine}
Open the VS Code URL in a browser: hover the tokens and error codes in app.log, requests.http, token-error.json,
run "AuthLens: Decode Token" from the palette (F1), and open the AuthLens view in the activity bar.
Press Ctrl-C to stop.`);

  const stop = async () => {
    await server.stop();
    await stopIdp?.();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
