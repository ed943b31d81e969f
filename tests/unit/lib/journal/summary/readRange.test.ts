import { PLAIN_CODEC } from '@/lib/journal/lock/codec';
import { describe, expect, it } from 'vitest';
import type { Entry, PauseEvent } from '@/lib/journal/entry/types';
import { readRange } from '@/lib/journal/store/range';
import { freshJournal } from '../../../support/db';
import { putRecords } from '../../../support/stored';

const entry = (id: string, createdAt: number): Entry => ({
  id,
  kind: 'note',
  createdAt,
  updatedAt: createdAt,
  text: id,
  tags: [],
});
const pause = (id: string, at: number): PauseEvent => ({
  id,
  at,
  site: 'whatsapp',
  outcome: 'sent',
});

describe('reading a range of the journal', () => {
  it('holds what began at the start and stops just before the end, whatever the ids', async () => {
    const db = await freshJournal();
    for (const e of [
      entry('before', 999),
      entry('zz-start', 1000),
      entry('', 1000),
      entry('middle', 1500),
      entry('zz-last', 1999),
      entry('a-end', 2000),
    ]) {
      await putRecords(db, [e]);
    }
    for (const p of [pause('p0', 999), pause('p1', 1000), pause('p2', 1999), pause('p3', 2000)]) {
      await db.put('pauses', p);
    }
    const { entries, pauses } = await readRange(db, 1000, 2000, PLAIN_CODEC.open);
    expect(entries.map((e) => e.id)).toEqual(['', 'zz-start', 'middle', 'zz-last']);
    expect(pauses.map((p) => p.id)).toEqual(['p1', 'p2']);
  });

  it('reads nothing from an empty journal', async () => {
    expect(await readRange(await freshJournal(), 0, Date.now(), PLAIN_CODEC.open)).toEqual({
      entries: [],
      pauses: [],
      rides: [],
    });
  });
});
