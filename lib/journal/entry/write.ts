import { JournalError } from '../errors';
import { FieldError, checkEntry } from './check';
import { MAX_MATCHED, MAX_SHORT_TEXT } from './limits';
import { normaliseTags } from './tags';
import type { EntryContent, EntryKind, Entry } from './types';

export interface NewEntry extends Partial<EntryContent> {
  kind: EntryKind;
}

/** The fields a write may set; anything else a message carries is left behind. */
const CONTENT_FIELDS = ['text', 'intensity', 'need', 'tags', 'breathing', 'grounding', 'unsent'];

/** What checkEntry said, as the reason a page puts into words (messages.ts). */
function refusal(error: FieldError): JournalError {
  const { field, problem } = error;
  if (field === 'text' && problem === 'empty') return new JournalError('empty');
  if (field === 'text' && problem === 'too-long') return new JournalError('too-long');
  if (field === 'grounding.steps' && problem === 'too-long') {
    return new JournalError('answer-too-long');
  }
  return new JournalError('invalid', error.message);
}

/**
 * Tidies what Steady itself produced before the one check: tags as every surface keeps them, and
 * the pause's list of what it noticed capped (that list is Steady's, so it is cut, never
 * refused). The person's own words are never cut: too long is a refusal they can act on.
 */
function tidy(content: Record<string, unknown>): Record<string, unknown> {
  const out = { ...content };
  if (out.text === undefined) out.text = '';
  if (out.tags === undefined) out.tags = [];
  else if (Array.isArray(out.tags)) out.tags = normaliseTags(out.tags);
  const unsent = out.unsent as Record<string, unknown> | undefined;
  if (unsent && typeof unsent === 'object' && Array.isArray(unsent.matched)) {
    const matched = unsent.matched
      .filter((item): item is string => typeof item === 'string')
      .map((item) => item.slice(0, MAX_SHORT_TEXT))
      .slice(0, MAX_MATCHED);
    out.unsent = { ...unsent, matched };
  }
  return out;
}

function checked(candidate: Record<string, unknown>): Entry {
  try {
    return checkEntry(candidate);
  } catch (error) {
    throw error instanceof FieldError ? refusal(error) : error;
  }
}

function contentOf(input: object): Record<string, unknown> {
  const source = input as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of CONTENT_FIELDS) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

/** The entry a new write stores, or a JournalError saying why not (nothing is written). */
export function newEntry(
  input: NewEntry,
  now = Date.now(),
  id: string = crypto.randomUUID(),
): Entry {
  // Messages arrive from other contexts: their shape is checked at run time, not only by types.
  if (typeof input !== 'object' || input === null) throw new JournalError('invalid', 'no entry');
  return checked({
    ...tidy(contentOf(input)),
    id,
    kind: input.kind,
    createdAt: now,
    updatedAt: now,
  });
}

/**
 * The entry after an edit: what the person wrote or chose changes; id, kind and creation time
 * never do. A field set to undefined in the patch is cleared.
 */
export function changedEntry(
  current: Entry,
  patch: Partial<EntryContent>,
  now = Date.now(),
): Entry {
  if (typeof patch !== 'object' || patch === null) throw new JournalError('invalid', 'no change');
  const merged = contentOf(current);
  for (const key of CONTENT_FIELDS) {
    if (Object.hasOwn(patch, key)) merged[key] = (patch as Record<string, unknown>)[key];
  }
  const content = tidy(merged);
  for (const key of Object.keys(content)) if (content[key] === undefined) delete content[key];
  return checked({
    ...content,
    id: current.id,
    kind: current.kind,
    createdAt: current.createdAt,
    updatedAt: Math.max(now, current.updatedAt),
  });
}
