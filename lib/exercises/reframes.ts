import type { MessageKey } from '../i18n';

/** Always on screen: the one sentence Steady is built around. */
export const REMINDER: MessageKey = 'reminder';

/** Kinder readings of the moment, in the seed text's own voice. */
export const REFRAMES: readonly MessageKey[] = [
  'reframe_space',
  'reframe_independence',
  'reframe_adaptive',
  'reframe_pattern',
  'reframe_barometer',
  'reframe_desire',
  'reframe_offer_self',
];

/** The next index in a rotation, wrapping at the end. */
export function nextIndex(current: number, length: number): number {
  return length > 0 ? (current + 1) % length : 0;
}
