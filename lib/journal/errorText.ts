import { t } from '../i18n';
import { toJournalError } from './errors';
import { MAX_TEXT_LENGTH } from './validate';

/** A kind sentence for why something was not saved. Every one of them says the words are kept. */
export function journalErrorText(error: unknown, text = ''): string {
  const { reason } = toJournalError(error);
  switch (reason) {
    case 'empty':
      return t('error_empty');
    case 'too-long':
      return t('error_tooLong', [text.length.toLocaleString(), MAX_TEXT_LENGTH.toLocaleString()]);
    case 'quota':
      return t('error_quota');
    case 'aborted':
      return t('error_aborted');
    case 'blocked':
      return t('error_blocked');
    case 'too-many':
      return t('error_tooMany');
    default:
      return t('error_generic');
  }
}
