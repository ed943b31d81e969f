import type { NewtabMode, Settings, Theme } from './schema';

/**
 * The two settings a page needs before its first paint (a pinned theme, the new-tab mode), kept
 * also in localStorage, which extension pages can read synchronously: browser.storage is async,
 * and waiting on it would flash the wrong theme or the full card at someone who chose minimal.
 * browser.storage.local stays the source of truth; this is only a hint, repaired on each load.
 */
const THEME = 'steady:theme';
const NEWTAB = 'steady:newtab-mode';

export interface FirstPaintHints {
  theme: Theme;
  newtabMode: NewtabMode;
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // storage disabled: fall back to the defaults
  }
}

export function readFirstPaintHints(): FirstPaintHints {
  const store = storage();
  const theme = store?.getItem(THEME);
  const mode = store?.getItem(NEWTAB);
  return {
    theme: theme === 'light' || theme === 'dark' ? theme : 'system',
    newtabMode: mode === 'minimal' ? 'minimal' : 'full',
  };
}

export function writeFirstPaintHints(settings: Settings): void {
  const store = storage();
  if (!store) return;
  try {
    store.setItem(THEME, settings.theme);
    store.setItem(NEWTAB, settings.newtab.mode);
  } catch {
    // A full localStorage only costs a flash on the next first paint.
  }
}

/** Pins the theme on <html> before anything renders, when the user chose light or dark. */
export function applyThemeHint(hints = readFirstPaintHints()): void {
  if (hints.theme !== 'system') document.documentElement.dataset.theme = hints.theme;
}
