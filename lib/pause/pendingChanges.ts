import { browser } from 'wxt/browser';
import {
  cancel,
  keyOf,
  nextDue,
  request,
  sanitisePending,
  split,
  type Pending,
  type PendingChange,
} from '../urges/delayedOff';
import { loadPauseSettings } from './settingsStore';
import type { Site } from './sites';
import { turnSiteOff } from './toggle';

/**
 * Where the kind delay's pending changes live (lib/urges/delayedOff.ts decides them): in
 * storage.local, so they outlive a sleeping service worker and a browser restart, with one
 * alarm at the earliest time. The options page records and cancels them; the background
 * applies them when the alarm rings, and at start applies any that came due while it was shut.
 * Alarms belong to the extension, not to a page, so the page sets its own.
 */
export const PENDING_KEY = 'pause:pending';
export const PENDING_ALARM = 'steady-pause-pending';

export async function loadPending(): Promise<Pending[]> {
  return sanitisePending((await browser.storage.local.get(PENDING_KEY))[PENDING_KEY]);
}

/** Writes the list and sets (or clears) the one alarm for its earliest change. */
export async function savePending(pending: Pending[]): Promise<void> {
  await browser.storage.local.set({ [PENDING_KEY]: pending });
  const at = nextDue(pending);
  if (at === undefined) await browser.alarms.clear(PENDING_ALARM);
  else await browser.alarms.create(PENDING_ALARM, { when: at });
}

/**
 * Asks for a change under the person's own delay: resolves { now: true } when the caller
 * should apply it at once, or with when it will take effect. The delay compared against is
 * the one in effect now: a shortened delay still waits for the longer one it replaces.
 */
export async function requestChange(change: PendingChange, now = Date.now()) {
  const [settings, pending] = await Promise.all([loadPauseSettings(), loadPending()]);
  const decision = request(change, settings, pending, now);
  await savePending(decision.pending);
  return decision;
}

/** "Keep it on": nothing changes, and the pending change is gone. */
export async function keepAsIs(change: PendingChange): Promise<void> {
  await savePending(cancel(await loadPending(), keyOf(change)));
}

/** Calls back with the pending list now and at every change, from any page or the background. */
export function watchPending(onChange: (pending: Pending[]) => void): () => void {
  void loadPending().then(onChange);
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[PENDING_KEY]) {
      onChange(sanitisePending(changes[PENDING_KEY].newValue));
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * Takes what is due out of the list (keeping the rest, and its alarm) and returns it, for the
 * background to apply. Taken before it is applied, so an alarm and a start that race apply a
 * change once.
 */
export async function takeDue(now = Date.now()): Promise<Pending[]> {
  const { due, waiting } = split(await loadPending(), now);
  await savePending(waiting);
  return due;
}

/**
 * What the options page's switch does to turn a site off: at once (turnSiteOff), or, with the
 * kind delay on, after it. Resolves with when it will happen, or undefined when it happened
 * now. (permissions.remove needs no user gesture, so the background can do it later.) Here,
 * not in toggle.ts, so the popup, which only turns sites on, does not ship the delay.
 */
export async function askSiteOff(site: Site): Promise<number | undefined> {
  const decision = await requestChange({ kind: 'siteOff', site: site.id });
  if (decision.now) await turnSiteOff(site);
  return decision.at;
}
