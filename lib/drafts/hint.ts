/**
 * Whether the popup's quick journal holds unsent words, kept in localStorage so the popup can
 * open on the Write tab in its first render instead of switching once storage answers (which
 * moved everything under the reader's cursor). browser.storage.local stays the source of truth.
 */
const KEY = 'steady:popup-draft';

export function hasDraftHint(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function setDraftHint(present: boolean): void {
  try {
    if (present) localStorage.setItem(KEY, '1');
    else localStorage.removeItem(KEY);
  } catch {
    // Without localStorage the popup switches tabs when the draft arrives, as before.
  }
}
