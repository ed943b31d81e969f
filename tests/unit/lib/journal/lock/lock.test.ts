import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addCalmNote, listCalmNotes } from '@/lib/calm/notes';
import { createDraftStore } from '@/lib/drafts/store';
import {
  changePasscode,
  deleteEverything,
  exportJournal,
  findPage,
  latestEntries,
  lockJournal,
  lockStatus,
  readPatterns,
  saveEntry,
  savePausedDraft,
  sealLeftovers,
  turnOffLock,
  turnOnLock,
  unlockJournal,
} from '@/lib/journal/door';
import { readEverything } from '@/lib/journal/store/everything';
import { noteSuccess } from '@/lib/journal/lock/attempts';
import { PLAIN_CODEC } from '@/lib/journal/lock/codec';
import { currentCodec } from '@/lib/journal/lock/current';
import { getJournal } from '@/lib/journal/store/open';
import { REMIND_PREFIX } from '@/lib/pause/reminders';
import { LOCK_PUBLIC_KEY } from '@/lib/storage/privateItem';
import { forgetSessionKey } from '@/lib/storage/sessionCopy';
import '../../../support/sharedJournal';
import { allRecords, putRecords } from '../../../support/stored';

const PASSCODE = 'blue heron at dawn';

/** Words that must never be found in storage while the journal is locked. */
const SECRETS = {
  note: 'I keep checking whether Sam read my message',
  tag: 'sam-silence',
  answer: 'the hum of the fridge',
  unsent: 'are you mad at me?? please answer',
  matched: 'are you mad',
  draft: 'half a thought about Sunday',
  calm: 'You have been through quiet days before and you were fine',
  site: 'whatsapp',
};

async function seed() {
  await saveEntry({ kind: 'note', text: SECRETS.note, tags: [SECRETS.tag], need: 'reassurance' });
  await saveEntry({
    kind: 'grounding',
    text: 'grounded',
    grounding: { steps: [[SECRETS.answer], [], [], [], []] },
  });
  await savePausedDraft(
    {
      site: SECRETS.site,
      text: SECRETS.unsent,
      matched: [SECRETS.matched],
      remindAt: Date.now() + 600_000,
    },
    'waited',
  );
  const draft = createDraftStore('quick-journal', { text: '', tags: '' }, 0);
  draft.save({ text: SECRETS.draft, tags: '' });
  await draft.flush();
  await addCalmNote(SECRETS.calm);
}

/** Every string and every byte (as UTF-8 and as Latin-1) in a value, for a byte-wise search. */
function texts(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
    const bytes =
      value instanceof ArrayBuffer
        ? new Uint8Array(value)
        : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    out.push(new TextDecoder().decode(bytes), String.fromCharCode(...bytes));
  } else if (value && typeof value === 'object') {
    for (const [key, part] of Object.entries(value)) {
      out.push(key);
      texts(part, out);
    }
  }
  return out;
}

/** Everything Steady keeps on disk: every IndexedDB record and all of storage.local. */
async function everythingStored(): Promise<string> {
  const db = await getJournal();
  const [entries, pauses, lock] = await Promise.all([
    db.getAll('packs'),
    db.getAll('pauses'),
    db.getAll('lock'),
  ]);
  const local = await fakeBrowser.storage.local.get(null);
  return texts({ entries, pauses, lock, local }).join('\n');
}

afterEach(async () => {
  await lockJournal();
  // The count of wrong tries lives in the module as well as in session storage: cleared here so
  // the wait the slow-down test leaves behind (1 s) cannot meet the next test when it runs fast.
  await noteSuccess();
});

