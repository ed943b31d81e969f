import { useEffect, useState } from 'preact/hooks';
import { uiLanguage } from '@/lib/locale';
import { watchPending } from '@/lib/pause/pendingChanges';
import { keyOf, type Pending } from '@/lib/urges/delayedOff';

/** The kind delay's pending changes, kept current from storage (this page, another, the background). */
export function usePending(): Pending[] {
  const [pending, setPending] = useState<Pending[]>([]);
  useEffect(() => watchPending(setPending), []);
  return pending;
}

/** The pending change for one thing (`siteOff:whatsapp`, `sensitivity`, `offDelay`), if any. */
export function pendingFor(pending: Pending[], key: string): Pending | undefined {
  return pending.find((p) => keyOf(p.change) === key);
}

/** When a change takes effect, the way the UI's language says a time ("10:42 PM", "22:42"). */
export function clockOf(at: number): string {
  return new Date(at).toLocaleTimeString(uiLanguage(), { hour: 'numeric', minute: '2-digit' });
}
