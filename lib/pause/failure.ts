import { t, type MessageKey } from '../i18n';
import { MAX_TEXT_LENGTH } from '../journal/entry/limits';
import { JournalError, type JournalErrorReason } from '../journal/errors';

/**
 * Reasons with a sentence of their own: trying again at once cannot fix any of them. The same
 * catalogue sentences as lib/journal/messages.ts, picked here for only these five so the
 * content script (14 kB budget) does not ship every journal message.
 */
const SPECIFIC: Partial<Record<JournalErrorReason, MessageKey>> = {
  'too-long': 'error_tooLong',
  quota: 'error_quota',
  aborted: 'error_aborted',
  blocked: 'error_blocked',
  'too-many': 'error_tooMany',
};

/**
 * What the pause says when "Save" or "Wait" did not keep the draft. A reason the user can act on
 * (too long, no room, interrupted, an old Steady page open, too many saves in a minute) gets
 * its own kind sentence; anything else gets the pause's own. Each one says that nothing was
 * sent: the draft stays in the message box either way.
 */
export function pauseFailureText(error: unknown, text: string): string {
  // The background has already named the reason (lib/messaging/client.ts throws it as a
  // JournalError); anything else (the message never arrived) has none of its own.
  const key = error instanceof JournalError ? SPECIFIC[error.reason] : undefined;
  // Only error_tooLong has placeholders; the others ignore what is passed.
  const counts = [text.length.toLocaleString(), MAX_TEXT_LENGTH.toLocaleString()];
  return key ? `${t(key, counts)} ${t('pauseNothingSent')}` : t('pauseSaveFailed');
}
