import { JournalError } from './errors';
import {
  FieldError,
  MAX_ID_LENGTH,
  MAX_MATCHED,
  MAX_SHORT_TEXT,
  MAX_TIME,
  isObject,
  num,
  onlyKnown,
  str,
  strings,
} from './fieldChecks';
import {
  PAUSE_OUTCOMES,
  type BreathingDetails,
  type Entry,
  type GroundingDetails,
  type PauseEvent,
  type UnsentDetails,
} from './schema';
import {
  MAX_TAG_LENGTH,
  MAX_TAGS,
  MAX_TEXT_LENGTH,
  isEntryKind,
  validateContent,
} from './validate';

export { FieldError, type FieldProblem } from './fieldChecks';

function breathing(value: unknown): BreathingDetails {
  if (!isObject(value)) throw new FieldError('breathing', 'type');
  onlyKnown(value, ['pattern', 'seconds', 'cycles'], 'breathing.');
  return {
    pattern: str(value.pattern, 'breathing.pattern', 40),
    seconds: num(value.seconds, 'breathing.seconds', 0, 86_400),
    cycles: num(value.cycles, 'breathing.cycles', 0, 100_000, true),
  };
}

function grounding(value: unknown): GroundingDetails {
  if (!isObject(value)) throw new FieldError('grounding', 'type');
  onlyKnown(value, ['steps'], 'grounding.');
  if (!Array.isArray(value.steps)) throw new FieldError('grounding.steps', 'type');
  if (value.steps.length > 10) throw new FieldError('grounding.steps', 'too-long');
  return {
    steps: value.steps.map((items) => strings(items, 'grounding.steps', 50, MAX_SHORT_TEXT)),
  };
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
  if (value.revisit !== undefined) {
    const revisit = value.revisit;
    if (!isObject(revisit)) throw new FieldError('unsent.revisit', 'type');
    onlyKnown(revisit, ['answer', 'at'], 'unsent.revisit.');
    const answer = revisit.answer;
    if (answer !== 'passed' && answer !== 'send' && answer !== 'unsure') {
      throw new FieldError('unsent.revisit.answer', answer === undefined ? 'missing' : 'range');
    }
    details.revisit = { answer, at: num(revisit.at, 'unsent.revisit.at', 0, MAX_TIME) };
  }
  return details;
}

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
 * Checks a whole stored entry (as exported) field by field and builds a clean copy in one fixed
 * key order, so nothing but the known fields (and no prototype tricks) ever reaches the
 * database, and export → import → export gives the same file. Throws FieldError.
 */
export function validateStoredEntry(value: unknown): Entry {
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
  const tags = strings(value.tags, 'tags', MAX_TAGS, MAX_TAG_LENGTH);
  const entry: Entry = { id, kind, createdAt, updatedAt, text, tags };
  if (value.intensity !== undefined)
    entry.intensity = num(value.intensity, 'intensity', 0, 10, true);
  if (value.need !== undefined) entry.need = value.need as Entry['need'];
  if (value.breathing !== undefined) entry.breathing = breathing(value.breathing);
  if (value.grounding !== undefined) entry.grounding = grounding(value.grounding);
  if (value.unsent !== undefined) entry.unsent = unsent(value.unsent);
  if (kind === 'unsent' && !entry.unsent) throw new FieldError('unsent', 'missing');
  // The rules every write follows (words in a note, a known need, …) apply to imports too.
  try {
    // Tags are tidied the way every write tidies them (trimmed, no '#', no repeats).
    entry.tags = validateContent(kind, entry).tags;
  } catch (error) {
    if (!(error instanceof JournalError)) throw error;
    const field = /need/.test(error.message) ? 'need' : 'text';
    const problem =
      error.reason === 'empty' ? 'empty' : error.reason === 'too-long' ? 'too-long' : 'range';
    throw new FieldError(field, problem);
  }
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
export function validatePauseEvent(value: unknown): PauseEvent {
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
