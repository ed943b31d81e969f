export const ENTRY_KINDS = ['note', 'breathing', 'grounding', 'unsent'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const NEEDS = ['reassurance', 'understanding', 'safety', 'space', 'other'] as const;
export type Need = (typeof NEEDS)[number];

/** What a breathing entry remembers: which pattern, how long, and how many cycles were breathed. */
export interface BreathingDetails {
  pattern: string;
  seconds: number;
  cycles: number;
}

/** What a grounding entry remembers: the items typed at each step (five lists, possibly empty). */
export interface GroundingDetails {
  steps: string[][];
}

/** How an unsent-message entry came to be, and what the user later made of it. */
export interface UnsentDetails {
  /** The messaging site's preset id (e.g. 'whatsapp') or its host name. */
  site: string;
  /** The words or rules that made Steady pause ("are you mad", "??", "double text"). */
  matched: string[];
  /** Set when the user chose "Wait 10 minutes": when the reminder is due (ms since the epoch). */
  remindAt?: number;
  /** The answer to "Do you still want to send this?", once revisited. */
  revisit?: { answer: 'passed' | 'send' | 'unsure'; at: number };
}

/**
 * The private part of an entry: everything the user wrote or chose.
 * Kept apart from the metadata on purpose: the passcode lock will seal exactly this object
 * (AES-GCM per record), leaving id, kind and times readable for ordering and paging.
 */
export interface EntryContent {
  text: string;
  /** 0 (calm) to 10 (overwhelmed); absent when the user did not say. */
  intensity?: number;
  need?: Need;
  tags: string[];
  breathing?: BreathingDetails;
  grounding?: GroundingDetails;
  unsent?: UnsentDetails;
}

/** One journal entry as stored (schema version 1). New optional fields may be added without a version bump. */
export interface Entry extends EntryContent {
  id: string;
  kind: EntryKind;
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
}

export const PAUSE_OUTCOMES = ['saved', 'waited', 'sent'] as const;
/** saved: "Save to my journal instead" · waited: "Wait 10 minutes" · sent: "Send anyway" */
export type PauseOutcome = (typeof PAUSE_OUTCOMES)[number];

/**
 * One pause before sending and how it ended, kept without any of the message's text, so the
 * insights can say how often a pause ended in not sending even when nothing was saved.
 */
export interface PauseEvent {
  id: string;
  /** Milliseconds since the epoch. */
  at: number;
  site: string;
  outcome: PauseOutcome;
  /** The unsent entry created by this pause, if any. */
  entryId?: string;
}

export function isEntryKind(value: unknown): value is EntryKind {
  return typeof value === 'string' && (ENTRY_KINDS as readonly string[]).includes(value);
}

export function isNeed(value: unknown): value is Need {
  return typeof value === 'string' && (NEEDS as readonly string[]).includes(value);
}
