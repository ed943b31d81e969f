import './CheckinSection.css';
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { uiLanguage } from '@/lib/locale';
import { askToNotify } from '@/lib/reminders/permission';
import { formatClock, isClockTime } from '@/lib/reminders/time';
import type { SectionProps } from './SettingsContext';

/**
 * The gentle daily check-in, off until the person turns it on. Turning it on asks for
 * notifications at that click (an optional permission); a "no" leaves it off and says so.
 */
export function CheckinSection({ settings, change }: SectionProps) {
  const { checkin } = settings;
  const [denied, setDenied] = useState(false);

  function toggle(wantOn: boolean) {
    setDenied(false);
    if (!wantOn) {
      void change({ checkin: { ...checkin, on: false } });
      return;
    }
    // Asked in the click itself, before any await: the browser needs the gesture.
    void askToNotify().then((granted) =>
      granted ? change({ checkin: { ...checkin, on: true } }) : setDenied(true),
    );
  }

  return (
    <section class="card" aria-labelledby="checkin-heading">
      <h2 id="checkin-heading">{t('checkinHeading')}</h2>
      <p class="hint" id="checkin-about">
        {t('checkinAbout')}
      </p>
      <label class="switch-row">
        <input
          type="checkbox"
          role="switch"
          checked={checkin.on}
          aria-describedby="checkin-about"
          onClick={(e) => {
            e.preventDefault(); // the permission decides the state, not the click
            toggle(!checkin.on);
          }}
        />
        <span>{t('checkinToggle')}</span>
      </label>
      <label class="field">
        <span>{t('checkinTime')}</span>
        <input
          type="time"
          value={checkin.time}
          onChange={(e) => {
            const time = e.currentTarget.value;
            if (isClockTime(time)) void change({ checkin: { ...checkin, time } });
          }}
        />
      </label>
      <p class="status" role="status">
        {denied
          ? t('checkinDenied')
          : checkin.on
            ? t('checkinOnAt', formatClock(checkin.time, uiLanguage()))
            : ''}
      </p>
    </section>
  );
}
