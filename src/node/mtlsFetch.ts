/**
 * The Node side of mutual TLS (RFC 8705): a fetch whose TLS handshakes present a client certificate,
 * and the loader that turns a PEM certificate and key into the core's {@link ClientCertificate}.
 *
 * Built on `node:https` (a client certificate is an option of its agent) rather than the `undici` package,
 * which would add about half a megabyte to every bundle for this one option. It returns the small
 * `ResponseLike` the one fetch policy (`core/net/guardedFetch.ts`) consumes: the guard still decides which
 * URLs are fetched, refuses redirects of requests with a body, caps the body and times out.
 *
 * The private key stays in this closure: it is never logged, returned or put on a step.
 */
import { request as httpsRequest, Agent } from 'node:https';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { FlowError } from '../core/flow/flowError';
import { certificateThumbprint, type ClientCertificate, type ClientCertificatePem } from '../core/flow/mtls';
import type { FetchImpl, ResponseLike } from '../core/net/guardedFetch';

export interface TlsFetchOptions {
  /** PEM client certificate (its chain may follow it) and key: presented when the server asks. */
  cert?: string;
  key?: string;
  /** PEM CA certificates trusted for the server instead of the system's (tests; a private CA). */
  ca?: string | string[];
}

/** A fetch over `node:https` with these TLS options; plain http (loopback providers) goes without them. */
export function tlsFetch(options: TlsFetchOptions): FetchImpl {
  // keepAlive off: an idle kept-alive socket would hold the CLI open; a flow makes a handful of requests.
  const agent = new Agent({
    keepAlive: false,
    ...(options.cert ? { cert: options.cert } : {}),
    ...(options.key ? { key: options.key } : {}),
    ...(options.ca ? { ca: options.ca } : {}),
  });
  return (url, init) =>
    new Promise<ResponseLike>((resolve, reject) => {
      const target = new URL(url);
      const signal = init.signal ?? undefined;
      if (signal?.aborted) return reject(signal.reason);
      const headers = headerRecord(init.headers);
      const body = bodyBytes(init.body);
      if (body) headers['content-length'] = String(body.byteLength);
      const https = target.protocol === 'https:';
      const request = (https ? httpsRequest : httpRequest)(target, { method: init.method ?? 'GET', headers, ...(https ? { agent } : {}) });
      let response: IncomingMessage | undefined;
      const onAbort = () => {
        request.destroy();
        response?.destroy();
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      request.once('error', (error) => {
        signal?.removeEventListener('abort', onAbort);
        // The shape of fetch's own network errors, which the flow engine explains (the code in `cause`).
        reject(new TypeError('fetch failed', { cause: error }));
      });
      request.once('response', (incoming) => {
        response = incoming;
        incoming.once('close', () => signal?.removeEventListener('abort', onAbort));
        const responseHeaders = new Headers();
        for (let i = 0; i + 1 < incoming.rawHeaders.length; i += 2)
          responseHeaders.append(incoming.rawHeaders[i]!, incoming.rawHeaders[i + 1]!);
        resolve({
          status: incoming.statusCode ?? 0,
          statusText: incoming.statusMessage ?? '',
          headers: responseHeaders,
          body: streamOf(incoming),
        });
      });
      request.end(body);
    });
}

/** A web stream over the response that stops reading while its reader is behind, and closes the socket when cancelled. */
function streamOf(incoming: IncomingMessage): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      incoming.on('data', (chunk: Buffer) => {
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 1) <= 0) incoming.pause();
      });
      incoming.once('end', () => controller.close());
      incoming.once('error', (error) => controller.error(error));
    },
    pull() {
      incoming.resume();
    },
    cancel() {
      incoming.destroy();
    },
  });
}

function headerRecord(headers: RequestInit['headers']): Record<string, string> {
  const record: Record<string, string> = {};
  if (!headers) return record;
  if (headers instanceof Headers)
    headers.forEach((value, name) => {
      record[name] = value;
    });
  else if (Array.isArray(headers)) for (const [name, value] of headers) record[String(name).toLowerCase()] = String(value);
  else for (const [name, value] of Object.entries(headers)) record[name.toLowerCase()] = String(value);
  return record;
}

