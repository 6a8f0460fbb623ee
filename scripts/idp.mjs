// Runs the AuthLens demo identity provider (test/harness/idp.ts) on its own, for `npm start` and for
// trying the Flow Tester by hand: node scripts/idp.mjs   (port: AUTHLENS_IDP_PORT, default 4400)
// The harness is TypeScript compiled as CommonJS (like the tests), so load it through tsx's require.
import { require as tsxRequire } from 'tsx/cjs/api';

const port = Number(process.env.AUTHLENS_IDP_PORT ?? 4400);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`AUTHLENS_IDP_PORT must be a port number, not ${JSON.stringify(process.env.AUTHLENS_IDP_PORT)}`);
  process.exit(2);
}

const { startIdp, DEMO_USERS, PUBLIC_CLIENT_ID, CONFIDENTIAL_CLIENT_ID, DEMO_CLIENT_SECRET } = tsxRequire(
  '../test/harness/idp.ts',
  import.meta.url,
);

let idp;
try {
  idp = await startIdp({ port });
} catch (error) {
  console.error(`The demo identity provider could not start on 127.0.0.1:${port}: ${error.code ?? error.message}`);
  process.exit(1);
}

console.log(`AuthLens demo identity provider: ${idp.issuer}`);
console.log(`  discovery     ${idp.issuer}/.well-known/openid-configuration`);
console.log(`  public client ${PUBLIC_CLIENT_ID} (PKCE, any loopback redirect port, device flow)`);
console.log(`  confidential  ${CONFIDENTIAL_CLIENT_ID} / ${DEMO_CLIENT_SECRET} (demo only)`);
console.log(`  users         ${DEMO_USERS.map((u) => `${u.login} / ${u.password}`).join(', ')}`);

const stop = async () => {
  await idp.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
