import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { saveSelection } from '@/entrypoints/background/contextMenu';
import { welcomeOnInstall } from '@/entrypoints/background/welcome';
import { MAX_TEXT_LENGTH } from '@/lib/journal/entry/limits';
import { noteFromSelection, SAVE_SELECTION_MENU, siteName } from '@/lib/menu/selection';
import { extras } from '../../support/fakeBrowserExtras';
import { sharedEntries } from '../../support/sharedJournal';

describe('saving selected text from the context menu', () => {
  it('names the site, never the address', () => {
    expect(siteName('https://www.example.com/private/path?who=me')).toBe('example.com');
    expect(siteName('https://web.whatsapp.com/')).toBe('WhatsApp Web');
    expect(siteName('file:///home/me/notes.txt')).toBeUndefined();
    expect(siteName(undefined)).toBeUndefined();
  });

  it('makes a note of the words, tagged with the site; nothing from white space', () => {
    expect(
      noteFromSelection('  they said “take your time”  ', 'https://blog.example.org/a/b'),
    ).toEqual({
      kind: 'note',
      text: 'they said “take your time”',
      tags: ['blog.example.org'],
    });
    expect(noteFromSelection('   ', 'https://example.com/')).toBeUndefined();
    const long = noteFromSelection('a'.repeat(MAX_TEXT_LENGTH + 10), undefined)!;
    expect(long.text).toHaveLength(MAX_TEXT_LENGTH);
  });

  it('creates its one menu item once, on install and again on update, with a fixed id', async () => {
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false });
    await expect.poll(() => [...extras().contextMenus.items.keys()]).toEqual([SAVE_SELECTION_MENU]);
  });

  it('saves through the journal and confirms quietly on the toolbar button', async () => {
    const ok = await saveSelection(
      {
        menuItemId: SAVE_SELECTION_MENU,
        selectionText: 'breathe first',
        pageUrl: 'https://example.com/x',
        editable: false,
      },
      { id: 7 } as Browser.tabs.Tab,
    );
    expect(ok).toBe(true);
    const [entry] = await sharedEntries();
    expect(entry).toMatchObject({ kind: 'note', text: 'breathe first', tags: ['example.com'] });
    expect(JSON.stringify(entry)).not.toContain('https://');
    expect(extras().action.badges.get(7)).toMatchObject({
      text: '✓',
      title: 'Saved to your Steady journal.',
    });
  });

  it('ignores other menu items and says so when there is nothing to save', async () => {
    expect(await saveSelection({ menuItemId: 'other', editable: false })).toBe(false);
    expect(
      await saveSelection({ menuItemId: SAVE_SELECTION_MENU, selectionText: ' ', editable: false }),
    ).toBe(false);
    expect(await sharedEntries()).toEqual([]);
  });
});

describe('the welcome page', () => {
  it('opens on a first install only: never on an update, never twice', async () => {
    expect(await welcomeOnInstall('update')).toBe(false);
    expect(await welcomeOnInstall('install')).toBe(true);
    expect(await welcomeOnInstall('install')).toBe(false);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.filter((tab) => tab.url?.endsWith('/welcome.html'))).toHaveLength(1);
  });
});
