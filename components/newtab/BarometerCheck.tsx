import { useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { readBarometer, type BarometerAnswers } from '@/lib/newtab/barometer';
import { BarometerResult, TITLES } from './BarometerResult';
import { ChoiceGroup } from './ChoiceGroup';

/** Three optional questions; a reading appears for whatever is answered, and follows each answer. */
export function BarometerCheck() {
  const [answers, setAnswers] = useState<BarometerAnswers>({});
  const answer = (change: BarometerAnswers) => setAnswers({ ...answers, ...change });
  const reading = readBarometer(answers);
  const root = useRef<HTMLDivElement>(null);
  const unsafe = answers.feeling === 'unsafe';
  // One short sentence, in a region that is always there, so a screen reader hears that an
  // answer appeared (a region inserted already full is often not announced).
  const announcement = reading === 'none' ? '' : t(unsafe ? 'safetyTitle' : TITLES[reading]);
  return (
    <div class="stack" ref={root}>
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <ChoiceGroup
        legend={t('barometerShift')}
        name="shift"
        value={answers.shift}
        options={[
          { value: 'yes', label: t('answerYes') },
          { value: 'no', label: t('answerNo') },
          { value: 'unsure', label: t('answerUnsure') },
        ]}
        onChange={(shift) => answer({ shift })}
      />
      <ChoiceGroup
        legend={t('barometerAgreements')}
        name="agreements"
        value={answers.agreements}
        options={[
          { value: 'kept', label: t('answerKept') },
          { value: 'broken', label: t('answerBroken') },
          { value: 'unsure', label: t('answerUnsure') },
        ]}
        onChange={(agreements) => answer({ agreements })}
      />
      <ChoiceGroup
        legend={t('barometerFeeling')}
        name="feeling"
        value={answers.feeling}
        options={[
          { value: 'unsafe', label: t('answerUnsafe') },
          { value: 'uncertain', label: t('answerUncertain') },
          { value: 'neither', label: t('answerNeither') },
        ]}
        onChange={(feeling) => answer({ feeling })}
      />
      <BarometerResult reading={reading} unsafe={unsafe} />
      {Object.keys(answers).length > 0 && (
        <button
          type="button"
          class="link-button"
          onClick={() => {
            setAnswers({});
            // The button goes away with the answers: focus returns to the first question.
            requestAnimationFrame(() => root.current?.querySelector('input')?.focus());
          }}
        >
          {t('barometerReset')}
        </button>
      )}
    </div>
  );
}
