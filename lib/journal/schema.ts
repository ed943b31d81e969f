import type { DBSchema } from 'idb';

/** The database's name and its one version number. Bump the version only together with a step in migrations.ts. */
export const DB_NAME = 'steady-journal';
export const DB_VERSION = 1;

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
}

/** One journal entry as stored (schema version 1). New optional fields may be added without a version bump. */
export interface Entry extends EntryContent {
  id: string;
  kind: EntryKind;
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
}

export interface JournalDB extends DBSchema {
  entries: {
    key: string;
    value: Entry;
    indexes: {
      /** [createdAt, id]: a total order, so paging by key range never skips or repeats an entry. */
      'by-created': [number, string];
      'by-kind': EntryKind;
    };
  };
}
