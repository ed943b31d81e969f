import { render } from 'preact';
import '@/components/styles/base.css';
import './popup.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
