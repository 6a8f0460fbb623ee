/** True for a URL hostname on this machine, where plain http:// is allowed (local test servers, the demo IdP). */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]' || hostname === '::1';
}
