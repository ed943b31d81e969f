/**
 * Quick double texts: several messages to the same conversation, each within a couple of minutes
 * of the last, all within a few minutes. Only send times are kept, never what was sent.
 */
export const QUICK_WINDOW_MS = 5 * 60_000;
export const QUICK_GAP_MS = 2 * 60_000;

/** How many earlier sends form an unbroken quick run that ends now. `times` is oldest first. */
export function quickSendsBefore(
  times: readonly number[],
  now: number,
  windowMs = QUICK_WINDOW_MS,
  gapMs = QUICK_GAP_MS,
): number {
  let count = 0;
  let later = now;
  for (let i = times.length - 1; i >= 0; i--) {
    const at = times[i]!;
    if (at > later || later - at > gapMs || now - at > windowMs) break;
    count++;
    later = at;
  }
  return count;
}

/** The send times to keep after a send at `now`: only those that can still matter. */
export function recordSend(times: readonly number[], now: number, windowMs = QUICK_WINDOW_MS) {
  return [...times.filter((at) => now - at <= windowMs && at <= now), now];
}
