import { t, type MessageKey } from '@/lib/i18n';
import type { PatternId } from '@/lib/exercises/breathingChoices';
import { BreathingChoices } from '../BreathingChoices';
import { FocusableButton } from '../FocusableButton';

interface Props {
  pattern: PatternId;
  seconds: number;
  onPattern(pattern: PatternId): void;
  onSeconds(seconds: number): void;
  onStart(): void;
  /** Coming back from a session: the start button takes the focus the session left. */
  back?: boolean;
}

/** Choose a pattern and a length, then one click starts. The choices are remembered. */
export function BreathingSetup({ pattern, seconds, onPattern, onSeconds, onStart, back }: Props) {
  return (
    <div class="stack">
      <p class="lead">{t('breatheIntro')}</p>
      <div class="field-row">
        <BreathingChoices
          pattern={pattern}
          seconds={seconds}
          onPattern={onPattern}
          onSeconds={onSeconds}
          labels={{ pattern: 'patternLabel', length: 'lengthLabel' }}
          describedBy="pattern-help"
        />
      </div>
      <p class="hint" id="pattern-help">
        {t(`patternHelp_${pattern}` as MessageKey)}
      </p>
      <FocusableButton class="primary" takeFocus={Boolean(back)} onClick={onStart}>
        {t('startBreathing')}
      </FocusableButton>
    </div>
  );
}
