import type { UnlockOutcome } from '@/lib/journal/door';
import { t } from '@/lib/i18n';

/** What a refused passcode says: that it did not open, and how long to wait. Nothing more. */
export function unlockRefusal(outcome: Exclude<UnlockOutcome, { ok: true }>): string {
  const seconds = Math.ceil(outcome.waitMs / 1000);
  if (outcome.reason === 'wait') return t('lockWait', String(seconds));
  return seconds > 0 ? `${t('lockWrong')} ${t('lockWait', String(seconds))}` : t('lockWrong');
}
