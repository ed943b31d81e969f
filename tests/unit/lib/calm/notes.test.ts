import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  MAX_CALM_NOTES,
  MAX_CALM_NOTE_LENGTH,
  addCalmNote,
  checkCalmNote,
  listCalmNotes,
  pickCalmNote,
  removeCalmNote,
  restoreCalmNote,
} from '@/lib/calm/notes';
import { seededRandom } from '@/lib/newtab/random';

describe('notes from calm me', () => {
  it('keeps a note and lists it back', async () => {
    const note = await addCalmNote('  You are loved, even in the quiet.  ', 1000);
    expect(note).toMatchObject({ text: 'You are loved, even in the quiet.', createdAt: 1000 });
    expect(await listCalmNotes()).toEqual([note]);
  });

  it('refuses an empty or too-long note and keeps nothing', async () => {
    await expect(addCalmNote('   ')).rejects.toThrow('empty');
    await expect(addCalmNote('x'.repeat(MAX_CALM_NOTE_LENGTH + 1))).rejects.toThrow('too-long');
    expect(await listCalmNotes()).toEqual([]);
  });

  it('says when there is no more room', () => {
    expect(checkCalmNote('hello', MAX_CALM_NOTES)).toBe('full');
    expect(checkCalmNote('hello', MAX_CALM_NOTES - 1)).toBeUndefined();
  });

  it('ignores corrupt stored notes instead of breaking the new tab', async () => {
    await fakeBrowser.storage.local.set({
      calmNotes: [{ id: 'a', text: 'ok', createdAt: 1 }, { id: 2 }, 'nope', null],
    });
    expect(await listCalmNotes()).toEqual([{ id: 'a', text: 'ok', createdAt: 1 }]);
    await fakeBrowser.storage.local.set({ calmNotes: 'not a list' });
    expect(await listCalmNotes()).toEqual([]);
  });

  it('picks one of the notes, or none when there are none', () => {
    const notes = [
      { id: 'a', text: 'one', createdAt: 1 },
      { id: 'b', text: 'two', createdAt: 2 },
    ];
    expect(notes).toContainEqual(pickCalmNote(notes, seededRandom(3)));
    expect(pickCalmNote([], seededRandom(3))).toBeUndefined();
  });
});

describe('removing a note from calm me', () => {
  it('forgets that note only, and changes nothing when it is already gone', async () => {
    const keep = await addCalmNote('Keep me');
    const drop = await addCalmNote('Let me go');
    await removeCalmNote(drop.id);
    expect(await listCalmNotes()).toEqual([keep]);
    await removeCalmNote(drop.id);
    expect(await listCalmNotes()).toEqual([keep]);
  });
});

describe('undoing a removal', () => {
  it('puts the note back exactly, in its place, once', async () => {
    const first = await addCalmNote('first', 1);
    const second = await addCalmNote('second', 2);
    await removeCalmNote(first.id);
    await restoreCalmNote(first);
    await restoreCalmNote(first);
    expect(await listCalmNotes()).toEqual([first, second]);
  });
});
