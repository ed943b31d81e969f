import { useState } from 'preact/hooks';
import { useSettings } from '@/components/hooks/useSettings';
import { useTheme } from '@/components/hooks/useTheme';
import { AppearanceSection } from './AppearanceSection';
import { BreathingSection } from './BreathingSection';
import { CalmNotesSection } from './CalmNotesSection';
import { CheckinSection } from './CheckinSection';
import { NewtabSection } from './NewtabSection';
import { PauseSection } from './PauseSection';
import { PrivacySection } from './PrivacySection';
import { ShortcutSection } from './ShortcutSection';
import { t } from '@/lib/i18n';
import type { Settings } from '@/lib/settings/schema';

/** The settings page: one card per area, each saved the moment it changes. */
export function OptionsApp() {
  const [settings, save, loaded] = useSettings();
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed'>('idle');
  useTheme(loaded ? settings.theme : undefined);

  /** Every change says whether it was kept; a failed write says so and changes nothing. */
  async function report(write: Promise<unknown>) {
    setStatus('idle');
    try {
      await write;
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  }
  const change = (next: Partial<Settings>) => report(save(next));

  const section = { settings, change };
  return (
    <div class="page">
      <header class="page-head">
        <h1>{t('optionsTitle')}</h1>
      </header>
      <main class="stack">
        <PauseSection report={report} />
        <BreathingSection {...section} />
        <NewtabSection {...section} />
        <CheckinSection {...section} />
        <CalmNotesSection />
        <ShortcutSection />
        <AppearanceSection {...section} />
        <PrivacySection />
        <p
          class={`status options-status${status === 'failed' ? ' status-error' : ''}`}
          role="status"
        >
          {status === 'saved' && t('optionsSaved')}
          {status === 'failed' && t('optionsSaveFailed')}
        </p>
      </main>
    </div>
  );
}
