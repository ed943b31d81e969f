/**
 * Tells every open Steady page that the journal changed, so a popup's recent list or an open
 * journal tab stays current without polling. BroadcastChannel reaches all same-origin pages
 * (popup, new tab, journal, options, the background, and the journal page's mirror worker) and
 * never leaves the browser.
 */
const CHANNEL = 'steady-journal';

/**
 * What changed, when the writer knows: the ids of entries added, edited or deleted, and
 * whether pause records changed. No detail (an import, deleting everything, the lock's passes)
 * means anything may have. Ids only, never content: a page that cares reads them through the door.
 */
export interface JournalChange {
  entries?: string[];
  pauses?: boolean;
  /** Rides (lib/urges) changed: nothing the mirror holds. */
  rides?: boolean;
}

interface Notice {
  /** One per write: the mirror applies a notice it hears twice (direct and broadcast) once. */
  tag: string;
  change?: JournalChange;
}

/**
 * Told synchronously of every notice this page sends or hears, before any other listener of
 * it here: the journal page's mirror client, which passes it on to its worker, so a search
 * that a listener then asks is answered with the change in.
 */
const relays = new Set<(change: JournalChange | undefined, tag: string) => void>();

export function notifyJournalChanged(change?: JournalChange): void {
  const tag = `${Date.now().toString(36)}.${Math.random().toString(36).slice(2)}`;
  for (const relay of relays) relay(change, tag);
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  const notice: Notice = change ? { tag, change } : { tag };
  channel.postMessage(notice);
  channel.close();
}

export function onJournalChanged(
  callback: (change: JournalChange | undefined, tag: string | undefined) => void,
): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const notice =
      typeof event.data === 'object' && event.data ? (event.data as Notice) : undefined;
    if (notice) for (const relay of relays) relay(notice.change, notice.tag);
    callback(notice?.change, notice?.tag);
  };
  return () => channel.close();
}

/** Every notice this page sends or hears, first (see `relays`). */
export function relayJournalChanges(
  relay: (change: JournalChange | undefined, tag: string) => void,
): () => void {
  relays.add(relay);
  return () => relays.delete(relay);
}
