import { render } from 'preact';
import '@/components/styles/base.css';
import '@/components/BreathingPacer.css';
import './newtab.css';
import { NewtabApp } from '@/components/newtab/NewtabApp';
import { REFLECTIONS, findReflection } from '@/lib/newtab/reflections';

// newtab-paint.js has painted the card and left its choice on #root; the app takes its place,
// with the same reflection and mode, in one task (no frame shows anything else).
const root = document.getElementById('root')!;
const reflection = findReflection(root.dataset.reflection ?? null) ?? REFLECTIONS[0]!;
const mode = root.dataset.mode === 'minimal' ? 'minimal' : 'full';
root.replaceChildren();
render(<NewtabApp mode={mode} reflection={reflection} />, root);
