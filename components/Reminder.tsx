import { t } from '@/lib/i18n';
import { REMINDER } from '@/lib/exercises/reframes';

/** The one sentence that is always on screen. */
export function Reminder() {
  return <p class="reminder">{t(REMINDER)}</p>;
}
