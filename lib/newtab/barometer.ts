/**
 * The barometer check, from the seed: "Be sure it's not a natural response to a poor relational
 * dynamic… sometimes [anxiety] is a barometer to alert us when something is amiss."
 * Three short, optional questions; when the answers point to something actually amiss, Steady
 * stops only soothing and supports asking directly.
 */
export interface BarometerAnswers {
  /** Has something actually shifted in the relationship lately? */
  shift?: 'yes' | 'no' | 'unsure';
  /** Are the agreements between you being kept? */
  agreements?: 'kept' | 'broken' | 'unsure';
  /** Right now, do I feel unsafe, or uncertain? */
  feeling?: 'unsafe' | 'uncertain';
}

export type BarometerReading =
  /** Something may really be amiss: validate it, offer a direct ask, therapy and crisis resources. */
  | 'amiss'
  /** Nothing points outward: likely an old fear speaking; soothe and breathe. */
  | 'old-fear'
  /** Not all answered yet. */
  | 'incomplete';

export function readBarometer(answers: BarometerAnswers): BarometerReading {
  const { shift, agreements, feeling } = answers;
  // Any one sign is enough to take it seriously: better to ask than to soothe away a real problem.
  if (shift === 'yes' || agreements === 'broken' || feeling === 'unsafe') return 'amiss';
  if (shift && agreements && feeling) return 'old-fear';
  return 'incomplete';
}
