import { onJournalChanged } from '../changes';
import { openerFor } from '../lock/codec';
import { getJournal } from '../store/open';
import { MirrorService } from './service';
import type { FromMirror, ToMirror } from './protocol';

/**
 * The journal page's mirror, off the main thread: reading, opening and searching 100,000
 * entries here never holds up a keystroke on the page. It opens the journal's database itself
 * (the same origin as the page) and opens sealed records with the keys the page posted first;
 * those keys, and every word it read, go when the page terminates it (on lock, client.ts).
 */

// The project's types are the DOM's; a worker's global is typed here for the two members used
// (the webworker lib cannot be loaded beside the DOM's in one program).
const scope = self as unknown as {
  postMessage(message: FromMirror): void;
  onmessage: ((event: MessageEvent<ToMirror>) => void) | null;
};

let service: MirrorService | undefined;

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'keys') {
    service ??= new MirrorService(getJournal, openerFor(message.keys), (reply) =>
      scope.postMessage(reply),
    );
    // Other pages' writes (and the background's) reach the worker here; this page's come
    // directly too, and the tag keeps one from being applied twice.
    onJournalChanged((change, tag) => service?.noteChange({ change, tag }));
    return;
  }
  service?.handle(message);
};
