import { t, type MessageKey } from '@/lib/i18n';
import { THEMES, type Theme } from '@/lib/settings/schema';
import type { SectionProps } from './SettingsContext';

/** Light, dark, or whatever the system says. */
export function AppearanceSection({ settings, change }: SectionProps) {
  return (
    <section class="card" aria-labelledby="appearance-heading">
      <h2 id="appearance-heading">{t('optionsAppearance')}</h2>
      <label class="field">
        <span>{t('optionsTheme')}</span>
        <select
          value={settings.theme}
          onChange={(e) => void change({ theme: e.currentTarget.value as Theme })}
        >
          {THEMES.map((theme) => (
            <option key={theme} value={theme}>
              {t(`theme_${theme}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
