import { calmNotesItem } from '@/lib/calm/notes';

/** Where the notes from calm you live (lib/calm/notes.ts); the pause only reads them. */
export const CALM_NOTES_KEY = calmNotesItem.key;

/** The texts of the stored notes, whatever shape or version storage holds (never trusted). */
export function calmNoteTexts(stored: unknown): string[] {
  return calmNotesItem
    .read(stored)
    .map((note) => note.text.trim())
    .filter(Boolean);
}
