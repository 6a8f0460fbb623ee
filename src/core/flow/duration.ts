/** Durations in words: "120 ms", "4.2 s", "55 s", "2 min 5 s", "1 h 3 min", "3 d". Negative or NaN input counts as 0. */
export function formatDuration(ms: number): string {
  const value = Number.isFinite(ms) && ms > 0 ? Math.min(ms, 1e15) : 0;
  if (value < 1000) return `${Math.round(value)} ms`;
  const seconds = value / 1000;
  if (seconds < 10) return `${(Math.floor(seconds * 10) / 10).toString()} s`;
  if (seconds < 60) return `${Math.floor(seconds)} s`;
  const totalSeconds = Math.floor(seconds);
  const minutes = Math.floor(totalSeconds / 60);
  if (minutes < 60) return totalSeconds % 60 ? `${minutes} min ${totalSeconds % 60} s` : `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours >= 48) return `${Math.floor(hours / 24)} d`;
  return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
}
