import { toJournalError } from '../errors';
import { openerFor } from '../lock/codec';
import { lockOwner } from '../lock/session';
import { readLock } from '../store/lock';
import { getJournal } from '../store/open';
import { exportFile } from './exportFile';
import { wordsFrom } from './markdownCatalogue';
import type { FromExport, ToExport } from './exportProtocol';

/**
 * An export, off the page's thread: at 100,000 entries, reading them (the browser turns every
 * record back into an object on the thread that asked), opening sealed ones and writing a 40 MB
 * file each hold a thread for far longer than the 50 ms a page may be busy. The page terminates
 * this worker when it answers.
 */

const scope = self as unknown as {
  postMessage(message: FromExport): void;
  onmessage: ((event: MessageEvent<ToExport>) => void) | null;
};

scope.onmessage = async ({ data }) => {
  try {
    const db = await getJournal();
    // The page's keys only if they open this lock; sealed records without them: 'locked'.
    const lock = await readLock(db);
    const keys = lock && data.keys && lockOwner(lock) === data.owner ? data.keys : undefined;
    const { file, entries } = await exportFile(
      db,
      data.kind,
      data.now,
      openerFor(keys),
      // Only Markdown has words to translate; the page sends them with it.
      wordsFrom(data.words ?? { language: 'en', messages: {} }),
      (done, total) => scope.postMessage({ type: 'progress', progress: { done, total } }),
    );
    scope.postMessage({ type: 'done', file, entries });
  } catch (error) {
    scope.postMessage({ type: 'failed', reason: toJournalError(error).reason });
  }
};