// Each unlock derives its key with PBKDF2 at 600,000 iterations: seconds, on a busy machine.
describe('the privacy lock', { timeout: 30_000 }, () => {
  it('keeps none of the words in storage once it is on and the journal is locked', async () => {
    await seed();
    const before = await everythingStored();
    for (const secret of Object.values(SECRETS)) expect(before).toContain(secret);

    await turnOnLock(PASSCODE);
    await lockJournal();
    const stored = await everythingStored();
    for (const secret of Object.values(SECRETS)) expect(stored).not.toContain(secret);
    expect(await lockStatus()).toMatchObject({ state: 'locked' });
  });

  it('saves from every surface while locked, and reads nothing until unlocked', async () => {
    await turnOnLock(PASSCODE);
    await lockJournal();
    await saveEntry({ kind: 'note', text: SECRETS.note, tags: [SECRETS.tag] });
    await savePausedDraft({ site: 'slack', text: SECRETS.unsent, matched: ['??'] }, 'saved');
    expect(await everythingStored()).not.toContain(SECRETS.note);
    await expect(latestEntries(5)).rejects.toMatchObject({ reason: 'locked' });
    await expect(findPage({ q: 'sam' }, { limit: 5 })).rejects.toMatchObject({ reason: 'locked' });
    await expect(readPatterns()).rejects.toMatchObject({ reason: 'locked' });
    await expect(exportJournal('json')).rejects.toMatchObject({ reason: 'locked' });

    expect(await unlockJournal(PASSCODE)).toEqual({ ok: true });
    const entries = await latestEntries(5);
    expect(entries.map((e) => e.text).sort()).toEqual([SECRETS.note, SECRETS.unsent].sort());
    expect(entries.find((e) => e.kind === 'note')?.tags).toEqual([SECRETS.tag]);
    expect((await findPage({ q: 'sam' }, { limit: 5 })).entries).toHaveLength(1);
    expect((await readPatterns()).pauseOutcomes).toMatchObject({ saved: 1 });
  });

  it('refuses a wrong passcode, says only that, and slows down repeated tries', async () => {
    await turnOnLock(PASSCODE);
    await lockJournal();
    expect(await unlockJournal('blue heron at dusk')).toEqual({
      ok: false,
      reason: 'wrong',
      waitMs: 0,
    });
    await unlockJournal('wrong two');
    const third = await unlockJournal('wrong three');
    expect(third).toMatchObject({ ok: false, reason: 'wrong' });
    expect(third.ok === false && third.waitMs).toBeGreaterThan(0);
    // Even the right passcode waits its turn: the wait says nothing about the guess.
    expect(await unlockJournal(PASSCODE)).toMatchObject({ ok: false, reason: 'wait' });
    expect(await lockStatus()).toMatchObject({ state: 'locked' });
  });

  it('never uses an IV twice, over many entries sealed locked and unlocked', async () => {
    await turnOnLock(PASSCODE);
    for (let i = 0; i < 150; i++) await saveEntry({ kind: 'note', text: `unlocked ${i}` });
    await lockJournal();
    for (let i = 0; i < 150; i++) await saveEntry({ kind: 'note', text: `locked ${i}` });
    const records = await allRecords(await getJournal());
    const ivs = records.map((r) => ('sealed' in r ? texts(r.sealed.iv)[1] : 'plain'));
    expect(ivs).not.toContain('plain');
    expect(new Set(ivs).size).toBe(300);
  });

  it('seals what a pass cut short left plain, without the passcode, and it opens after', async () => {
    await turnOnLock(PASSCODE);
    await lockJournal();
    // As if the browser closed mid-pass: records the pass had not reached are still plain.
    const db = await getJournal();
    const left = Array.from({ length: 600 }, (_, i) => ({
      id: `left-${String(i).padStart(3, '0')}`,
      kind: 'note' as const,
      text: `left behind ${i}`,
      tags: ['mid-pass'],
      createdAt: 1000 + i,
      updatedAt: 1000 + i,
    }));
    await putRecords(db, left);
    const tx = db.transaction('lock', 'readwrite');
    const lock = (await tx.store.get('lock'))!;
    await Promise.all([tx.store.put({ ...lock, sealedAll: false }), tx.done]);

    await sealLeftovers(); // what the background does at start-up
    expect(await everythingStored()).not.toContain('left behind');
    await unlockJournal(PASSCODE);
    const back = (await readEverything(db, (await currentCodec(db)).open)).entries;
    expect(back).toEqual(left);
  });

  it('changes the passcode without touching an entry', async () => {
    await saveEntry({ kind: 'note', text: SECRETS.note });
    await turnOnLock(PASSCODE);
    const db = await getJournal();
    const sealedBefore = await allRecords(db);
    expect(await changePasscode('not it', 'new one here')).toMatchObject({ ok: false });
    expect(await changePasscode(PASSCODE, 'a new passcode of mine')).toEqual({ ok: true });
    expect(await allRecords(db)).toEqual(sealedBefore);
    await lockJournal();
    expect(await unlockJournal(PASSCODE)).toMatchObject({ ok: false, reason: 'wrong' });
    expect(await unlockJournal('a new passcode of mine')).toEqual({ ok: true });
    expect((await latestEntries(1))[0]?.text).toBe(SECRETS.note);
  });

  it('turned off, gives back every entry, pause, draft and note exactly as they were', async () => {
    await seed();
    const db = await getJournal();
    const before = await readEverything(db, PLAIN_CODEC.open);
    const localBefore = await fakeBrowser.storage.local.get(null);
    await turnOnLock(PASSCODE);
    await lockJournal();
    await unlockJournal(PASSCODE);
    await turnOffLock();
    expect(await readEverything(db, PLAIN_CODEC.open)).toEqual(before);
    const localAfter = await fakeBrowser.storage.local.get(null);
    expect(localAfter[LOCK_PUBLIC_KEY]).toBeUndefined();
    expect(localAfter['draft:quick-journal']).toEqual(localBefore['draft:quick-journal']);
    expect(await listCalmNotes()).toMatchObject([{ text: SECRETS.calm }]);
    expect(await lockStatus()).toMatchObject({ state: 'off' });
    expect(await db.getAll('lock')).toEqual([]);
  });

  it('keeps a draft it cannot open after a restart, and gives it back on unlock', async () => {
    const empty = { text: '', tags: '' };
    const before = createDraftStore('quick-journal', empty, 0);
    before.save({ text: SECRETS.draft, tags: '' });
    await before.flush();
    await turnOnLock(PASSCODE); // seals the draft where it is
    // A browser restart while locked: this session's key is gone with storage.session.
    await lockJournal();
    await fakeBrowser.storage.session.clear();
    forgetSessionKey();

    const after = createDraftStore('quick-journal', empty, 0);
    expect(await after.load()).toEqual(empty); // sealed, and nothing here can open it
    after.save({ text: 'a new thought, typed before unlocking', tags: '' });
    await after.flush();
    const keptKeys = async () =>
      Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) =>
        k.startsWith('draftkept:'),
      );
    expect(await keptKeys()).toHaveLength(1);

    // Unlocked: the new draft has the place, so the old one stays set aside, never deleted.
    await unlockJournal(PASSCODE);
    expect(await keptKeys()).toHaveLength(1);
    expect((await createDraftStore('quick-journal', empty, 0).load()).text).toBe(
      'a new thought, typed before unlocking',
    );
    // Once the place is free, the words set aside come back.
    await after.clear();
    await lockJournal();
    await unlockJournal(PASSCODE);
    expect(await keptKeys()).toHaveLength(0);
    expect((await createDraftStore('quick-journal', empty, 0).load()).text).toBe(SECRETS.draft);
  });

  it('delete everything leaves no entry, draft, note, key or alarm', async () => {
    await seed();
    await turnOnLock(PASSCODE);
    await fakeBrowser.alarms.create(`${REMIND_PREFIX}x`, { when: Date.now() + 60_000 });
    await fakeBrowser.storage.session.set({ 'pause:cooldowns': { 'slack:/a': Date.now() + 1 } });
    await deleteEverything();
    const db = await getJournal();
    expect(await db.getAll('packs')).toEqual([]);
    expect(await db.getAll('pauses')).toEqual([]);
    expect(await db.getAll('lock')).toEqual([]);
    const local = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(local).filter((k) => /draft|calmNotes|lockPublicKey/.test(k))).toEqual([]);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toEqual([]);
    expect(await lockStatus()).toMatchObject({ state: 'off' });
  });
});
