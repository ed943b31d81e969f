import './StoredList.css';
import { t } from '@/lib/i18n';

/** Exactly what is stored where: shown on the welcome page and in Settings → Privacy. */
export function StoredList() {
  return (
    <ul class="stored-list">
      <li>{t('storedJournal')}</li>
      <li>{t('storedSettings')}</li>
      <li>{t('storedDrafts')}</li>
      <li>{t('storedSession')}</li>
    </ul>
  );
}
