import { useState } from 'preact/hooks';
import { CrisisLinks } from '@/components/CrisisLinks';
import { useSettings } from '@/components/hooks/useSettings';
import { useTheme } from '@/components/hooks/useTheme';
import { t, type MessageKey } from '@/lib/i18n';
import { PATTERN_IDS, SESSION_LENGTHS, type PatternId } from '@/lib/exercises/breathing';
import { THEMES, type Settings, type Theme } from '@/lib/settings/schema';

export function App() {
  const [settings, save] = useSettings();
  const [saved, setSaved] = useState(false);
  useTheme(settings.theme);

  async function change(next: Partial<Settings>) {
    setSaved(false);
    await save(next);
    setSaved(true);
  }

  const { breathing } = settings;
  return (
    <div class="page">
      <header class="page-head">
        <h1>{t('optionsTitle')}</h1>
      </header>
      <main class="stack">
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
        <section class="card" aria-labelledby="privacy-heading">
          <h2 id="privacy-heading">{t('optionsPrivacy')}</h2>
          <p>{t('optionsPrivacyText')}</p>
        </section>
        <p class="status" role="status">
          {saved ? t('optionsSaved') : ''}
        </p>
      </main>
      <footer class="page-foot">
        <CrisisLinks />
      </footer>
    </div>
  );
}
