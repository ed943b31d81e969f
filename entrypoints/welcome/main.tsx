import { render } from 'preact';
import '@/components/styles/base.css';
import '@/components/styles/page.css';
import '@/components/options/PauseSection.css';
import '@/components/welcome/welcome.css';
import { WelcomeApp } from '@/components/welcome/WelcomeApp';
import { t } from '@/lib/i18n';
import { applyLanguage } from '@/lib/locale';
import { applyThemeHint } from '@/lib/settings/firstPaint';

document.title = t('welcomeTitle');
applyLanguage();
applyThemeHint();
render(<WelcomeApp />, document.getElementById('app')!);
