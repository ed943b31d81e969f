import { render } from 'preact';
import '@/components/styles/base.css';
import './popup.css';
import { PopupApp as App } from '@/components/popup/PopupApp';

// The shell was painted by paint.js (text and theme); the app takes its place in one task.
const root = document.getElementById('app')!;
root.replaceChildren();
render(<App />, root);
