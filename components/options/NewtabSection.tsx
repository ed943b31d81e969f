import { t, type MessageKey } from '@/lib/i18n';
import { NEWTAB_MODES, type NewtabMode } from '@/lib/settings/schema';
import type { SectionProps } from './SettingsContext';

/** The full reflection card, or just the reminder, on every new tab. */
export function NewtabSection({ settings, change }: SectionProps) {
  return (
    <section class="card" aria-labelledby="newtab-heading">
      <h2 id="newtab-heading">{t('optionsNewtab')}</h2>
      <label class="field">
        <span>{t('optionsNewtabMode')}</span>
        <select
          value={settings.newtab.mode}
          onChange={(e) => void change({ newtab: { mode: e.currentTarget.value as NewtabMode } })}
        >
          {NEWTAB_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(`newtabMode_${mode}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
