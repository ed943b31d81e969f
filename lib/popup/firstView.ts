import { hasDraftHint } from '../drafts/hint';

export const POPUP_TABS = ['breathe', 'ground', 'reframe', 'write'] as const;
export type PopupTab = (typeof POPUP_TABS)[number];

/**
 * The tab the popup opens on: Write when words wait there (a synchronous hint, so this holds
 * from the first frame) or when the address asks (popup.html?tab=write), else Breathe. The
 * popup's first-paint script and its app both ask here, so the prerendered page is patched
 * to exactly what the app renders first.
 */
export function firstTab(search: string): PopupTab {
  return hasDraftHint() || new URLSearchParams(search).get('tab') === 'write' ? 'write' : 'breathe';
}

/** The page the daily check-in opens (popup.html?tab=write&from=checkin) shows a note first. */
export function fromCheckin(search: string): boolean {
  return new URLSearchParams(search).get('from') === 'checkin';
}
