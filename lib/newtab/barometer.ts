/**
 * The barometer check, from the seed: "Be sure it's not a natural response to a poor relational
 * dynamic… sometimes [anxiety] is a barometer to alert us when something is amiss."
 * Three short questions, all optional: a reading appears for whatever was answered, and changes
 * as more is answered. When the answers point to something actually amiss, Steady stops only
 * soothing and supports asking directly; when they can't tell yet, it says so.
 */
export interface BarometerAnswers {
  /** Has something actually shifted in the relationship lately? */
  shift?: 'yes' | 'no' | 'unsure';
  /** Are the agreements between you being kept? */
  agreements?: 'kept' | 'broken' | 'unsure';
  /**
   * Right now, are you afraid of this person (the safety path), uneasy about the
   * relationship, or neither? Fear of a person is not the same as unease about a bond.
   */
  feeling?: 'unsafe' | 'uncertain' | 'neither';
}

export type BarometerReading =
  /** Something may really be amiss: validate it, offer a direct ask, therapy and crisis resources. */
  | 'amiss'
  /** "Not sure" and nothing amiss: hard to tell yet; notice, write it down, ask gently. */
  | 'unclear'
  /** Nothing points outward: possibly an old fear speaking; soothe, breathe, and therapy can help. */
  | 'old-fear'
  /** Nothing answered yet. */
  | 'none';

export function readBarometer(answers: BarometerAnswers): BarometerReading {
  const { shift, agreements, feeling } = answers;
  // Any one sign is enough to take it seriously: better to ask than to soothe away a real problem.
  if (shift === 'yes' || agreements === 'broken' || feeling === 'unsafe') return 'amiss';
  // "Not sure" is its own answer, never read as "nothing has changed".
  if (shift === 'unsure' || agreements === 'unsure') return 'unclear';
  if (shift || agreements || feeling) return 'old-fear';
  return 'none';
}
