import type { JournalErrorReason } from '../journal/errors';
import type { Entry } from '../journal/entry/types';
import type { NewEntry } from '../journal/entry/write';
import type { PauseDraftMessage, PauseErrorKind, PauseHello } from '../pause/messages';
import type { ShippedModel } from '../pause/modelTypes';
import type { Ride } from '../urges/ride';

/**
 * Every message any Steady context sends, with its data and its reply, in one place: both ends
 * are typed from this map, so a renamed field breaks the build instead of a user's save.
 * Content scripts reach the journal only through here (they never open IndexedDB: they run in
 * the page's origin, whose database is not ours).
 */
export interface ProtocolMap {
  'journal.addEntry'(input: NewEntry): Entry;
  /**
   * The newest paused message not yet revisited, for the new tab's quiet line: only its id.
   * Asked of the background so the new tab opens without loading the database at all.
   */
  'journal.waiting'(input: Record<string, never>): { entryId: string | null };
  /** The newest few entries (at most 20), for the popup's recent list; asked the same way. */
  'journal.latest'(input: { limit: number }): Entry[];
  // Pause before sending: from the content script on a site the user turned on (checked).
  'pause.hello'(input: Record<string, never>): PauseHello;
  /** The pause's model (lib/pause/model.json), handed over as data at start-up: see pauseModel.ts. */
  'pause.model'(input: Record<string, never>): ShippedModel;
  'pause.save'(input: PauseDraftMessage): { entryId: string; pauseId: string };
  /**
   * until 'morning' (the late-night guard's "Wait until morning"): the background works out the
   * time from its own clock and the person's window, never from the page.
   */
  'pause.wait'(input: PauseDraftMessage & { until?: 'morning' }): {
    entryId: string;
    pauseId: string;
    remindAt: number;
  };
  'pause.sendAnyway'(input: { conversation: string }): { until: number };
  'pause.error'(input: { kind: PauseErrorKind }): null;
  // Riding out an urge after a pause (entrypoints/ride): the pause asks for the ride to open in
  // its frame, the ride script then asks what it may ride (once), and stores each step.
  'ride.open'(input: { pauseId: string }): null;
  'ride.hello'(input: Record<string, never>): { pauseId: string; breathSeconds: number };
  'ride.save'(input: { ride: Ride }): null;
  // From the options page or popup after a permission was granted or removed.
  'pause.syncSites'(input: Record<string, never>): { enabled: string[] };
}

export type MessageType = keyof ProtocolMap;
export type MessageData<K extends MessageType> = Parameters<ProtocolMap[K]>[0];
export type MessageReply<K extends MessageType> = ReturnType<ProtocolMap[K]>;

export interface Envelope<K extends MessageType = MessageType> {
  steady: 1;
  type: K;
  data: MessageData<K>;
}

/** Errors cannot cross the message boundary as classes, so replies carry a reason instead. */
export type Reply<K extends MessageType> =
  { ok: true; value: MessageReply<K> } | { ok: false; reason: JournalErrorReason; message: string };

export function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { steady?: unknown }).steady === 1 &&
    typeof (message as { type?: unknown }).type === 'string'
  );
}
