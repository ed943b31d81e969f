/**
 * How far an import has got, for the page to show: the file being read and checked (no count
 * until the check is done), then records being written.
 */
export type ImportProgress =
  { phase: 'checking' } | { phase: 'writing'; done: number; total: number };
