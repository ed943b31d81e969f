import { browser } from 'wxt/browser';
import { armCheckin, CHECKIN_ALARM, openCheckin, ringCheckin } from '@/lib/reminders/checkin';
import { loadSettings, watchSettings } from '@/lib/settings/store';

function arm(): void {
  void loadSettings()
    .then((settings) => armCheckin(settings.checkin))
    .catch((error: unknown) => console.warn('Steady: could not set the daily check-in', error));
}

/**
 * The daily check-in. The alarm follows the settings wherever they change (settings, the page
 * the check-in opens); browsers may drop alarms on restart or update, so it is set again then.
 */
export function setupCheckin(): void {
  browser.runtime.onStartup.addListener(arm);
  browser.runtime.onInstalled.addListener(arm);
  watchSettings((settings) => void armCheckin(settings.checkin).catch(() => undefined));
  // Returned, not awaited: browsers ignore it; tests wait for the notification through it.
  browser.alarms.onAlarm.addListener((alarm) =>
    alarm.name === CHECKIN_ALARM
      ? ringCheckin().catch((error: unknown) =>
          console.warn('Steady: the check-in could not be shown', error),
        )
      : undefined,
  );
}

export { openCheckin };
