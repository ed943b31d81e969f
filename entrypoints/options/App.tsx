import { useState } from 'preact/hooks';
import { CrisisLinks } from '@/components/CrisisLinks';
import { useSettings } from '@/components/hooks/useSettings';
import { useTheme } from '@/components/hooks/useTheme';
import { AppearanceSection } from '@/components/options/AppearanceSection';
import { BreathingSection } from '@/components/options/BreathingSection';
import { CalmNotesSection } from '@/components/options/CalmNotesSection';
import { NewtabSection } from '@/components/options/NewtabSection';
import { PauseSection } from '@/components/options/PauseSection';
import { PrivacySection } from '@/components/options/PrivacySection';
import { t } from '@/lib/i18n';
import type { Settings } from '@/lib/settings/schema';

/** The settings page: one card per area, each saved the moment it changes. */
export function App() {
  const [settings, save] = useSettings();
  const [saved, setSaved] = useState(false);
  useTheme(settings.theme);

  async function change(next: Partial<Settings>) {
    setSaved(false);
    await save(next);
    setSaved(true);
  }

  const section = { settings, change };
  return (
    <div class="page">
      <header class="page-head">
        <h1>{t('optionsTitle')}</h1>
      </header>
      <main class="stack">
        <PauseSection onSaved={() => setSaved(true)} />
        <BreathingSection {...section} />
        <NewtabSection {...section} />
        <CalmNotesSection />
        <AppearanceSection {...section} />
        <PrivacySection />
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
