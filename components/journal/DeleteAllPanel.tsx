import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { plural } from '@/lib/locale';
import { countJournal, deleteEverything, journalErrorText } from '@/lib/journal/door';
import { exportJournal } from './download';

type Step =
  | { name: 'idle' }
  | { name: 'confirm'; entries: number; pauses: number; rides: number }
  | { name: 'done' }
  | { name: 'error'; message: string };

/**
 * Delete everything, only after a confirmation that says exactly what will go and offers an
 * export first. There is no undo for this one, and the confirmation says so.
 */
export function DeleteAllPanel({ canExport = true }: { canExport?: boolean }) {
  const [step, setStep] = useState<Step>({ name: 'idle' });
  const keep = useRef<HTMLButtonElement>(null);
  // The safe choice has the focus when the question appears.
  useEffect(() => {
    if (step.name === 'confirm') keep.current?.focus();
  }, [step.name]);

  async function ask() {
    try {
      const counts = await countJournal();
      setStep({ name: 'confirm', ...counts });
    } catch (error) {
      setStep({ name: 'error', message: journalErrorText(error) });
    }
  }

  async function confirm() {
    try {
      await deleteEverything();
      setStep({ name: 'done' });
    } catch (error) {
      setStep({ name: 'error', message: journalErrorText(error) });
    }
  }

  return (
    <section class="card" aria-labelledby="delete-all-heading">
      <h2 id="delete-all-heading">{t('deleteAllHeading')}</h2>
      {step.name === 'confirm' ? (
        <div class="confirm stack" role="group" aria-labelledby="delete-all-question">
          <p id="delete-all-question" class="confirm-question">
            {step.rides
              ? t('deleteAllQuestionRides', [
                  plural('deleteAllEntries', step.entries),
                  plural('deleteAllPauses', step.pauses),
                  plural('deleteAllRides', step.rides),
                ])
              : t('deleteAllQuestion', [
                  plural('deleteAllEntries', step.entries),
                  plural('deleteAllPauses', step.pauses),
                ])}
          </p>
          <p>{t('deleteAllNoUndo')}</p>
          <div class="button-row start">
            {canExport && (
              <button type="button" onClick={() => void exportJournal('json')}>
                {t('deleteAllExportFirst')}
              </button>
            )}
            <button type="button" class="danger" onClick={() => void confirm()}>
              {t('deleteAllConfirm')}
            </button>
            <button type="button" onClick={() => setStep({ name: 'idle' })} ref={keep}>
              {t('deleteAllCancel')}
            </button>
          </div>
        </div>
      ) : (
        <>
          <p>{t('deleteAllIntro')}</p>
          <div class="button-row start">
            <button type="button" onClick={() => void ask()}>
              {t('deleteAllStart')}
            </button>
          </div>
        </>
      )}
      <p class={`status${step.name === 'error' ? ' status-error' : ''}`} role="status">
        {step.name === 'done' && t('deleteAllDone')}
        {step.name === 'error' && step.message}
      </p>
    </section>
  );
}
