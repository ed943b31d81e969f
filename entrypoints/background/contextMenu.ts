import { browser, type Browser } from 'wxt/browser';
import { saveEntry } from '@/lib/journal/door';
import { t } from '@/lib/i18n';
import { noteFromSelection, SAVE_SELECTION_MENU } from '@/lib/menu/selection';

/** How long the quiet confirmation stays on the toolbar button. */
export const CONFIRM_MS = 4_000;

/** Firefox MV2 has browserAction where MV3 has action; both take the same calls used here. */
function toolbar(): typeof browser.action | undefined {
  return (
    browser.action ??
    (browser as unknown as { browserAction?: typeof browser.action }).browserAction
  );
}

/** Created on install and update with a fixed id; removeAll first, so never a duplicate. */
async function createMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: SAVE_SELECTION_MENU,
    title: t('menuSaveSelection'),
    contexts: ['selection'],
  });
}

/**
 * A quiet confirmation: a mark on the toolbar button of that tab and a title that says what
 * happened, for a few seconds. No notification (that would need a permission), no sound.
 */
async function confirm(tabId: number | undefined, ok: boolean): Promise<void> {
  const action = toolbar();
  if (!action || tabId === undefined) return;
  await action.setBadgeBackgroundColor({ color: ok ? '#2f6f5e' : '#8a4b0f', tabId });
  await action.setBadgeText({ text: ok ? '✓' : '!', tabId });
  await action.setTitle({ title: t(ok ? 'menuSaved' : 'menuSaveFailed'), tabId });
  setTimeout(() => {
    void action.setBadgeText({ text: '', tabId }).catch(() => undefined);
    void action.setTitle({ title: t('actionTitle'), tabId }).catch(() => undefined);
  }, CONFIRM_MS);
}

/** Saves the selection as a note, through the same write the background's messages use. */
export async function saveSelection(
  info: Browser.contextMenus.OnClickData,
  tab?: Browser.tabs.Tab,
): Promise<boolean> {
  if (info.menuItemId !== SAVE_SELECTION_MENU) return false;
  const note = noteFromSelection(info.selectionText, info.pageUrl ?? tab?.url);
  let ok = false;
  if (note) {
    try {
      await saveEntry(note);
      ok = true;
    } catch (error) {
      console.warn('Steady: the selection could not be saved', error);
    }
  }
  await confirm(tab?.id, ok).catch(() => undefined);
  return ok;
}

export function setupContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => void createMenu().catch(() => undefined));
  // Returned, not awaited: tests wait for the write through it.
  browser.contextMenus.onClicked.addListener((info, tab) => saveSelection(info, tab));
}
