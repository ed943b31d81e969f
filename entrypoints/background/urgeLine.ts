import { t } from '@/lib/i18n';
import { replayLine } from '@/lib/urges/ease';
import type { Ride } from '@/lib/urges/ride';

/**
 * The pause's quiet line from the person's own rides, made here in their language so the
 * content script only shows a sentence: "Your last 5 urges eased within about 12 minutes".
 * Nothing until there are enough rides (ease.ts); never a score or a streak.
 */
export function urgeLineFor(rides: readonly Ride[]): string | undefined {
  const line = replayLine(rides);
  if (!line) return undefined;
  const subs = [String(line.count), String(line.minutes)];
  return t(line.kind === 'all' ? 'urgeLineAll' : 'urgeLineMost', subs);
}
