import { toJournalError } from '../errors';
import { sealerFor } from '../lock/codec';
import { lockOwner } from '../lock/session';
import { readLock } from '../store/lock';
import { getJournal } from '../store/open';
import { runImport } from './importJob';
import type { FromImport, ToImport } from './importProtocol';
import { ImportError } from './parse';

/**
 * An import, off the page's thread: reading a 40 MB file, parsing and checking 100,000 records,
 * sealing them and issuing their writes each take far longer than the 50 ms a page may be busy.
 * The page terminates this worker when it answers.
 */

const scope = self as unknown as {
  postMessage(message: FromImport): void;
  onmessage: ((event: MessageEvent<ToImport>) => void) | null;
};

scope.onmessage = async ({ data }) => {
  try {
    const db = await getJournal();
    // The lock as it is now (read afresh, as every write does); the page's keys only if they
    // are this lock's. With the lock on and no keys, records are sealed to its public key.
    const lock = await readLock(db);
    const keys = lock && data.keys && lockOwner(lock) === data.owner ? data.keys : undefined;
    const summary = await runImport(db, data.source, data.byteLength, sealerFor(lock, keys), (p) =>
      scope.postMessage({ type: 'progress', progress: p }),
    );
    scope.postMessage({ type: 'done', summary });
  } catch (error) {
    scope.postMessage(
      error instanceof ImportError
        ? { type: 'failed', problem: error.problem }
        : { type: 'failed', reason: toJournalError(error).reason },
    );
  }
};
