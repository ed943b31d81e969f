// Seeding and reading the journal from inside an extension page; the code is shared with the
// screenshots script, which cannot import TypeScript.
export { readJournal, sampleJournal, seedJournal } from '../../../scripts/journal-sample.mjs';
export type { JournalRecords } from '../../../scripts/journal-sample.mjs';
