import { t } from '../i18n';
import { toJournalError, type JournalErrorReason } from '../journal/errors';
import { journalErrorText } from '../journal/messages';

/** Reasons with a sentence of their own: trying again at once cannot fix any of them. */
const SPECIFIC: readonly JournalErrorReason[] = [
  'too-long',
  'quota',
  'aborted',
  'blocked',
  'too-many',
];

/**
 * What the pause says when "Save" or "Wait" did not keep the draft. A reason the user can act on
 * (too long, no room, interrupted, an old Steady page open, too many saves in a minute) gets
 * its own kind sentence; anything else gets the pause's own. Each one says that nothing was
 * sent: the draft stays in the message box either way.
 */
export function pauseFailureText(error: unknown, text: string): string {
  const { reason } = toJournalError(error);
  if (SPECIFIC.includes(reason)) {
    return `${journalErrorText(error, text)} ${t('pauseNothingSent')}`;
  }
  return t('pauseSaveFailed');
}
