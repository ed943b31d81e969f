import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging/client';

/** A quiet line when a paused message waits to be revisited; nothing at all otherwise. */
export function WaitingUnsent() {
  const [entryId, setEntryId] = useState<string>();
  useEffect(() => {
    // Through the background, so the new tab opens without loading the database at all.
    void sendMessage('journal.waiting', {})
      .then(({ entryId }) => setEntryId(entryId ?? undefined))
      .catch(() => undefined); // the card works without it
  }, []);
  if (!entryId) return null;
  const href = `${browser.runtime.getURL('/journal.html')}?entry=${encodeURIComponent(entryId)}`;
  return (
    <p class="waiting">
      {t('waitingUnsent')} <a href={href}>{t('waitingUnsentLink')}</a>
    </p>
  );
}
