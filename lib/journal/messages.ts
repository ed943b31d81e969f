import { t } from '../i18n';
import { toJournalError } from './errors';
import { MAX_ANSWER_LENGTH, MAX_TEXT_LENGTH } from './entry/limits';

/**
 * The one place a journal failure becomes words. Every sentence is kind, says what happened
 * in plain terms, and that the person's words are still there. (An import's refusals have their
 * own sentences, in transfer/messages.ts, which only the journal page loads.)
 */

/** A kind sentence for why something was not saved. Every one of them says the words are kept. */
export function journalErrorText(error: unknown, text = ''): string {
  const { reason } = toJournalError(error);
  switch (reason) {
    case 'empty':
      return t('error_empty');
    case 'too-long':
      return t('error_tooLong', [text.length.toLocaleString(), MAX_TEXT_LENGTH.toLocaleString()]);
    case 'answer-too-long':
      return t('error_answerTooLong', MAX_ANSWER_LENGTH.toLocaleString());
    case 'conflict':
      return t('error_conflict');
    case 'quota':
      return t('error_quota');
    case 'aborted':
      return t('error_aborted');
    case 'blocked':
      return t('error_blocked');
    case 'too-many':
      return t('error_tooMany');
    case 'locked':
      return t('error_locked');
    case 'unreadable':
      return t('error_unreadable');
    default:
      return t('error_generic');
  }
}
