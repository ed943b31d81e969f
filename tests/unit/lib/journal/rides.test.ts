import { deleteDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  allRides,
  countJournal,
  deleteEverything,
  exportJournal,
  importBackup,
  latestRides,
  saveRide,
} from '@/lib/journal/door';
import { JournalError } from '@/lib/journal/errors';
import { resetSharedJournal } from '@/lib/journal/store/open';
import { DB_NAME } from '@/lib/journal/store/schema';
import { MINUTE, answer, finish, startRide, type Ride } from '@/lib/urges/ride';
import '../../support/sharedJournal';

const T0 = Date.UTC(2026, 10, 20, 22, 0);
const ride = (i: number): Ride =>
  finish(
    answer(
      startRide(6, T0 + i * 60 * MINUTE, { source: 'popup' }, `ride-${i}`),
      'easing',
      T0 + i * 60 * MINUTE + 2 * MINUTE,
    ),
    T0 + i * 60 * MINUTE + 3 * MINUTE,
  );

async function emptyJournal(): Promise<void> {
  resetSharedJournal();
  await deleteDB(DB_NAME);
}

beforeEach(emptyJournal);

describe('rides in the journal', () => {
  it('are stored whole at each step, newest first, and counted', async () => {
    const open = startRide(7, T0, { source: 'pause', pauseId: 'p1' }, 'r1');
    await saveRide(open);
    await saveRide(answer(open, 'same', T0 + MINUTE));
    await saveRide(ride(1));
    expect((await latestRides(5)).map((r) => r.id)).toEqual(['ride-1', 'r1']);
    expect((await allRides())[0]!.checks).toHaveLength(1);
    expect(await countJournal()).toMatchObject({ rides: 2 });
  });

  it('refuses a ride carrying words, and stores nothing', async () => {
    const bad = { ...ride(1), text: 'are you mad at me' } as Ride;
    await expect(saveRide(bad)).rejects.toBeInstanceOf(JournalError);
    expect(await allRides()).toEqual([]);
  });

  it('go into the backup and come back from it into an empty journal', async () => {
    for (let i = 0; i < 3; i++) await saveRide(ride(i));
    const { text } = await exportJournal('json', 1_800_000_000_000);
    const file = JSON.parse(text) as { version: number; rides: Ride[] };
    expect(file.version).toBe(2);
    expect(file.rides.map((r) => r.id)).toEqual(['ride-0', 'ride-1', 'ride-2']);
    await emptyJournal();
    expect(await importBackup(text)).toMatchObject({ ok: true, summary: { ridesAdded: 3 } });
    expect(await allRides()).toEqual([ride(0), ride(1), ride(2)]);
    // The same file again adds nothing.
    expect(await importBackup(text)).toMatchObject({ ok: true, summary: { ridesAdded: 0 } });
    expect((await exportJournal('json', 1_800_000_000_000)).text).toBe(text);
  });

  it('leave a backup made before rides (version 1) importing as it did', async () => {
    const old = JSON.stringify({
      format: 'steady-journal',
      version: 1,
      exportedAt: 1,
      entries: [],
      pauses: [],
    });
    expect(await importBackup(old)).toMatchObject({ ok: true, summary: { ridesAdded: 0 } });
  });

  it('refuse a backup with a damaged ride as a whole, saying which, and change nothing', async () => {
    await saveRide(ride(0));
    const file = {
      format: 'steady-journal',
      version: 2,
      exportedAt: 1,
      entries: [],
      pauses: [],
      rides: [ride(5), { ...ride(6), strength: 'very' }],
    };
    const outcome = await importBackup(JSON.stringify(file));
    expect(outcome).toMatchObject({ ok: false });
    expect(outcome.ok ? '' : outcome.message).toMatch(/Ride 2 .*“strength”.*Nothing was imported/);
    expect((await allRides()).map((r) => r.id)).toEqual(['ride-0']);
  });

  it('go with Delete everything', async () => {
    await saveRide(ride(0));
    await deleteEverything();
    expect(await allRides()).toEqual([]);
  });
});
