import { t, type MessageKey } from '@/lib/i18n';
import { PATTERN_IDS, SESSION_LENGTHS, type PatternId } from '@/lib/exercises/breathingChoices';

interface Props {
  pattern: PatternId;
  seconds: number;
  onPattern(pattern: PatternId): void;
  onSeconds(seconds: number): void;
  onStart(): void;
}

/** Choose a pattern and a length, then one click starts. The choices are remembered. */
export function BreathingSetup({ pattern, seconds, onPattern, onSeconds, onStart }: Props) {
  return (
    <div class="stack">
      <p class="lead">{t('breatheIntro')}</p>
      <div class="field-row">
        <label class="field">
          <span>{t('patternLabel')}</span>
          <select
            value={pattern}
            aria-describedby="pattern-help"
            onChange={(e) => onPattern(e.currentTarget.value as PatternId)}
          >
            {PATTERN_IDS.map((id) => (
              <option key={id} value={id}>
                {t(`pattern_${id}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('lengthLabel')}</span>
          <select value={seconds} onChange={(e) => onSeconds(Number(e.currentTarget.value))}>
            {SESSION_LENGTHS.map((s) => (
              <option key={s} value={s}>
                {t(`length_${s}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p class="hint" id="pattern-help">
        {t(`patternHelp_${pattern}` as MessageKey)}
      </p>
      <button type="button" class="primary" onClick={onStart}>
        {t('startBreathing')}
      </button>
    </div>
  );
}
