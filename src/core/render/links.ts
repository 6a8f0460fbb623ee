/** Which URLs become links in what AuthLens shows (hovers, the Explain view, the decoded view). */

/** Only absolute https URLs with a host and no user name or password become links; anything else stays text. */
export function isWebUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.hostname.length > 0 && !parsed.username && !parsed.password;
  } catch {
    return false;
  }
}
