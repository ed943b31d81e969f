import { t, type MessageKey } from '@/lib/i18n';
import { plural } from '@/lib/locale';
import { keepAsIs } from '@/lib/pause/pendingChanges';
import type { Sensitivity } from '@/lib/pause/settings';
import { SITES } from '@/lib/pause/sites';
import type { Pending } from '@/lib/urges/delayedOff';
import { clockOf } from './usePending';

export const SENSITIVITY_LABELS: Record<Sensitivity, MessageKey> = {
  gentle: 'sensitivity_gentle',
  balanced: 'sensitivity_balanced',
  watchful: 'sensitivity_watchful',
};

/** A delay in the words of its select: "5 minutes", or "No wait: right away" for 0. */
export const delayLabel = (minutes: number) =>
  minutes ? plural('optionsMinutes', minutes) : t('optionsOffDelayNone');

/** What will happen, and when, said warmly and without judgement. */
export function noteText({ change, at }: Pending): string {
  const time = clockOf(at);
  if (change.kind === 'siteOff') {
    const name = SITES.find((site) => site.id === change.site)?.name ?? change.site;
    return t('pendingSiteOff', [name, time]);
  }
  if (change.kind === 'sensitivity') {
    return t('pendingSensitivity', [t(SENSITIVITY_LABELS[change.to]), time]);
  }
  return t('pendingOffDelay', [delayLabel(change.to), time]);
}

/**
 * The note under a change that waits (lib/urges/delayedOff.ts), with a button that keeps
 * things as they are at once.
 */
export function PendingNote({
  pending,
  report,
}: {
  pending: Pending;
  report(write: Promise<unknown>): Promise<void>;
}) {
  const keep = pending.change.kind === 'siteOff' ? 'pendingKeepOn' : 'pendingKeepAsIs';
  return (
    <div class="pending-note">
      <p>{noteText(pending)}</p>
      <button type="button" onClick={() => void report(keepAsIs(pending.change))}>
        {t(keep)}
      </button>
    </div>
  );
}
