import { t } from '../i18n';
import { toJournalError } from '../journal/errors';
import { journalErrorText } from '../journal/errorText';

/**
 * What the pause says when "Save" or "Wait" did not keep the draft. A reason the user can act on
 * (too long, no room, interrupted, an old Steady page open) gets its own kind sentence, since
 * trying again cannot fix "too long"; anything else gets the pause's own. Each one says that
 * nothing was sent: the draft stays in the message box either way.
 */
export function pauseFailureText(error: unknown, text: string): string {
  const { reason } = toJournalError(error);
  if (reason === 'too-long' || reason === 'quota' || reason === 'aborted' || reason === 'blocked') {
    return `${journalErrorText(error, text)} ${t('pauseNothingSent')}`;
  }
  return t('pauseSaveFailed');
}