function bodyBytes(body: RequestInit['body']): Uint8Array | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (body instanceof URLSearchParams) return Buffer.from(body.toString(), 'utf8');
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  throw new TypeError('This request body type is not supported over mutual TLS.');
}

/** The parts of a PEM text: its first certificate (with any chain after it) and its private key, when present. */
export function splitPem(text: string): { cert?: string; key?: string } {
  const certs = text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g);
  const key = /-----BEGIN ((?:RSA |EC |ENCRYPTED )?PRIVATE KEY)-----[\s\S]*?-----END \1-----/.exec(text)?.[0];
  return { ...(certs ? { cert: `${certs.join('\n')}\n` } : {}), ...(key ? { key: `${key}\n` } : {}) };
}

/**
 * Checks the certificate and key and returns the certificate the flow presents. Bad input is a
 * BAD_INPUT {@link FlowError} saying what to fix; no message holds the key.
 */
export async function loadClientCertificate(
  pem: ClientCertificatePem,
  options: { ca?: string | string[] } = {},
): Promise<ClientCertificate> {
  let x509: X509Certificate;
  try {
    x509 = new X509Certificate(pem.cert);
  } catch (error) {
    throw new FlowError(
      'BAD_INPUT',
      `The client certificate could not be read: ${(error as Error).message}. Give a PEM certificate ("-----BEGIN CERTIFICATE-----").`,
    );
  }
  if (/-----BEGIN ENCRYPTED PRIVATE KEY-----/.test(pem.key)) {
    throw new FlowError(
      'BAD_INPUT',
      "The certificate's private key is encrypted; decrypt it first, e.g. `openssl pkey -in key.pem -out key-plain.pem`, and keep that file private.",
    );
  }
  let keyMatches: boolean;
  try {
    keyMatches = x509.checkPrivateKey(createPrivateKey(pem.key));
  } catch {
    throw new FlowError(
      'BAD_INPUT',
      'The certificate\'s private key could not be read: give a PEM private key ("-----BEGIN PRIVATE KEY-----").',
    );
  }
  if (!keyMatches)
    throw new FlowError(
      'BAD_INPUT',
      `The private key does not belong to the certificate ${oneLine(x509.subject)}: give the key the certificate was made for.`,
    );
  const selfSigned = x509.subject === x509.issuer && x509.checkIssued(x509) && x509.verify(x509.publicKey);
  return {
    subject: oneLine(x509.subject),
    issuer: oneLine(x509.issuer),
    selfSigned,
    thumbprint: await certificateThumbprint(pem.cert),
    notAfter: new Date(x509.validTo).toISOString(),
    fetch: tlsFetch({ cert: pem.cert, key: pem.key, ...(options.ca ? { ca: options.ca } : {}) }),
  };
}

/**
 * Reads a certificate file and its key: from a key file, from text (a key kept in secret storage), or
 * from the certificate file itself when neither is given (one PEM holding both).
 */
export function readClientCertificateFiles(
  certPath: string,
  key?: { path: string } | { text: string },
  read: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): ClientCertificatePem {
  const load = (path: string, what: string) => {
    try {
      return read(path);
    } catch (error) {
      throw new FlowError(
        'BAD_INPUT',
        `Cannot read the ${what} file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      );
    }
  };
  const fromCert = splitPem(load(certPath, 'client certificate'));
  if (!fromCert.cert) throw new FlowError('BAD_INPUT', `${certPath} holds no PEM certificate ("-----BEGIN CERTIFICATE-----").`);
  const pem = key === undefined ? fromCert.key : 'path' in key ? splitPem(load(key.path, 'private key')).key : splitPem(key.text).key;
  if (!pem) {
    throw new FlowError(
      'BAD_INPUT',
      key === undefined
        ? `${certPath} holds no private key: give the certificate's key file too.`
        : 'path' in key
          ? `${key.path} holds no PEM private key ("-----BEGIN PRIVATE KEY-----").`
          : 'The certificate key given is not a PEM private key ("-----BEGIN PRIVATE KEY-----").',
    );
  }
  return { cert: fromCert.cert, key: pem };
}

function oneLine(dn: string): string {
  return dn.split('\n').filter(Boolean).join(', ');
}
