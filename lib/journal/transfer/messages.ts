import { t, type MessageKey } from '../../i18n';
import type { FieldProblem } from '../entry/fields';
import { journalErrorText } from '../messages';
import { ImportError, MAX_IMPORT_BYTES, MAX_IMPORT_RECORDS, type ImportList } from './parse';

const BAD_RECORD: Record<ImportList, MessageKey> = {
  entries: 'importBadEntry',
  pauses: 'importBadPause',
  rides: 'importBadRide',
};
const DUPLICATE: Record<ImportList, MessageKey> = {
  entries: 'importDuplicateEntry',
  pauses: 'importDuplicatePause',
  rides: 'importDuplicateRide',
};

function problemText(problem: FieldProblem): string {
  switch (problem) {
    case 'missing':
      return t('importProblem_missing');
    case 'type':
      return t('importProblem_type');
    case 'range':
      return t('importProblem_range');
    case 'too-long':
      return t('importProblem_tooLong');
    case 'unknown':
      return t('importProblem_unknown');
    case 'empty':
      return t('importProblem_empty');
  }
}

/** A kind, specific sentence for why a file was not imported; each says the journal is untouched. */
export function importErrorText(error: unknown): string {
  if (!(error instanceof ImportError)) {
    return `${t('importWriteFailed')} ${journalErrorText(error)}`;
  }
  const p = error.problem;
  switch (p.reason) {
    case 'too-big':
      return t('importTooBig', String(Math.round(MAX_IMPORT_BYTES / 1024 / 1024)));
    case 'empty-file':
      return t('importEmptyFile');
    case 'not-json':
      return t('importNotJson');
    case 'not-steady':
      return t('importNotSteady');
    case 'bad-version':
      return t('importBadVersion');
    case 'future-version':
      return t('importFutureVersion', String(p.version));
    case 'forbidden-key':
      return t('importForbiddenKey', p.key);
    case 'bad-shape':
      return t('importBadShape', p.field);
    case 'too-many':
      return t('importTooMany', MAX_IMPORT_RECORDS.toLocaleString());
    case 'bad-record':
      return t(BAD_RECORD[p.list], [String(p.index + 1), p.field, problemText(p.problem)]);
    case 'duplicate-id':
      return t(DUPLICATE[p.list], String(p.index + 1));
  }
}
