// A summary for a session: the days it covers, its sums and its words. Framework-free; the
// journal page draws it (components/journal/summary/).
export * from './range';
export * from './sums';
export * from './prompts';
export * from './words';
