/**
 * How two versions of a draft come together without losing a word: used when a draft changes in
 * another page while this one has unsaved typing (two new tabs), when the stored draft arrives
 * after typing began, and when typing went on while a save was running.
 */

/** Both texts, once: the one that contains the other, or the stored one then the typed one. */
export function mergeText(stored: string, typed: string): string {
  if (!stored || stored.includes(typed)) return stored || typed;
  if (typed.includes(stored)) return typed;
  return `${stored}\n${typed}`;
}

/**
 * What is left to keep after `saved` went into the journal while the box now holds `current`:
 * nothing when they are the same, what was typed after it when it was added at the end, and
 * everything otherwise (a change in the middle: better a repeated line than a lost one).
 */
export function remainderAfterSave(current: string, saved: string): string {
  if (current === saved) return '';
  if (current.startsWith(saved)) return current.slice(saved.length).replace(/^\s+/, '');
  return current;
}

/** A draft whose words are in `text`; its other fields (intensity, need, tags) belong with them. */
export interface TextDraft {
  text: string;
}

/** Merges two text drafts: both texts, and the typed draft's choices over the stored ones. */
export function mergeTextDrafts<T extends TextDraft>(stored: T, typed: T): T {
  const choices = Object.fromEntries(
    Object.entries(typed).filter(([, value]) => value !== undefined && value !== ''),
  );
  return { ...stored, ...choices, text: mergeText(stored.text, typed.text) };
}

/** The draft left after `saved` was saved: only the words typed since, with fresh choices. */
export function remainingTextDraft<T extends TextDraft>(
  current: T,
  saved: T,
  empty: T,
): T | undefined {
  const text = remainderAfterSave(current.text, saved.text);
  return text ? { ...empty, text } : undefined;
}
