import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { calmNotesItem, listCalmNotes, addCalmNote } from '@/lib/calm/notes';
import { createDraftStore } from '@/lib/drafts/store';
import { pauseSettingsItem } from '@/lib/pause/settingsStore';
import { DEFAULT_PAUSE_SETTINGS } from '@/lib/pause/settings';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { settingsItem } from '@/lib/settings/store';
import { defineItem } from '@/lib/storage/item';

const stored = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];

describe('a stored item', () => {
  const counter = defineItem<{ n: number }>({
    key: 'counter',
    version: 3,
    migrations: {
      2: (old) => ({ n: Number((old as { count: string }).count) }),
      3: (old) => ({ n: (old as { n: number }).n * 10 }),
    },
    sanitise: (value) => {
      const n = (value as { n?: unknown } | undefined)?.n;
      return { n: typeof n === 'number' && Number.isFinite(n) ? n : 0 };
    },
  });

  it('reads every older shape through the migrations after its version', async () => {
    await fakeBrowser.storage.local.set({ counter: { version: 1, count: '4' } });
    expect(await counter.load()).toEqual({ n: 40 });
    await fakeBrowser.storage.local.set({ counter: { version: 2, n: 4 } });
    expect(await counter.load()).toEqual({ n: 40 });
    await fakeBrowser.storage.local.set({ counter: { version: 3, n: 4 } });
    expect(await counter.load()).toEqual({ n: 4 });
  });

  it('writes the current version, and reads its defaults when nothing or junk is stored', async () => {
    expect(await counter.load()).toEqual({ n: 0 });
    await counter.save({ n: 7 });
    expect(await stored('counter')).toEqual({ n: 7, version: 3 });
    await fakeBrowser.storage.local.set({ counter: 'junk' });
    expect(await counter.load()).toEqual({ n: 0 });
  });

  it('tells a watcher of changes made anywhere, already migrated and sanitised', async () => {
    const seen: unknown[] = [];
    const stop = counter.watch((value) => seen.push(value));
    await fakeBrowser.storage.local.set({ counter: { version: 2, n: 1 } });
    stop();
    await counter.save({ n: 5 });
    expect(seen).toEqual([{ n: 10 }]);
  });
});

describe("Steady's stored items, from every shape an earlier version wrote", () => {
  it('settings: unversioned, version 1, partial or corrupted', async () => {
    await fakeBrowser.storage.local.set({ settings: { theme: 'dark' } });
    expect(await settingsItem.load()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    await fakeBrowser.storage.local.set({
      settings: { version: 1, theme: 'light', breathing: { pattern: '478', seconds: 120 } },
    });
    expect(await settingsItem.load()).toMatchObject({
      theme: 'light',
      breathing: { pattern: '478', seconds: 120 },
    });
    await fakeBrowser.storage.local.set({ settings: { version: 1, theme: 42 } });
    expect(await settingsItem.load()).toEqual(DEFAULT_SETTINGS);
  });

  it('pause settings: version 1 as written, and values this version does not know', async () => {
    await fakeBrowser.storage.local.set({
      pauseSettings: { version: 1, sensitivity: 'watchful', seconds: 999 },
    });
    expect(await pauseSettingsItem.load()).toEqual({
      ...DEFAULT_PAUSE_SETTINGS,
      sensitivity: 'watchful',
    });
  });

  it('notes from calm you: the bare list of Steady 0.1 becomes version 1 on the next write', async () => {
    await fakeBrowser.storage.local.set({
      calmNotes: [{ id: 'a', text: 'You got through last time.', createdAt: 1 }, { id: 2 }],
    });
    expect(await listCalmNotes()).toEqual([
      { id: 'a', text: 'You got through last time.', createdAt: 1 },
    ]);
    await addCalmNote('Breathe first.', 2);
    expect(await stored('calmNotes')).toMatchObject({
      version: 1,
      notes: [{ id: 'a' }, { text: 'Breathe first.' }],
    });
    expect(await calmNotesItem.load()).toHaveLength(2);
  });

  it('drafts: one written before drafts had a version still restores, with its words', async () => {
    await fakeBrowser.storage.local.set({
      'draft:quick': { text: 'are you still up?', tags: 'late', intensity: 7, junk: { x: 1 } },
    });
    const drafts = createDraftStore('quick', { text: '', tags: '' });
    expect(await drafts.load()).toEqual({ text: 'are you still up?', tags: 'late', intensity: 7 });
  });
});
