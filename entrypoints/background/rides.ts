import { browser } from 'wxt/browser';
import { JournalError } from '@/lib/journal/errors';
import { saveRide } from '@/lib/journal/door';
import { MAX_ID_LENGTH } from '@/lib/journal/entry/limits';
import type { Handlers, Sender } from '@/lib/messaging/server';
import { PAUSE_REFRESH } from '@/lib/pause/constants';
import { loadPauseSettings } from '@/lib/pause/settingsStore';
import { senderSite } from './pause';

/**
 * Riding out an urge on a chat page (entrypoints/ride). The pause asks for it after "Save
 * instead" or "Wait" (ride.open): the background injects the ride script into that very frame
 * (the site is one the person turned on, so Steady may run there) and remembers, for a
 * minute, which pause the ride belongs to. The script asks once (ride.hello) and gets it.
 * Kept in memory: a ride opens within a second of the press, long before the worker sleeps.
 */
const OPEN_FOR_MS = 60_000;
const opening = new Map<string, { pauseId: string; at: number }>();

/** Saves a ride's steps; a page's ride has at most one a few seconds, this leaves room. */
const MAX_SAVES_A_MINUTE = 30;
const saves = new Map<string, number[]>();

function frameOf(sender: Sender): string {
  const tab = sender.tab?.id;
  if (tab === undefined) throw new JournalError('invalid', 'not from a tab');
  return `${tab}:${sender.frameId ?? 0}`;
}

type RideHandlers = Pick<Handlers, 'ride.open' | 'ride.hello' | 'ride.save'>;

export const rideHandlers: RideHandlers = {
  async 'ride.open'(data, sender) {
    await senderSite(sender);
    const pauseId = data?.pauseId;
    if (typeof pauseId !== 'string' || !pauseId || pauseId.length > MAX_ID_LENGTH) {
      throw new JournalError('invalid', 'not a pause');
    }
    const frame = frameOf(sender);
    opening.set(frame, { pauseId, at: Date.now() });
    await browser.scripting.executeScript({
      target: { tabId: sender.tab!.id!, frameIds: [sender.frameId ?? 0] },
      files: ['/ride.js'],
    });
    return null;
  },

  async 'ride.hello'(_data, sender) {
    await senderSite(sender);
    const frame = frameOf(sender);
    const open = opening.get(frame);
    opening.delete(frame);
    if (!open || Date.now() - open.at > OPEN_FOR_MS) {
      throw new JournalError('invalid', 'no ride was asked for here');
    }
    const { seconds } = await loadPauseSettings();
    return { pauseId: open.pauseId, breathSeconds: seconds };
  },

  async 'ride.save'(data, sender) {
    await senderSite(sender);
    const frame = frameOf(sender);
    const now = Date.now();
    const recent = (saves.get(frame) ?? []).filter((at) => now - at < 60_000);
    if (recent.length >= MAX_SAVES_A_MINUTE) throw new JournalError('too-many', 'too many saves');
    saves.set(frame, [...recent, now]);
    const ride = data?.ride;
    // A chat page's ride is always one from a pause (checked again, whole, by saveRide).
    if (!ride || ride.source !== 'pause' || typeof ride.pauseId !== 'string') {
      throw new JournalError('invalid', 'not a ride from a pause');
    }
    await saveRide(ride);
    // A finished ride may change the next pause's line: that tab's pause asks again.
    if (ride.end) {
      void browser.tabs.sendMessage(sender.tab!.id!, PAUSE_REFRESH).catch(() => undefined);
    }
    return null;
  },
};
