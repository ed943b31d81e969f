import { FieldError, isObject, num, onlyKnown, str, strings } from './fields';
import {
  MAX_ANSWER_LENGTH,
  MAX_ANSWERS,
  MAX_GROUNDING_STEPS,
  MAX_ID_LENGTH,
  MAX_MATCHED,
  MAX_PATTERN_LENGTH,
  MAX_SHORT_TEXT,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  MAX_TEXT_LENGTH,
  MAX_TIME,
} from './limits';
import { normaliseTags } from './tags';
import {
  PAUSE_OUTCOMES,
  isEntryKind,
  isNeed,
  type BreathingDetails,
  type Entry,
  type GroundingDetails,
  type PauseEvent,
  type UnsentDetails,
} from './types';

export { FieldError, type FieldProblem } from './fields';

/**
 * The one schema for an entry. Every write (popup, new tab, journal edit, the pause's save, the
 * background's journal.addEntry) and every import line goes through checkEntry, so what Steady
 * accepts and what its own backup brings back cannot drift apart (they once did: a grounding
 * answer of 216 characters saved, and then its backup refused to import).
 */

function breathing(value: unknown): BreathingDetails {
  if (!isObject(value)) throw new FieldError('breathing', 'type');
  onlyKnown(value, ['pattern', 'seconds', 'cycles'], 'breathing.');
  return {
    pattern: str(value.pattern, 'breathing.pattern', MAX_PATTERN_LENGTH),
    seconds: num(value.seconds, 'breathing.seconds', 0, 86_400),
    cycles: num(value.cycles, 'breathing.cycles', 0, 100_000, true),
  };
}

function grounding(value: unknown): GroundingDetails {
  if (!isObject(value)) throw new FieldError('grounding', 'type');
  onlyKnown(value, ['steps'], 'grounding.');
  if (!Array.isArray(value.steps)) throw new FieldError('grounding.steps', 'type');
  if (value.steps.length > MAX_GROUNDING_STEPS) throw new FieldError('grounding.steps', 'too-long');
  return {
    steps: value.steps.map((items) =>
      strings(items, 'grounding.steps', MAX_ANSWERS, MAX_ANSWER_LENGTH),
    ),
  };
}

function revisit(value: unknown): NonNullable<UnsentDetails['revisit']> {
  if (!isObject(value)) throw new FieldError('unsent.revisit', 'type');
  onlyKnown(value, ['answer', 'at'], 'unsent.revisit.');
  const answer = value.answer;
  if (answer !== 'passed' && answer !== 'send' && answer !== 'unsure') {
    throw new FieldError('unsent.revisit.answer', answer === undefined ? 'missing' : 'range');
  }
  return { answer, at: num(value.at, 'unsent.revisit.at', 0, MAX_TIME) };
}

function unsent(value: unknown): UnsentDetails {
  if (!isObject(value)) throw new FieldError('unsent', 'type');
  onlyKnown(value, ['site', 'matched', 'remindAt', 'revisit'], 'unsent.');
  const details: UnsentDetails = {
    site: str(value.site, 'unsent.site', MAX_SHORT_TEXT),
    matched: strings(value.matched, 'unsent.matched', MAX_MATCHED, MAX_SHORT_TEXT),
  };
  if (value.remindAt !== undefined) {
    details.remindAt = num(value.remindAt, 'unsent.remindAt', 0, MAX_TIME);
  }
  if (value.revisit !== undefined) details.revisit = revisit(value.revisit);
  return details;
}

/** Every field an entry may have, in the one order stored records and exports use. */
const ENTRY_FIELDS = [
  'id',
  'kind',
  'createdAt',
  'updatedAt',
  'text',
  'intensity',
  'need',
  'tags',
  'breathing',
  'grounding',
  'unsent',
] as const;

/**
 * Checks a whole entry field by field and builds a clean copy in one fixed key order, so nothing
 * but the known fields (and no prototype tricks) ever reaches the database, and export → import
 * → export gives the same file. Tags are tidied as every write tidies them. Throws FieldError.
 */
export function checkEntry(value: unknown): Entry {
  if (!isObject(value)) throw new FieldError('entry', 'type');
  onlyKnown(value, ENTRY_FIELDS, '');
  const id = str(value.id, 'id', MAX_ID_LENGTH);
  if (!id.trim()) throw new FieldError('id', 'empty');
  if (value.kind === undefined) throw new FieldError('kind', 'missing');
  if (!isEntryKind(value.kind)) throw new FieldError('kind', 'range');
  const kind = value.kind;
  const createdAt = num(value.createdAt, 'createdAt', 0, MAX_TIME);
  const updatedAt = num(value.updatedAt, 'updatedAt', 0, MAX_TIME);
  const text = str(value.text, 'text', MAX_TEXT_LENGTH);
  // A note is only its words; breathing and grounding entries carry their meaning in details.
  if ((kind === 'note' || kind === 'unsent') && !text.trim()) throw new FieldError('text', 'empty');
  const tags = normaliseTags(strings(value.tags, 'tags', MAX_TAGS, MAX_TAG_LENGTH));
  const entry: Entry = { id, kind, createdAt, updatedAt, text, tags };
  if (value.intensity !== undefined) {
    entry.intensity = num(value.intensity, 'intensity', 0, 10, true);
  }
  if (value.need !== undefined) {
    if (!isNeed(value.need)) throw new FieldError('need', 'range');
    entry.need = value.need;
  }
  if (value.breathing !== undefined) entry.breathing = breathing(value.breathing);
  if (value.grounding !== undefined) entry.grounding = grounding(value.grounding);
  if (value.unsent !== undefined) entry.unsent = unsent(value.unsent);
  if (kind === 'unsent' && !entry.unsent) throw new FieldError('unsent', 'missing');
  return canonicalEntry(entry);
}

/** The same entry with its keys in the one order exports use. */
export function canonicalEntry(entry: Entry): Entry {
  const out: Record<string, unknown> = {};
  for (const key of ENTRY_FIELDS) if (entry[key] !== undefined) out[key] = entry[key];
  return out as unknown as Entry;
}

const PAUSE_FIELDS = ['id', 'at', 'site', 'outcome', 'entryId'] as const;

/** The same for one pause record. */
export function checkPause(value: unknown): PauseEvent {
  if (!isObject(value)) throw new FieldError('pause', 'type');
  onlyKnown(value, PAUSE_FIELDS, '');
  const id = str(value.id, 'id', MAX_ID_LENGTH);
  if (!id.trim()) throw new FieldError('id', 'empty');
  const at = num(value.at, 'at', 0, MAX_TIME);
  const site = str(value.site, 'site', MAX_SHORT_TEXT);
  const outcome = value.outcome;
  if (outcome === undefined) throw new FieldError('outcome', 'missing');
  if (!(PAUSE_OUTCOMES as readonly unknown[]).includes(outcome)) {
    throw new FieldError('outcome', 'range');
  }
  const pause: PauseEvent = { id, at, site, outcome: outcome as PauseEvent['outcome'] };
  if (value.entryId !== undefined) pause.entryId = str(value.entryId, 'entryId', MAX_ID_LENGTH);
  return canonicalPause(pause);
}

export function canonicalPause(pause: PauseEvent): PauseEvent {
  const out: Record<string, unknown> = {};
  for (const key of PAUSE_FIELDS) if (pause[key] !== undefined) out[key] = pause[key];
  return out as unknown as PauseEvent;
}
