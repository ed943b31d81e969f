import { render } from 'preact';
import '@/components/styles/base.css';
import '@/components/styles/page.css';
import { t } from '@/lib/i18n';
import { applyThemeHint } from '@/lib/settings/firstPaint';
import { OptionsApp as App } from '@/components/options/OptionsApp';

document.title = t('optionsTitle');
applyThemeHint();
render(<App />, document.getElementById('app')!);
