import { t } from '../i18n';
import type { UnsentDetails } from './entry/types';

export type RevisitAnswer = NonNullable<UnsentDetails['revisit']>['answer'];
export const REVISIT_ANSWERS: readonly RevisitAnswer[] = ['passed', 'send', 'unsure'];

/** The answer to "Do you still want to send this?" as the user gave it. */
export function revisitAnswerLabel(answer: RevisitAnswer): string {
  switch (answer) {
    case 'passed':
      return t('revisit_passed');
    case 'send':
      return t('revisit_send');
    case 'unsure':
      return t('revisit_unsure');
  }
}
