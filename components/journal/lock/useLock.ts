import { useEffect, useState } from 'preact/hooks';
import { lockStatus, onJournalChanged, onLockChange, type LockStatus } from '@/lib/journal/door';

/**
 * The lock as this page sees it, kept current: this page locking (idle, or Lock now),
 * unlocking, and another page turning the lock on or off (a journal change).
 */
export function useLock(): { status: LockStatus | undefined; refresh(): void } {
  const [status, setStatus] = useState<LockStatus>();
  const refresh = () => {
    void lockStatus().then(setStatus, () => undefined);
  };
  useEffect(() => {
    refresh();
    const stopLock = onLockChange(refresh);
    const stopChanges = onJournalChanged(refresh);
    return () => {
      stopLock();
      stopChanges();
    };
  }, []);
  return { status, refresh };
}
