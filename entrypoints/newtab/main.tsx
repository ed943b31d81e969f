import { hydrate, render } from 'preact';
import '@/components/styles/base.css';
import '@/components/BreathingPacer.css';
import './newtab.css';
import { NewtabApp } from '@/components/newtab/NewtabApp';
import { REFLECTIONS, findReflection } from '@/lib/newtab/reflections';

// newtab-paint.js has put the prerendered page for its reflection and mode in #root, in the
// user's language, and left its choice on #root; the app attaches to that DOM (hydrate) with
// the same reflection and mode. newtab-paint.js starts this module once the browser has shown
// the page (lib/prerender/startApp.ts says why). Without a prerender it renders from nothing.
const root = document.getElementById('root')!;
const reflection = findReflection(root.dataset.reflection ?? null) ?? REFLECTIONS[0]!;
const mode = root.dataset.mode === 'minimal' ? 'minimal' : 'full';
const app = <NewtabApp mode={mode} reflection={reflection} />;
// Shown by the first-paint script; shown here too should that script have failed.
root.dataset.painted ??= '';
if (root.firstChild) hydrate(app, root);
else render(app, root);
