import { render } from 'preact';
import '@/components/styles/base.css';
import '@/components/styles/page.css';
import { t } from '@/lib/i18n';
import { applyLanguage } from '@/lib/locale';
import { applyThemeHint } from '@/lib/settings/firstPaint';
import { OptionsApp as App } from '@/components/options/OptionsApp';

document.title = t('optionsTitle');
applyLanguage();
applyThemeHint();
render(<App />, document.getElementById('app')!);
