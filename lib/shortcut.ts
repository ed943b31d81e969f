import { browser } from 'wxt/browser';

/** The command that opens the popup: MV3's name, and MV2's (Firefox). */
const OPEN_POPUP = new Set(['_execute_action', '_execute_browser_action']);

/**
 * The keys that open the popup as the browser has them now ("Alt+Shift+S"), or '' when none is
 * set (the person removed it, or another extension had it first).
 */
export async function popupShortcut(): Promise<string> {
  try {
    const commands = (await browser.commands?.getAll()) ?? [];
    return commands.find((c) => c.name && OPEN_POPUP.has(c.name))?.shortcut ?? '';
  } catch {
    return '';
  }
}

/** Where the browser lets a person change it: Firefox's own page, or Chromium's. */
export function openShortcutSettings(): void {
  const commands = browser.commands as typeof browser.commands & {
    openShortcutSettings?: () => Promise<void>;
  };
  if (commands?.openShortcutSettings) void commands.openShortcutSettings();
  else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
