import { CALM_NOTES } from '@/lib/calm/notes';
import { readStored } from '@/lib/storage/item';

/** Where the notes from calm you live (lib/calm/notes.ts); the pause only reads them. */
export const CALM_NOTES_KEY = CALM_NOTES.key;

/** The texts of the stored notes, whatever shape or version storage holds (never trusted). */
export function calmNoteTexts(stored: unknown): string[] {
  return readStored(CALM_NOTES, stored)
    .map((note) => note.text.trim())
    .filter(Boolean);
}
