import type { Page } from 'playwright-core';
import type { Entry, PauseEvent } from '@/lib/journal/entry/types';

export interface JournalRecords {
  entries: Entry[];
  pauses: PauseEvent[];
}
export function sampleJournal(now?: number): JournalRecords;
export function seedJournal(page: Page, records: Partial<JournalRecords>): Promise<void>;
export function readJournal(page: Page): Promise<JournalRecords>;
