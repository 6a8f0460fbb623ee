/**
 * Throwaway X.509 certificates for the mutual TLS tests (RFC 8705), made at test time with the `openssl`
 * command (node:crypto cannot issue certificates): a test CA, a server certificate for 127.0.0.1 signed
 * by it, a client certificate signed by it (tls_client_auth) and self-signed client certificates
 * (self_signed_tls_client_auth). P-256 keys, valid for a day, in a temporary folder removed by `cleanup`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDebianPackages } from './system';
import { tlsFetch } from '../../src/node/mtlsFetch';

export interface PemPair {
  cert: string;
  key: string;
  certPath: string;
  keyPath: string;
}

export interface TestCertificates {
  dir: string;
  ca: PemPair;
  server: PemPair;
  /** Signed by the test CA, subject `CN=<clientSubjectCn>`. */
  client: PemPair;
  /** Self-signed, the one the provider registers. */
  selfSigned: PemPair;
  /** Self-signed as well, registered nowhere. */
  stranger: PemPair;
  clientSubjectCn: string;
  cleanup(): void;
}

export const CLIENT_SUBJECT_CN = 'authlens-mtls-client';

export function makeTestCertificates(): TestCertificates {
  ensureDebianPackages(['openssl'], 'The mTLS tests make certificates with openssl');
  const dir = mkdtempSync(join(tmpdir(), 'authlens-mtls-'));
  const openssl = (args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  const pair = (name: string): PemPair => {
    const certPath = join(dir, `${name}.crt`);
    const keyPath = join(dir, `${name}.key`);
    return { cert: readFileSync(certPath, 'utf8'), key: readFileSync(keyPath, 'utf8'), certPath, keyPath };
  };
  const newKey = (name: string) => openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', `${name}.key`]);
  const selfSigned = (name: string, cn: string, extra: string[] = []) => {
    newKey(name);
    openssl(['req', '-x509', '-new', '-key', `${name}.key`, '-subj', `/CN=${cn}`, '-days', '1', '-out', `${name}.crt`, ...extra]);
    return pair(name);
  };
  const signed = (name: string, cn: string, extensions: string) => {
    newKey(name);
    openssl(['req', '-new', '-key', `${name}.key`, '-subj', `/CN=${cn}`, '-out', `${name}.csr`]);
    writeFileSync(join(dir, `${name}.ext`), extensions);
    openssl([
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-days',
      '1',
      '-extfile',
      `${name}.ext`,
      '-out',
      `${name}.crt`,
    ]);
    return pair(name);
  };
  const ca = selfSigned('ca', 'AuthLens test CA', [
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  const server = signed('server', '127.0.0.1', 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n');
  const client = signed('client', CLIENT_SUBJECT_CN, 'extendedKeyUsage=clientAuth\n');
  return {
    dir,
    ca,
    server,
    client,
    selfSigned: selfSigned('self', 'authlens-self-signed'),
    stranger: selfSigned('stranger', 'authlens-unregistered'),
    clientSubjectCn: CLIENT_SUBJECT_CN,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A `fetch` (real `Response`s) that trusts `ca` for https servers and presents no client certificate: the scripted browser's. */
export function fetchTrusting(ca: string): typeof fetch {
  const trusting = tlsFetch({ ca });
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const like = await trusting(input instanceof Request ? input.url : String(input), init ?? {});
    const empty = [101, 204, 205, 304].includes(like.status);
    return new Response(empty ? null : like.body, { status: like.status, statusText: like.statusText, headers: like.headers as Headers });
  }) as typeof fetch;
}
