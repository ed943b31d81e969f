import { MAX_CALM_NOTE_LENGTH } from '@/lib/calm/notes';

/** Where the notes from calm you live (lib/calm/notes.ts); the pause only reads them. */
export const CALM_NOTES_KEY = 'calmNotes';

/** The texts of the stored notes, whatever shape storage holds (it is never trusted). */
export function calmNoteTexts(stored: unknown): string[] {
  if (!Array.isArray(stored)) return [];
  return stored
    .map((note: unknown) => (note as { text?: unknown } | null)?.text)
    .filter((text): text is string => typeof text === 'string' && text.trim() !== '')
    .map((text) => text.trim().slice(0, MAX_CALM_NOTE_LENGTH));
}
