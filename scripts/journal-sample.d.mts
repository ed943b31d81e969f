import type { Entry, PauseEvent } from '../lib/journal/entry/types';

export interface JournalRecords {
  entries: Entry[];
  pauses: PauseEvent[];
}
export function sampleJournal(now?: number): JournalRecords;
/** A page of the extension's, in Playwright or in the Firefox driver (tests/e2e/support/ui.ts). */
interface ExtensionPage {
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
}
export function seedJournal(page: ExtensionPage, records: Partial<JournalRecords>): Promise<void>;
export function readJournal(page: ExtensionPage): Promise<JournalRecords>;
