import { MAX_PHRASE_LENGTH } from './settings';
import { MAX_TEXT_LENGTH } from '../journal/entry/limits';

/**
 * Bounds on what a pause content script may ask of the background. The script runs inside a web
 * page, so the background treats each message as coming from that page: whatever it sends is
 * checked here before anything is written, and refused (with a reason in the console, never
 * the words) when it is bigger than anything Steady itself would send.
 */

/** The journal's own limit: a draft the journal could not hold is refused, not cut. */
export const MAX_DRAFT_TEXT = MAX_TEXT_LENGTH;
/**
 * What matched, as the content script sends it (it keeps the first ones found). Each item is a
 * phrase from the list (at most MAX_PHRASE_LENGTH, a setting's own limit) or a rule's short
 * name, so nothing Steady finds is ever refused. Both bounds sit inside what a backup import
 * accepts (MAX_MATCHED items of MAX_SHORT_TEXT, fieldChecks.ts), so anything saved comes back;
 * a unit test holds them there.
 */
export const MAX_MATCHED_SENT = 20;
export const MAX_MATCHED_ITEM = MAX_PHRASE_LENGTH;
/** `site:part`; sites.ts hashes a longer part, so a real page never comes near this. */
export const MAX_CONVERSATION_LENGTH = 200;
/**
 * Saves (Save or Wait) one tab may make in a minute. A person who pauses, breathes and chooses
 * takes several seconds a time, even in a spiral of drafts (a reviewer saved seven in a minute);
 * a page operating the pause by itself would make dozens.
 */
export const SAVES_PER_MINUTE = 10;
export const SAVE_WINDOW_MS = 60_000;

/** Why a draft message is refused, in words for the console (never the draft). */
export interface DraftProblem {
  reason: 'too-long' | 'invalid';
  why: string;
}

export function draftProblem(data: {
  text?: unknown;
  matched?: unknown;
}): DraftProblem | undefined {
  const invalid = (why: string): DraftProblem => ({ reason: 'invalid', why });
  if (typeof data.text !== 'string') return invalid('the draft is not text');
  if (data.text.length > MAX_DRAFT_TEXT) {
    const why = `the draft has ${data.text.length} characters (at most ${MAX_DRAFT_TEXT})`;
    return { reason: 'too-long', why };
  }
  const matched = data.matched;
  if (!Array.isArray(matched)) return invalid('what matched is not a list');
  if (matched.length > MAX_MATCHED_SENT) {
    return invalid(`${matched.length} matched words (at most ${MAX_MATCHED_SENT})`);
  }
  if (matched.some((m) => typeof m !== 'string' || m.length > MAX_MATCHED_ITEM)) {
    return invalid(`a matched word that is not text of at most ${MAX_MATCHED_ITEM} characters`);
  }
  return undefined;
}

/**
 * The conversation a message names, checked against the sender's own site: a page may speak
 * only for its own conversations (`site` or `site:…`). Undefined when it is not acceptable.
 */
export function ownConversation(siteId: string, value: unknown): string | undefined {
  const key = value === undefined ? siteId : value;
  if (typeof key !== 'string' || key.length > MAX_CONVERSATION_LENGTH) return undefined;
  return key === siteId || key.startsWith(`${siteId}:`) ? key : undefined;
}

/** Save times per tab (ms), only those within the window. */
export type SaveTimes = Record<string, number[]>;

/**
 * Whether one more save from `tab` fits in the window, and the times to keep either way (only
 * recent ones, and no tab left with none, so the record never grows with tabs long closed).
 */
export function takeSave(times: SaveTimes, tab: string, now: number) {
  const next: SaveTimes = {};
  for (const [id, list] of Object.entries(times)) {
    const recent = Array.isArray(list) ? list.filter((t) => now - t < SAVE_WINDOW_MS) : [];
    if (recent.length) next[id] = recent;
  }
  const mine = next[tab] ?? [];
  const allowed = mine.length < SAVES_PER_MINUTE;
  if (allowed) next[tab] = [...mine, now];
  return { allowed, next };
}
