import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { Settings } from '@/lib/settings/schema';

interface Props {
  checkin: Settings['checkin'];
  save(change: Partial<Settings>): Promise<void>;
}

/**
 * On the page the daily check-in opens: one quiet line saying why it opened, and the way to
 * stop it right there, without hunting through settings.
 */
export function CheckinNote({ checkin, save }: Props) {
  const [off, setOff] = useState(false);
  return (
    <div class="checkin-note" role="status">
      {off ? (
        <p>{t('checkinTurnedOff')}</p>
      ) : (
        <p>
          {t('checkinWhy')}{' '}
          <button
            type="button"
            class="link-button"
            onClick={() =>
              void save({ checkin: { ...checkin, on: false } }).then(() => setOff(true))
            }
          >
            {t('checkinTurnOff')}
          </button>
        </p>
      )}
    </div>
  );
}
