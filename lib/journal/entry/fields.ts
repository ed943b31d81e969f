/**
 * Field-by-field checks for a record of unknown shape (a write from another context, a line of
 * an import file). Each failure names the field and what is wrong with it, so the import can
 * say which entry and which field, and a write can give its reason.
 */

/** What is wrong with one field of one record: turned into a kind sentence by messages.ts. */
export type FieldProblem = 'missing' | 'type' | 'range' | 'too-long' | 'unknown' | 'empty';

export class FieldError extends Error {
  constructor(
    readonly field: string,
    readonly problem: FieldProblem,
  ) {
    super(`${field}: ${problem}`);
    this.name = 'FieldError';
  }
}

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function onlyKnown(value: Json, known: readonly string[], prefix: string): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) throw new FieldError(`${prefix}${key}`, 'unknown');
  }
}

export function str(value: unknown, field: string, max: number, required = true): string {
  if (value === undefined && !required) return '';
  if (value === undefined) throw new FieldError(field, 'missing');
  if (typeof value !== 'string') throw new FieldError(field, 'type');
  if (value.length > max) throw new FieldError(field, 'too-long');
  return value;
}

export function num(
  value: unknown,
  field: string,
  min: number,
  max: number,
  integer = false,
): number {
  if (value === undefined) throw new FieldError(field, 'missing');
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new FieldError(field, 'type');
  if (value < min || value > max || (integer && !Number.isInteger(value))) {
    throw new FieldError(field, 'range');
  }
  return value;
}

export function strings(
  value: unknown,
  field: string,
  maxItems: number,
  maxLength: number,
): string[] {
  if (value === undefined) throw new FieldError(field, 'missing');
  if (!Array.isArray(value)) throw new FieldError(field, 'type');
  if (value.length > maxItems) throw new FieldError(field, 'too-long');
  return value.map((item) => str(item, field, maxLength));
}
