import type { JournalChange } from '../changes';
import type { Entry } from '../entry/types';
import type { Opener } from '../lock/codec';
import { isSealed } from '../lock/records';
import { countEntries, newestBelow, type PageCursor } from '../store/entries';
import { createdKey, getStored } from '../store/packs';
import type { JournalConnection } from '../store/open';
import { JournalMirror } from './mirror';
import type { FromMirror, TaggedChange, ToMirror } from './protocol';

type Question = Extract<ToMirror, { type: 'search' | 'insights' }>;

/**
 * Entries per fill read. In the worker a batch costs the page nothing; the size only sets how
 * soon a common word can be answered (after the first batch) and how often progress is told.
 */
export const FILL_BATCH = 2_000;

/**
 * The mirror's worker, apart from the Worker itself so a unit test runs it in one thread with
 * fake-indexeddb. It reads the journal itself (its own connection: nothing is copied from the
 * page), newest first in batches of two requests each (a key cursor jumps a batch back, one
 * getAll reads it), opens sealed records with the keys the page gave it, and follows change
 * notices: a notice naming entries reads only those again, one naming none fills afresh.
 *
 * Order: changes and questions run one after another (`serial`), so a question asked after a
 * write is answered with that write in. The fill runs beside them; a question it cannot yet
 * answer waits and is tried again after each batch.
 */
export class MirrorService {
  private readonly mirror = new JournalMirror();
  private state: 'idle' | 'filling' | 'ready' | 'failed' = 'idle';
  private waiting: Question[] = [];
  private queue: Promise<void> = Promise.resolve();
  /** Bumped by every fresh fill: an older fill's batches are then dropped. */
  private generation = 0;
  /** Tags of notices already applied (each arrives twice from this page: direct and broadcast). */
  private seen: string[] = [];

  constructor(
    private readonly db: () => Promise<JournalConnection>,
    private readonly open: Opener,
    private readonly reply: (message: FromMirror) => void,
    private readonly batch = FILL_BATCH,
  ) {}

  handle(message: ToMirror): void {
    switch (message.type) {
      case 'keys':
        return;
      case 'fill':
        if (this.state === 'idle' || this.state === 'failed') this.fill();
        return;
      case 'change':
        this.noteChange(message);
        return;
      case 'search':
      case 'insights':
        if (this.state === 'idle') this.fill();
        this.serial(async () => {
          if (this.state === 'failed') this.reply({ type: 'unavailable', ask: message.ask });
          else if (!this.tryAnswer(message)) this.waiting.push(message);
        });
    }
  }

  /** A change notice, from this page or (through BroadcastChannel) any other. */
  noteChange({ change, tag }: TaggedChange): void {
    if (tag) {
      if (this.seen.includes(tag)) return;
      this.seen.push(tag);
      if (this.seen.length > 50) this.seen.shift();
    }
    // Nothing held yet: the fill, when it comes, reads the journal as it is then.
    if (this.state === 'idle') return;
    if (!change || this.state === 'failed') {
      this.fill();
      return;
    }
    this.serial(() => this.apply(change));
  }

  private serial(step: () => Promise<void>): void {
    this.queue = this.queue.then(step).catch(() => this.failed());
  }

  private async apply(change: JournalChange): Promise<void> {
    const ids = change.entries ?? [];
    if (ids.length) {
      const store = (await this.db()).transaction('packs').store;
      const records = await Promise.all(ids.map((id) => getStored(store, id)));
      const entries = await Promise.all(records.map((r) => (r ? this.open.entry(r) : undefined)));
      ids.forEach((id, i) => this.mirror.changed(id, entries[i]));
    }
    if (change.pauses) await this.readPauses();
    this.retry();
  }

  private async readPauses(): Promise<void> {
    const records = await (await this.db()).getAll('pauses');
    const pauses = await Promise.all(records.map((record) => this.open.pause(record)));
    this.mirror.clearPauses();
    this.mirror.addPauses(pauses, true);
  }

  /** Empties the mirror and reads the whole journal into it again, newest first. */
  private fill(): void {
    const mine = ++this.generation;
    this.mirror.reset();
    this.state = 'filling';
    void this.fillFrom(mine).catch(() => {
      if (mine === this.generation) this.failed();
    });
  }

  private async fillFrom(mine: number): Promise<void> {
    const db = await this.db();
    const total = await countEntries(db);
    // Pauses first, in the serial order: a pause notice after this reads them all again.
    await new Promise<void>((resolve, reject) => {
      this.serial(() => this.readPauses().then(resolve, reject));
    });
    let after: PageCursor | undefined;
    let done = 0;
    for (;;) {
      const { records, next } = await readBatch(db, this.batch, after);
      // Plain records are entries as they are: no promise each for 100,000 of them.
      const entries = records.some(isSealed)
        ? await Promise.all(records.map((record) => this.open.entry(record)))
        : (records as Entry[]);
      if (mine !== this.generation) return;
      this.mirror.addBatch(entries, !next);
      done += entries.length;
      this.reply({ type: 'progress', done, total: Math.max(total, done) });
      if (!next) break;
      after = next;
      this.retry();
    }
    this.state = 'ready';
    this.retry();
  }

  private failed(): void {
    this.state = 'failed';
    this.mirror.reset();
    for (const question of this.waiting) this.reply({ type: 'unavailable', ask: question.ask });
    this.waiting = [];
  }

  private retry(): void {
    if (this.waiting.length) this.waiting = this.waiting.filter((q) => !this.tryAnswer(q));
  }

  private tryAnswer(question: Question): boolean {
    if (question.type === 'search') {
      const page = this.mirror.search(question.filter, question.options);
      if (page) this.reply({ type: 'search', ask: question.ask, page });
      return page !== undefined;
    }
    const insights = this.mirror.insights();
    if (insights) this.reply({ type: 'insights', ask: question.ask, insights });
    return insights !== undefined;
  }
}

/** `limit` records older than `after`, newest first (newestBelow), and where the next batch starts. */
async function readBatch(db: JournalConnection, limit: number, after?: PageCursor) {
  const records = await newestBelow(db, limit, after);
  const last = records[records.length - 1];
  return records.length === limit && last ? { records, next: createdKey(last) } : { records };
}
