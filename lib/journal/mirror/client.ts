import { relayJournalChanges } from '../changes';
import type { Insights } from '../insights';
import { heldKeys, onLockChange } from '../lock/session';
import type { JournalFilter } from '../search/query';
import type { PageCursor } from '../store/entries';
import { readLock } from '../store/lock';
import { getJournal } from '../store/open';
import type { MirrorPage } from './mirror';
import type { FromMirror, ToMirror } from './protocol';
// Vite's worker import: WXT defines import.meta.url as self.location.href for every module,
// which hides `new Worker(new URL(…, import.meta.url))` from Vite; `?worker` is not affected.
import MirrorWorker from './worker?worker';

export interface MirrorProgress {
  /** Entries read into the mirror so far. */
  done: number;
  /** Entries in the journal when the fill began. */
  total: number;
}

type Answer = FromMirror | undefined;

/**
 * The journal page's side of its mirror (a worker: worker.ts, service.ts). Loaded by the door
 * only when someone searches or opens Patterns. The page posts questions and gets ids or counts
 * back; it never reads the journal for the mirror, so filling it costs the page nothing.
 *
 * The lock: the worker holds this page's unlocked keys and the words it opened with them, so
 * whenever the page locks or unlocks the worker is terminated (everything it held goes with
 * it) and, if it was in use, a new one is started with the keys as they are now.
 */
let worker: Promise<Worker> | undefined;
/** Bumped when the lock changes: a worker being started for the old state is not kept. */
let epoch = 0;
let wanted = false;
let nextAsk = 0;
const asks = new Map<number, (answer: Answer) => void>();
let progress: MirrorProgress | undefined;
const progressListeners = new Set<(progress: MirrorProgress) => void>();

export const mirrorAvailable = (): boolean => typeof Worker !== 'undefined';

function answerAll(answer: Answer): void {
  for (const resolve of asks.values()) resolve(answer);
  asks.clear();
}

function received(message: FromMirror): void {
  if (message.type === 'progress') {
    progress = { done: message.done, total: message.total };
    for (const listener of progressListeners) listener(progress);
    return;
  }
  const resolve = asks.get(message.ask);
  asks.delete(message.ask);
  resolve?.(message);
}

async function start(mine: number): Promise<Worker> {
  const db = await getJournal();
  const keys = heldKeys(await readLock(db));
  if (mine !== epoch) throw new Error('the lock changed');
  const started = new MirrorWorker({ name: 'steady-journal-mirror' });
  started.onmessage = (event: MessageEvent<FromMirror>) => received(event.data);
  // It failed to load or threw: its questions would never be answered. The next asks anew.
  started.onerror = () => {
    started.terminate();
    worker = undefined;
    answerAll(undefined);
  };
  // CryptoKeys are structured-cloneable (non-extractable ones too): the worker opens records
  // with them and never sees the passcode.
  started.postMessage({ type: 'keys', keys } satisfies ToMirror);
  return started;
}

function connect(): Promise<Worker> {
  if (!worker) {
    worker = start(epoch);
    worker.catch(() => {
      worker = undefined;
    });
  }
  return worker;
}

function post(message: ToMirror): void {
  void connect().then(
    (w) => w.postMessage(message),
    () => undefined,
  );
}

/** Ends the worker, and with it every word and key it held. */
function stop(): void {
  epoch++;
  const current = worker;
  worker = undefined;
  progress = undefined;
  answerAll(undefined);
  void current?.then((w) => w.terminate()).catch(() => undefined);
}

onLockChange(() => {
  stop();
  if (wanted) warmMirror();
});

// Every notice goes to the worker directly too (it hears the broadcast as well; the tag keeps
// it to once), in order with the questions this page asks after it.
relayJournalChanges((change, tag) => {
  if (worker) post({ type: 'change', change, tag });
});

type Question =
  | Omit<Extract<ToMirror, { type: 'search' }>, 'ask'>
  | Omit<Extract<ToMirror, { type: 'insights' }>, 'ask'>;

function ask(question: Question) {
  const id = ++nextAsk;
  return new Promise<Answer>((resolve) => {
    asks.set(id, resolve);
    void connect().then(
      (w) => w.postMessage({ ...question, ask: id } as ToMirror),
      () => {
        asks.delete(id);
        resolve(undefined);
      },
    );
  });
}

/** Fill the mirror now, ahead of a search (focus in the search form). */
export function warmMirror(): void {
  wanted = true;
  post({ type: 'fill' });
}

/** A filtered page's ids through the mirror, or undefined: then ask the database. */
export async function mirrorSearch(
  filter: JournalFilter,
  options: { limit: number; after?: PageCursor },
): Promise<MirrorPage | undefined> {
  wanted = true;
  const answer = await ask({ type: 'search', filter, options });
  return answer?.type === 'search' ? answer.page : undefined;
}

/** Patterns through the mirror, or undefined: then count from the database. */
export async function mirrorInsights(): Promise<Insights | undefined> {
  wanted = true;
  const answer = await ask({ type: 'insights' });
  return answer?.type === 'insights' ? answer.insights : undefined;
}

/** How far the mirror's fill has got, now and as it moves (for a wait over a second). */
export function onMirrorProgress(listener: (progress: MirrorProgress) => void): () => void {
  progressListeners.add(listener);
  if (progress) listener(progress);
  return () => progressListeners.delete(listener);
}
