import type { Random } from '../newtab/random';
import { record, type ItemSpec } from '../storage/item';
import { definePrivateItem } from '../storage/privateItem';

/** A short note the user wrote to themselves on a good day, shown back on a hard one. */
export interface CalmNote {
  id: string;
  text: string;
  createdAt: number;
}

export const MAX_CALM_NOTE_LENGTH = 500;
export const MAX_CALM_NOTES = 100;

export type CalmNoteProblem = 'empty' | 'too-long' | 'full';

/** Why a note cannot be kept, or undefined when it can. */
export function checkCalmNote(text: string, count: number): CalmNoteProblem | undefined {
  if (!text.trim()) return 'empty';
  if (text.length > MAX_CALM_NOTE_LENGTH) return 'too-long';
  if (count >= MAX_CALM_NOTES) return 'full';
  return undefined;
}

function isCalmNote(value: unknown): value is CalmNote {
  const note = value as CalmNote;
  return (
    typeof note === 'object' &&
    note !== null &&
    typeof note.id === 'string' &&
    typeof note.text === 'string' &&
    typeof note.createdAt === 'number'
  );
}

/**
 * Stored under `calmNotes`. Version history:
 * - 0 (Steady 0.1): the bare list of notes.
 * - 1: `{ version: 1, notes: [...] }`, so the shape can carry a version like every other item.
 * The pause's content script reads the same item (its texts only).
 */
export const CALM_NOTES: ItemSpec<CalmNote[]> = {
  key: 'calmNotes',
  version: 1,
  migrations: { 1: (notes) => ({ notes }) },
  sanitise: (value) => {
    const notes = Array.isArray(value) ? value : record(value).notes;
    return Array.isArray(notes)
      ? notes
          .filter(isCalmNote)
          .map(({ id, text, createdAt }) => ({
            id,
            text: text.slice(0, MAX_CALM_NOTE_LENGTH),
            createdAt,
          }))
          .slice(0, MAX_CALM_NOTES)
      : [];
  },
  pack: (notes, version) => ({ version, notes }),
};

/** Sealed while the privacy lock is on, like drafts (storage/privateItem.ts). */
export const calmNotesItem = /*#__PURE__*/ definePrivateItem(CALM_NOTES);

/** The notes, or none while they are sealed and cannot be opened here (locked, after a restart). */
export const listCalmNotes = (): Promise<CalmNote[]> => calmNotesItem.load();

/**
 * The notes, to change them: refuses ('locked') while they cannot be opened, so that adding
 * one never writes a list of one over notes this page could not read.
 */
async function notesToChange(): Promise<CalmNote[]> {
  const { value, locked } = await calmNotesItem.loadState();
  if (locked) throw new Error('locked');
  return value;
}

/** Keeps a new note; throws an Error whose message is the CalmNoteProblem when it cannot. */
export async function addCalmNote(text: string, now = Date.now()): Promise<CalmNote> {
  const notes = await notesToChange();
  const problem = checkCalmNote(text, notes.length);
  if (problem) throw new Error(problem);
  const note: CalmNote = { id: crypto.randomUUID(), text: text.trim(), createdAt: now };
  await calmNotesItem.save([...notes, note]);
  return note;
}

export function pickCalmNote(notes: readonly CalmNote[], random: Random): CalmNote | undefined {
  return notes[Math.floor(random() * notes.length)];
}

/** Forgets one note. Removing a note that is already gone changes nothing. */
export async function removeCalmNote(id: string): Promise<void> {
  const notes = await notesToChange();
  await calmNotesItem.save(notes.filter((note) => note.id !== id));
}

/** Puts a removed note back exactly as it was (Undo). Already there: nothing changes. */
export async function restoreCalmNote(note: CalmNote): Promise<void> {
  const notes = await notesToChange();
  if (notes.some((n) => n.id === note.id)) return;
  const restored = [...notes, note].sort((a, b) => a.createdAt - b.createdAt);
  await calmNotesItem.save(restored);
}
