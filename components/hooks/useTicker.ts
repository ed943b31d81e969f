import { useEffect, useState } from 'preact/hooks';

/**
 * Milliseconds since `startedAt`, refreshed every `everyMs`. Time is read from Date.now() at each
 * tick rather than counted, so a throttled or backgrounded page never drifts.
 */
export function useElapsed(startedAt: number, everyMs = 200): number {
  const [elapsed, setElapsed] = useState(() => Date.now() - startedAt);
  useEffect(() => {
    const timer = setInterval(() => setElapsed(Date.now() - startedAt), everyMs);
    return () => clearInterval(timer);
  }, [startedAt, everyMs]);
  return elapsed;
}
