import type { Entry, PauseEvent } from '../lib/journal/entry/types';
import type { Ride } from '../lib/urges/ride';

export interface JournalRecords {
  entries: Entry[];
  pauses: PauseEvent[];
  /** Urges ridden out (read only: readJournal gives them, seedJournal writes none). */
  rides?: Ride[];
}
export function sampleJournal(now?: number): JournalRecords;
/** A page of the extension's, in Playwright or in the Firefox driver (tests/e2e/support/ui.ts). */
interface ExtensionPage {
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
}
export function seedJournal(page: ExtensionPage, records: Partial<JournalRecords>): Promise<void>;
export function readJournal(page: ExtensionPage): Promise<JournalRecords>;
