import { CrisisLinks } from '@/components/CrisisLinks';
import { JournalList } from '@/components/JournalList';
import { Reminder } from '@/components/Reminder';
import { useSettings } from '@/components/hooks/useSettings';
import { useTheme } from '@/components/hooks/useTheme';
import { t } from '@/lib/i18n';

export function App() {
  const [settings] = useSettings();
  useTheme(settings.theme);
  return (
    <div class="page">
      <header class="page-head">
        <h1>{t('journalTitle')}</h1>
        <Reminder />
        <p class="hint">{t('journalIntro')}</p>
      </header>
      <main>
        <JournalList />
      </main>
      <footer class="page-foot">
        <CrisisLinks />
      </footer>
    </div>
  );
}
