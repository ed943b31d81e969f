import { t, type MessageKey } from '@/lib/i18n';
import { BreathingChoices } from '../BreathingChoices';
import type { SectionProps } from './SettingsContext';

/** The breathing pattern and length the popup starts with. */
export function BreathingSection({ settings, change }: SectionProps) {
  const { breathing } = settings;
  return (
    <section class="card" aria-labelledby="breathing-heading">
      <h2 id="breathing-heading">{t('optionsBreathing')}</h2>
      <BreathingChoices
        pattern={breathing.pattern}
        seconds={breathing.seconds}
        onPattern={(pattern) => void change({ breathing: { ...breathing, pattern } })}
        onSeconds={(seconds) => void change({ breathing: { ...breathing, seconds } })}
        labels={{ pattern: 'optionsDefaultPattern', length: 'optionsDefaultLength' }}
        describedBy="default-pattern-help"
      />
      {/* The same words as before a session: 4-7-8's "sit down" wherever it can start. */}
      <p class="hint" id="default-pattern-help">
        {t(`patternHelp_${breathing.pattern}` as MessageKey)}
      </p>
    </section>
  );
}
