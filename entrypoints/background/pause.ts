import { browser } from 'wxt/browser';
import { notifyJournalChanged } from '@/lib/journal/changes';
import { getJournal } from '@/lib/journal/db';
import { JournalError } from '@/lib/journal/errors';
import { t } from '@/lib/i18n';
import type { Handlers, Sender } from '@/lib/messaging/server';
import { activeCooldowns, startCooldown, type Cooldowns } from '@/lib/pause/cooldown';
import type { PauseDraftMessage } from '@/lib/pause/messages';
import { recordSent, saveUnsent } from '@/lib/pause/record';
import { isSiteOn, syncRegistrationsInOrder } from '@/lib/pause/registration';
import { siteForUrl, type Site } from '@/lib/pause/sites';
import { loadPauseSettings } from '@/lib/pause/settingsStore';

/** "Wait 10 minutes" waits exactly that: the words on the button are the promise. */
export const WAIT_MINUTES = 10;
export const REMIND_PREFIX = 'steady-pause-remind:';
const COOLDOWNS_KEY = 'pause:cooldowns';

/**
 * The sender check for everything a pause content script asks: the message comes from this
 * extension (createMessageListener checked the id) AND from a tab on a site the user turned on.
 * The site is read from the sender, never from the message.
 */
async function senderSite(sender: Sender): Promise<Site> {
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

function draftOf(site: Site, data: PauseDraftMessage, remindAt?: number) {
  const matched = Array.isArray(data?.matched) ? data.matched : [];
  return { site: site.id, text: data?.text, matched, need: data?.need, remindAt };
}

type PauseHandlers = Pick<Handlers, Extract<keyof Handlers, `pause.${string}`>>;

export const pauseHandlers: PauseHandlers = {
  async 'pause.hello'(_data, sender) {
    const site = await senderSite(sender);
    const mine: Cooldowns = {};
    for (const [key, until] of Object.entries(activeCooldowns(await readCooldowns(), Date.now()))) {
      if (key === site.id || key.startsWith(`${site.id}:`)) mine[key] = until;
    }
    return { cooldowns: mine };
  },

  async 'pause.save'(data, sender) {
    const site = await senderSite(sender);
    const { entry } = await saveUnsent(await getJournal(), draftOf(site, data), 'saved');
    notifyJournalChanged();
    return { entryId: entry.id };
  },

  async 'pause.wait'(data, sender) {
    const site = await senderSite(sender);
    const remindAt = Date.now() + WAIT_MINUTES * 60_000;
    const { entry } = await saveUnsent(await getJournal(), draftOf(site, data, remindAt), 'waited');
    notifyJournalChanged();
    // The draft is kept from here on: a failure to set the reminder must not read as a failure
    // to save (a retry would save it twice). It says so instead, with remindAt 0; the entry
    // keeps its time, so restoreReminders can still set it at the next start if it is not due.
    try {
      await browser.alarms.create(REMIND_PREFIX + entry.id, { when: remindAt });
    } catch {
      return { entryId: entry.id, remindAt: 0 };
    }
    return { entryId: entry.id, remindAt };
  },

  async 'pause.sendAnyway'(data, sender) {
    const site = await senderSite(sender);
    const key = typeof data?.conversation === 'string' ? data.conversation : site.id;
    // A content script may only set cooldowns for its own site's conversations.
    if (key !== site.id && !key.startsWith(`${site.id}:`)) {
      throw new JournalError('invalid', 'conversation of another site');
    }
    const pause = await loadPauseSettings();
    const now = Date.now();
    const next = startCooldown(await readCooldowns(), key, now, pause.cooldownMinutes);
    await browser.storage.session.set({ [COOLDOWNS_KEY]: next });
    await recordSent(await getJournal(), site.id, now);
    notifyJournalChanged();
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

/**
 * Chromium may drop alarms when the browser restarts or the extension updates: put back the
 * reminder of every waiting draft that is still due later. (One already past due is not rung
 * late; the new tab says gently that a paused message is waiting.)
 */
export async function restoreReminders(now = Date.now()): Promise<void> {
  const db = await getJournal();
  const waiting = await db.getAllFromIndex('entries', 'by-kind', 'unsent');
  for (const entry of waiting) {
    const at = entry.unsent?.remindAt;
    if (!at || at <= now || entry.unsent?.revisit) continue;
    if (!(await browser.alarms.get(REMIND_PREFIX + entry.id))) {
      await browser.alarms.create(REMIND_PREFIX + entry.id, { when: at });
    }
  }
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

  browser.alarms.onAlarm.addListener((alarm) => {
    if (!alarm.name.startsWith(REMIND_PREFIX)) return;
    // The reminder never shows the draft: a notification can be read over a shoulder.
    void browser.notifications.create(alarm.name, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t('pauseReminderTitle'),
      message: t('pauseReminderText'),
    });
  });

  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(REMIND_PREFIX)) return;
    const entryId = id.slice(REMIND_PREFIX.length);
    void browser.tabs.create({
      url: browser.runtime.getURL(`/journal.html?entry=${encodeURIComponent(entryId)}`),
    });
    void browser.notifications.clear(id);
  });
}
