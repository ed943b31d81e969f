import { useEffect, useState } from 'preact/hooks';
import { toJournalError } from '@/lib/journal/errors';
import { lockStatus, onJournalChanged, onLockChange, type LockStatus } from '@/lib/journal/door';

/**
 * The lock as this page sees it, kept current: this page locking (idle, or Lock now),
 * unlocking, and another page turning the lock on or off (a journal change).
 */
export function useLock(): {
  status: LockStatus | undefined;
  /** Why the journal could not be opened to read the lock, until a later try succeeds. */
  failure: unknown;
  refresh(): void;
} {
  const [status, setStatus] = useState<LockStatus>();
  const [failure, setFailure] = useState<unknown>();
  const refresh = (retry = true) => {
    void lockStatus().then(
      (found) => {
        setFailure(undefined);
        setStatus(found);
      },
      (error: unknown) => {
        setFailure(error ?? new Error('unknown'));
        // Blocked by a tab of the old version: this page's upgrade is still waiting for it to
        // close. One more read queues behind that upgrade and answers once it is done, so the
        // page recovers by itself when the person closes that tab.
        if (retry && toJournalError(error).reason === 'blocked') refresh(false);
      },
    );
  };
  useEffect(() => {
    refresh();
    const stopLock = onLockChange(() => refresh());
    const stopChanges = onJournalChanged(() => refresh());
    return () => {
      stopLock();
      stopChanges();
    };
  }, []);
  return { status, failure, refresh: () => refresh() };
}
