import type { JournalContents } from '../store/everything';
import { EXPORT_FORMAT, EXPORT_VERSION } from './json';
import { FieldError, checkPause, checkEntry, type FieldProblem } from '../entry/check';
import { checkRide } from '../../urges/check';

/** Larger than years of daily writing; small enough to read and check in one go. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const MAX_IMPORT_RECORDS = 200_000;

/** Keys that could reach an object's prototype if ever copied carelessly: refused outright. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ImportProblem =
  | { reason: 'too-big' }
  | { reason: 'empty-file' }
  | { reason: 'not-json' }
  | { reason: 'not-steady' }
  | { reason: 'bad-version' }
  | { reason: 'future-version'; version: number }
  | { reason: 'forbidden-key'; key: string }
  | { reason: 'bad-shape'; field: string }
  | { reason: 'too-many' }
  | {
      reason: 'bad-record';
      list: ImportList;
      index: number;
      field: string;
      problem: FieldProblem;
    }
  | { reason: 'duplicate-id'; list: ImportList; index: number };

export type ImportList = 'entries' | 'pauses' | 'rides';

/** Why a file was not imported. Nothing has been written when this is thrown. */
export class ImportError extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.reason);
    this.name = 'ImportError';
  }
}

function fail(problem: ImportProblem): never {
  throw new ImportError(problem);
}

/** JSON.parse that refuses prototype-shaped keys anywhere in the file. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ImportError({ reason: 'forbidden-key', key });
      return value;
    });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    return fail({ reason: 'not-json' });
  }
}

function records<T>(
  value: unknown,
  list: ImportList,
  check: (record: unknown) => T & { id: string },
): T[] {
  if (!Array.isArray(value)) fail({ reason: 'bad-shape', field: list });
  if (value.length > MAX_IMPORT_RECORDS) fail({ reason: 'too-many' });
  const seen = new Set<string>();
  return value.map((record, index) => {
    let clean: T & { id: string };
    try {
      clean = check(record);
    } catch (error) {
      if (!(error instanceof FieldError)) throw error;
      return fail({
        reason: 'bad-record',
        list,
        index,
        field: error.field,
        problem: error.problem,
      });
    }
    if (seen.has(clean.id)) fail({ reason: 'duplicate-id', list, index });
    seen.add(clean.id);
    return clean;
  });
}

/**
 * Reads and checks a Steady export completely before anything is written: its size, that it is
 * JSON, that it is Steady's format at a version this Steady knows, and every record field by
 * field. Returns clean copies built from the known fields only. Throws ImportError.
 */
export function parseImport(text: string, byteLength = text.length): JournalContents {
  if (byteLength > MAX_IMPORT_BYTES) fail({ reason: 'too-big' });
  if (!text.trim()) fail({ reason: 'empty-file' });
  const file = parseJson(text);
  if (typeof file !== 'object' || file === null || Array.isArray(file))
    fail({ reason: 'not-steady' });
  const data = file as Record<string, unknown>;
  if (data.format !== EXPORT_FORMAT) fail({ reason: 'not-steady' });
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    fail({ reason: 'bad-version' });
  }
  if (version > EXPORT_VERSION) fail({ reason: 'future-version', version });
  for (const key of Object.keys(data)) {
    if (!['format', 'version', 'exportedAt', 'entries', 'pauses', 'rides'].includes(key)) {
      fail({ reason: 'bad-shape', field: key });
    }
  }
  if (typeof data.exportedAt !== 'number' || !Number.isFinite(data.exportedAt)) {
    fail({ reason: 'bad-shape', field: 'exportedAt' });
  }
  const entries = records(data.entries, 'entries', checkEntry);
  const pauses = records(data.pauses ?? [], 'pauses', checkPause);
  // Version 1 had no rides; from 2 on they may still be missing (treated as none).
  const rides = records(data.rides ?? [], 'rides', checkRide);
  return { entries, pauses, rides };
}
