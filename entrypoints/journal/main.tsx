import { render } from 'preact';
import '@/components/styles/base.css';
import '@/components/styles/page.css';
import '@/components/styles/journal.css';
import { t } from '@/lib/i18n';
import { applyLanguage } from '@/lib/locale';
import { applyThemeHint } from '@/lib/settings/firstPaint';
import { JournalApp as App } from '@/components/journal/JournalApp';

document.title = t('journalTitle');
applyLanguage();
applyThemeHint();
render(<App />, document.getElementById('app')!);
