/**
 * Tells every open Steady page that the journal changed, so a popup's recent list or an open
 * journal tab stays current without polling. BroadcastChannel reaches all same-origin pages
 * (popup, new tab, journal, options, the background) and never leaves the browser.
 */
const CHANNEL = 'steady-journal';

export function notifyJournalChanged(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

export function onJournalChanged(callback: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => callback();
  return () => channel.close();
}
