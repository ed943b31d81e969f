import { t, type MessageKey } from '@/lib/i18n';
import { PATTERN_IDS, SESSION_LENGTHS, type PatternId } from '@/lib/exercises/breathingChoices';
import type { SectionProps } from './SettingsContext';

/** The breathing pattern and length the popup starts with. */
export function BreathingSection({ settings, change }: SectionProps) {
  const { breathing } = settings;
  return (
    <section class="card" aria-labelledby="breathing-heading">
      <h2 id="breathing-heading">{t('optionsBreathing')}</h2>
      <label class="field">
        <span>{t('optionsDefaultPattern')}</span>
        <select
          value={breathing.pattern}
          onChange={(e) =>
            void change({
              breathing: { ...breathing, pattern: e.currentTarget.value as PatternId },
            })
          }
        >
          {PATTERN_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`pattern_${id}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('optionsDefaultLength')}</span>
        <select
          value={breathing.seconds}
          onChange={(e) =>
            void change({ breathing: { ...breathing, seconds: Number(e.currentTarget.value) } })
          }
        >
          {SESSION_LENGTHS.map((s) => (
            <option key={s} value={s}>
              {t(`length_${s}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
