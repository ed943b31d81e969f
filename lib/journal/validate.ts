import { JournalError } from './errors';
import { MAX_MATCHED, MAX_SHORT_TEXT } from './limits';
import { ENTRY_KINDS, NEEDS, type EntryContent, type EntryKind, type Need } from './schema';

/** Long enough for a whole night's writing; short enough that search and export stay quick. */
export const MAX_TEXT_LENGTH = 100_000;
export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 40;

export interface NewEntry extends Partial<EntryContent> {
  kind: EntryKind;
}

export function isEntryKind(value: unknown): value is EntryKind {
  return typeof value === 'string' && (ENTRY_KINDS as readonly string[]).includes(value);
}

export function isNeed(value: unknown): value is Need {
  return typeof value === 'string' && (NEEDS as readonly string[]).includes(value);
}

/** Splits "work, Late night #texts" into ["work", "Late night", "texts"]: trimmed, no '#', no duplicates. */
export function parseTags(input: string): string[] {
  // A new tag starts at a comma, a line break, or a '#' after a space.
  return normaliseTags(input.split(/[,\n]|\s+(?=#)/));
}

export function normaliseTags(tags: readonly unknown[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    if (typeof raw !== 'string') continue;
    const tag = raw.trim().replace(/^#+/, '').trim().slice(0, MAX_TAG_LENGTH);
    const key = tag.toLocaleLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out.slice(0, MAX_TAGS);
}

/**
 * Checks and tidies what is about to be written. Throws a JournalError with a reason the UI can
 * explain; never trims the user's words themselves (only checks that there are some).
 */
export function validateContent(kind: EntryKind, input: Partial<EntryContent>): EntryContent {
  // Messages arrive from other contexts: their shape is checked at run time, not only by types.
  if (!isEntryKind(kind)) throw new JournalError('invalid', 'unknown entry kind');
  if (input.tags !== undefined && !Array.isArray(input.tags)) {
    throw new JournalError('invalid', 'tags must be a list');
  }
  const text = input.text ?? '';
  if (typeof text !== 'string') throw new JournalError('invalid', 'text must be a string');
  if (text.length > MAX_TEXT_LENGTH) throw new JournalError('too-long');
  // A note is only its words; breathing and grounding entries carry their meaning in details.
  if (kind === 'note' || kind === 'unsent') {
    if (!text.trim()) throw new JournalError('empty');
  }
  const content: EntryContent = { text, tags: normaliseTags(input.tags ?? []) };
  if (input.intensity !== undefined) {
    const n = input.intensity;
    if (!Number.isInteger(n) || n < 0 || n > 10) {
      throw new JournalError('invalid', 'intensity must be a whole number from 0 to 10');
    }
    content.intensity = n;
  }
  if (input.need !== undefined) {
    if (!isNeed(input.need)) throw new JournalError('invalid', 'unknown need');
    content.need = input.need;
  }
  if (input.breathing) content.breathing = { ...input.breathing };
  if (input.grounding) {
    content.grounding = { steps: input.grounding.steps.map((items) => [...items]) };
  }
  if (input.unsent) {
    const { site, matched, remindAt, revisit } = input.unsent;
    if (typeof site !== 'string' || !Array.isArray(matched)) {
      throw new JournalError('invalid', 'unsent details need a site and what matched');
    }
    // The import's own limits (strict.ts): whatever is written, a backup must bring back.
    const words = matched.filter((m) => typeof m === 'string');
    const long = (s: string) => s.length > MAX_SHORT_TEXT;
    if (long(site) || words.length > MAX_MATCHED || words.some(long)) {
      throw new JournalError('invalid', 'unsent details too long');
    }
    content.unsent = { site, matched: words };
    if (typeof remindAt === 'number') content.unsent.remindAt = remindAt;
    if (revisit) content.unsent.revisit = { ...revisit };
  }
  return content;
}
