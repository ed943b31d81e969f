/** Why a journal read or write did not happen, in terms the UI can turn into a kind sentence. */
export type JournalErrorReason =
  | 'empty' // nothing to save
  | 'too-long' // text over MAX_TEXT_LENGTH
  | 'answer-too-long' // a grounding answer over MAX_ANSWER_LENGTH
  | 'invalid' // a field of the wrong shape
  | 'not-found' // the entry is gone (deleted in another page)
  | 'conflict' // the entry was changed in another page since this edit began
  | 'quota' // the browser has no room left for Steady
  | 'aborted' // the transaction was aborted (another page, the browser, a crash)
  | 'blocked' // an older Steady page holds the database open during an upgrade
  | 'too-many' // a page asked to save more often than a person would (the pause's rate limit)
  | 'locked' // the journal is locked and this page does not hold the passcode's keys
  | 'unreadable' // a sealed record did not open with this lock's keys (damaged)
  | 'unknown';

export class JournalError extends Error {
  constructor(
    readonly reason: JournalErrorReason,
    message?: string,
    options?: { cause?: unknown },
  ) {
    super(message ?? reason, options);
    this.name = 'JournalError';
  }
}

/** Maps whatever IndexedDB threw to a JournalError, so callers can always show a reason. */
export function toJournalError(error: unknown): JournalError {
  if (error instanceof JournalError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError' || /quota/i.test(message)) {
    return new JournalError('quota', message, { cause: error });
  }
  if (name === 'AbortError' || name === 'TransactionInactiveError') {
    return new JournalError('aborted', message, { cause: error });
  }
  return new JournalError('unknown', message, { cause: error });
}
