/** The words shown next to each time claim: what the moment means for this token right now. */
import { formatDuration } from '../time/duration';
import type { DisplayedTime } from '../time/numericDate';

/** "47 minutes" → "47 more minutes"; "3 h 12 min" → "3 h 12 min more". */
function more(span: string): string {
  const single = /^(\d+) (\w+)$/.exec(span);
  return single ? `${single[1]} more ${single[2]}` : `${span} more`;
}

export function timeWords(name: string, time: DisplayedTime, skewSeconds: number): string {
  const past = time.secondsFromNow < 0;
  const span = formatDuration(time.secondsFromNow);
  switch (name) {
    case 'exp':
      if (!past) return `valid for ${more(span)}`;
      return -time.secondsFromNow <= skewSeconds
        ? `expired ${span} ago (still inside the ${formatDuration(skewSeconds)} clock skew)`
        : `expired ${span} ago`;
    case 'nbf':
      if (past) return `valid since ${span} ago`;
      return time.secondsFromNow <= skewSeconds
        ? `valid from ${time.iso} (in ${span}, inside the clock skew)`
        : `not valid until ${time.iso} (in ${span})`;
    case 'iat':
      return past ? `issued ${span} ago` : `issued ${span} in the future`;
    case 'auth_time':
      return past ? `user signed in ${span} ago` : `sign-in time ${span} in the future`;
    default:
      return time.relative;
  }
}
