import { readLock } from '../store/lock';
import type { JournalConnection } from '../store/open';
import { openerFor, sealerFor, type Codec } from './codec';
import { heldKeys } from './session';

/**
 * The lock as it is now, read afresh for every read and write (one small get): another page
 * may have turned it on or off a moment ago, and a write must never go out plainly after that.
 */
export async function currentCodec(db: JournalConnection): Promise<Codec> {
  const lock = await readLock(db);
  const keys = heldKeys(lock);
  return { seal: sealerFor(lock, keys), open: openerFor(keys) };
}
