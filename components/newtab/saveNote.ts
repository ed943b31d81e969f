import { journalErrorText, saveEntry } from '@/lib/journal/door';
import type { NoteDraft } from './NoteBox';

/**
 * Saves the new tab's note: loaded on the Save tap (NoteBox imports it then), so a new tab opened
 * just to look does not carry the journal's write path. Resolves to an error sentence, or to
 * undefined when the note is in the journal.
 */
export async function saveNote(draft: NoteDraft): Promise<string | undefined> {
  try {
    await saveEntry({ kind: 'note', text: draft.text, need: draft.need, tags: [] });
    return undefined;
  } catch (error) {
    return journalErrorText(error, draft.text);
  }
}
