import { browser } from 'wxt/browser';
import { sealLeftovers } from '@/lib/journal/door';
import { CALM_NOTES } from '@/lib/calm/notes';
import { ENABLED_SITES_KEY, PAUSE_REFRESH } from '@/lib/pause/constants';
import { PAUSE_SETTINGS_KEY } from '@/lib/pause/settingsStore';

/** What the pause's content scripts are told about when it changes (they ask again). */
const PAUSE_KEYS = [PAUSE_SETTINGS_KEY, ENABLED_SITES_KEY, CALM_NOTES.key];

/**
 * Keeps private storage away from web pages' processes:
 * - Chromium: storage.local is for Steady's own pages and the background only. A content
 *   script runs inside the page's renderer; if that process is compromised, it can read what
 *   the content script can. So the pause's content script gets its settings and the notes
 *   from calm you by message ('pause.hello'), and is told when they change.
 * - Firefox has no setAccessLevel for storage.local. There, drafts and notes from calm you
 *   are sealed in storage.local while the lock is on (storage/privateItem.ts); with the lock
 *   off they are as readable as the journal itself is to whoever holds the browser.
 * Also, at start-up, seals anything written plainly while the lock was being turned on (the
 * browser closed mid-pass): the public key is enough for that, no passcode.
 */
export function setupPrivacy(): void {
  type Area = { setAccessLevel?: (options: { accessLevel: string }) => Promise<void> };
  const local = browser.storage.local as unknown as Area;
  void local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch((error: unknown) => {
    console.warn('Steady: storage.local access level not set', error);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && PAUSE_KEYS.some((key) => key in changes)) {
      tellPauses().catch(() => undefined);
    }
  });
  void sealLeftovers().catch((error: unknown) => console.warn('Steady: lock pass', error));
}

async function tellPauses(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    // Tabs without the pause's content script refuse the message; that is expected.
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.tabs.sendMessage(tab.id, PAUSE_REFRESH).catch(() => undefined),
    ),
  );
}
