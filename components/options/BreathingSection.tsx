import { t } from '@/lib/i18n';
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
      />
    </section>
  );
}
