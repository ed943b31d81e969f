import type { Need } from '../journal/entry/types';

/**
 * What the pause content script sends the background. The site is never taken from here: the
 * background works it out from the sender's URL and checks that the user turned that site on.
 */
export interface PauseDraftMessage {
  /** The draft, sent only when the user chose to save it (or to wait with it). */
  text: string;
  matched: string[];
  need?: Need;
  /**
   * The conversation key (`site` or `site:…`, as for cooldowns), so the background keeps one
   * reminder per conversation. Checked against the sender's site; absent means the whole site.
   */
  conversation?: string;
}

/** What a content script learns when it starts on a page. */
export interface PauseHello {
  /** False when the site is no longer on: the content script stands down. */
  on: boolean;
  /** Conversation key → when its "Send anyway" cooldown ends (ms since the epoch). */
  cooldowns: Record<string, number>;
  /**
   * The pause's settings and the texts of the notes from calm you, handed over by message:
   * content scripts cannot read Steady's storage (storage.local is for trusted contexts only,
   * and the notes are sealed while the lock is on).
   */
  settings?: unknown;
  notes: string[];
  /**
   * From the person's own rides (lib/urges/ease.ts), in their language, when there are enough:
   * "Your last 5 urges eased within about 12 minutes". Times only, never words.
   */
  urgeLine?: string;
}

/** Kinds of failure the content script reports (never with any text of the page or the draft). */
export const PAUSE_ERROR_KINDS = [
  'keydown',
  'click',
  'overlay',
  'message',
  'settings',
  'other',
] as const;
export type PauseErrorKind = (typeof PAUSE_ERROR_KINDS)[number];
