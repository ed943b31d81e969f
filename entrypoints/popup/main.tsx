import { hydrate, render } from 'preact';
import '@/components/styles/base.css';
import './popup.css';
import { PopupApp as App } from '@/components/popup/PopupApp';
import { fromCheckin } from '@/lib/popup/firstView';

// The popup is in the HTML already, prerendered and put in the user's language and tab by
// paint.js, which starts this module only once the browser has shown it
// (lib/prerender/startApp.ts says why): the app attaches to it (hydrate) rather than drawing
// it again. The check-in's page opens on a note the prerender does not hold: there `render`
// diffs against the DOM and adds it. Without a prerender it renders from nothing.
const root = document.getElementById('app')!;
// Shown by the first-paint script; shown here too should that script have failed.
root.dataset.painted ??= '';
if (root.firstChild && !fromCheckin(location.search)) hydrate(<App />, root);
else render(<App />, root);
