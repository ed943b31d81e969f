import { browser } from 'wxt/browser';
import { PENDING_ALARM, loadPending, savePending, takeDue } from '@/lib/pause/pendingChanges';
import { originsOf, syncRegistrationsInOrder } from '@/lib/pause/registration';
import { savePauseSettings } from '@/lib/pause/settingsStore';
import { SITES } from '@/lib/pause/sites';
import type { PendingChange } from '@/lib/urges/delayedOff';

/**
 * The kind delay's far end: when a change the person asked for comes due (lib/urges/
 * delayedOff.ts), it is applied here, with no page open. permissions.remove needs no user
 * gesture, and the registrations follow as they do for turnSiteOff.
 */
async function apply(change: PendingChange): Promise<void> {
  if (change.kind === 'siteOff') {
    const site = SITES.find((s) => s.id === change.site);
    if (!site) return;
    await browser.permissions.remove({ origins: originsOf(site) });
    await syncRegistrationsInOrder();
  } else if (change.kind === 'sensitivity') {
    await savePauseSettings({ sensitivity: change.to });
  } else {
    await savePauseSettings({ offDelayMinutes: change.to });
  }
}

/** Applies every change that is due now; the rest keep waiting, with their alarm. */
export async function applyDueChanges(now = Date.now()): Promise<void> {
  for (const pending of await takeDue(now)) {
    await apply(pending.change).catch((error: unknown) =>
      console.warn(`Steady: a delayed ${pending.change.kind} change could not be applied`, error),
    );
  }
}

/**
 * At start: what came due while the browser was shut is applied now, and the alarm for the
 * rest is set again (Chromium may drop alarms over a restart or an update).
 */
async function onStart(): Promise<void> {
  await applyDueChanges();
  await savePending(await loadPending());
}

/**
 * A site turned on again (from any page, or the browser's own settings) after it was turned
 * off some other way keeps no pending "off": that would switch it off behind the person's back.
 */
async function keepSitesTurnedOn(origins: string[]): Promise<void> {
  const pending = await loadPending();
  const turnedOn = (id: string) =>
    SITES.find((site) => site.id === id)?.matches.some((match) => origins.includes(match));
  const next = pending.filter((p) => p.change.kind !== 'siteOff' || !turnedOn(p.change.site));
  if (next.length !== pending.length) await savePending(next);
}

/** Listeners for the delay; added synchronously at start, like every background listener. */
export function setupPendingChanges(): void {
  browser.runtime.onStartup.addListener(() => void onStart().catch(() => undefined));
  browser.runtime.onInstalled.addListener(() => void onStart().catch(() => undefined));
  browser.permissions.onAdded.addListener(
    ({ origins }) => void keepSitesTurnedOn(origins ?? []).catch(() => undefined),
  );
  browser.alarms.onAlarm.addListener((alarm) =>
    alarm.name === PENDING_ALARM
      ? applyDueChanges().catch((error: unknown) =>
          console.warn('Steady: the delayed changes could not be checked', error),
        )
      : undefined,
  );
}
