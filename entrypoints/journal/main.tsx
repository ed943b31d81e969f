import { render } from 'preact';
import '@/components/styles/base.css';
import '@/components/styles/page.css';
import { t } from '@/lib/i18n';
import { App } from './App';

document.title = t('journalTitle');
render(<App />, document.getElementById('app')!);
