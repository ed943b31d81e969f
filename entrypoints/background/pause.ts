import { browser } from 'wxt/browser';
import { JournalError } from '@/lib/journal/errors';
import { latestRides, recordSentPause } from '@/lib/journal/door';
import { urgeLineFor } from './urgeLine';
import type { Handlers, Sender } from '@/lib/messaging/server';
import { activeCooldowns, startCooldown, type Cooldowns } from '@/lib/pause/cooldown';
import { ownConversation } from '@/lib/pause/limits';
import { isSiteOn, syncRegistrationsInOrder } from '@/lib/pause/registration';
import { siteForUrl, type Site } from '@/lib/pause/sites';
import { loadPauseSettings, PAUSE_SETTINGS_KEY } from '@/lib/pause/settingsStore';
import { SHIPPED_MODEL } from '@/lib/pause/shippedModel';
import { calmNotesItem } from '@/lib/calm/notes';
import { ENABLED_SITES_KEY } from '@/lib/pause/constants';
import { savePaused, waitPaused } from './pauseDrafts';
import { restoreReminders, ringReminder } from './reminders';

export { REMIND_PREFIX } from '@/lib/pause/reminders';
export { WAIT_MINUTES } from './pauseDrafts';
export { openReminder, restoreReminders } from './reminders';

const COOLDOWNS_KEY = 'pause:cooldowns';
/** Enough recent rides to find the last few whose outcome is known (lib/urges/ease.ts). */
const RIDES_READ = 30;

/**
 * The sender check for everything a pause content script asks: the message comes from this
 * extension (createMessageListener checked the id) AND from a tab on a site the user turned on.
 * The site is read from the sender, never from the message.
 */
export async function senderSite(sender: Sender): Promise<Site> {
  const site = siteForUrl(sender.url);
  if (!site || !(await isSiteOn(site))) {
    throw new JournalError('invalid', 'not from a site the pause is on for');
  }
  return site;
}

function fromExtensionPage(sender: Sender): void {
  if (!sender.url?.startsWith(browser.runtime.getURL('/'))) {
    throw new JournalError('invalid', 'only Steady pages can change the sites');
  }
}

/** Cooldowns live in session storage: they outlive the service worker, not the browser. */
async function readCooldowns(): Promise<Cooldowns> {
  const stored = (await browser.storage.session.get(COOLDOWNS_KEY))[COOLDOWNS_KEY];
  return typeof stored === 'object' && stored !== null ? (stored as Cooldowns) : {};
}

type PauseHandlers = Pick<Handlers, Extract<keyof Handlers, `pause.${string}`>>;

export const pauseHandlers: PauseHandlers = {
  async 'pause.hello'(_data, sender) {
    const site = siteForUrl(sender.url);
    const listed = (await browser.storage.local.get(ENABLED_SITES_KEY))[ENABLED_SITES_KEY];
    if (!site || !(await isSiteOn(site)) || (Array.isArray(listed) && !listed.includes(site.id))) {
      return { on: false, cooldowns: {}, notes: [] };
    }
    const [settings, notes, rides] = await Promise.all([
      browser.storage.local.get(PAUSE_SETTINGS_KEY).then((all) => all[PAUSE_SETTINGS_KEY]),
      // Sealed while the lock is on: readable with this browser session's key, else none.
      calmNotesItem.load().catch(() => []),
      // Times and strengths, readable while locked; no line is better than a failed hello.
      latestRides(RIDES_READ).catch(() => []),
    ]);
    const mine: Cooldowns = {};
    for (const [key, until] of Object.entries(activeCooldowns(await readCooldowns(), Date.now()))) {
      if (key === site.id || key.startsWith(`${site.id}:`)) mine[key] = until;
    }
    return {
      on: true,
      cooldowns: mine,
      settings,
      notes: notes.map((note) => note.text.trim()).filter(Boolean),
      urgeLine: urgeLineFor(rides),
    };
  },

  /**
   * The model that weighs drafts, for a pause content script to keep: it is too large for the
   * content script's own bundle. The same for every site; asked once per page.
   */
  async 'pause.model'(_data, sender) {
    await senderSite(sender);
    return SHIPPED_MODEL;
  },

  async 'pause.save'(data, sender) {
    return savePaused(await senderSite(sender), data, sender);
  },

  async 'pause.wait'(data, sender) {
    return waitPaused(await senderSite(sender), data, sender);
  },

  async 'pause.sendAnyway'(data, sender) {
    const site = await senderSite(sender);
    // A content script may only set cooldowns for its own site's conversations.
    const key = ownConversation(site.id, data?.conversation);
    if (!key) throw new JournalError('invalid', 'conversation of another site, or too long');
    const pause = await loadPauseSettings();
    const now = Date.now();
    const next = startCooldown(await readCooldowns(), key, now, pause.cooldownMinutes);
    await browser.storage.session.set({ [COOLDOWNS_KEY]: next });
    await recordSentPause(site.id);
    return { until: next[key]! };
  },

  async 'pause.error'(data, sender) {
    const site = await senderSite(sender);
    // Only the kind of failure and the site: never the draft or anything else of the page.
    console.warn(
      `Steady pause: a ${String(data?.kind)} step failed on ${site.id}; the send went through.`,
    );
    return null;
  },

  async 'pause.syncSites'(_data, sender) {
    fromExtensionPage(sender);
    return { enabled: await syncRegistrationsInOrder() };
  },
};

function sync(): void {
  void syncRegistrationsInOrder().catch((error: unknown) =>
    console.warn('Steady: could not update the pause scripts', error),
  );
}

function onStart(): void {
  sync();
  void restoreReminders().catch(() => undefined);
}

/** Listeners for the pause; added synchronously at start, like every background listener. */
export function setupPause(): void {
  // --load-extension reinstalls at every start and registered scripts can be lost on updates,
  // even with persistAcrossSessions; permissions survive, so registrations are rebuilt from them.
  browser.runtime.onStartup.addListener(onStart);
  browser.runtime.onInstalled.addListener(onStart);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);

  // Returned, not awaited: browsers ignore it; tests wait for the notification through it.
  browser.alarms.onAlarm.addListener((alarm) =>
    ringReminder(alarm.name).catch((error: unknown) =>
      console.warn('Steady: the reminder could not be checked, so it stays quiet', error),
    ),
  );
  // Its click listener is added with the check-in's (notifications.ts): the permission is optional.
}
