import { render } from 'preact';
import '@/components/styles/base.css';
import './popup.css';
import { applyThemeHint } from '@/lib/settings/firstPaint';
import { App } from './App';

applyThemeHint();
render(<App />, document.getElementById('app')!);
