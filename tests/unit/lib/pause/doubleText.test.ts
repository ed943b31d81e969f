import { describe, expect, it } from 'vitest';
import {
  QUICK_GAP_MS,
  QUICK_WINDOW_MS,
  quickSendsBefore,
  recordSend,
} from '@/lib/pause/doubleText';

const MIN = 60_000;

describe('quick double texts', () => {
  it('counts earlier sends in an unbroken quick run', () => {
    const now = 100 * MIN;
    expect(quickSendsBefore([], now)).toBe(0);
    expect(quickSendsBefore([now - 3 * MIN, now - 2 * MIN, now - MIN], now)).toBe(3);
  });

  it('stops counting at a pause longer than the gap', () => {
    const now = 100 * MIN;
    expect(quickSendsBefore([now - 4 * MIN, now - 30_000], now)).toBe(1);
    expect(quickSendsBefore([now - QUICK_GAP_MS - 1], now)).toBe(0);
  });

  it('never reaches back further than the window', () => {
    const now = 100 * MIN;
    const times = [now - 6 * MIN, now - 4.5 * MIN, now - 3 * MIN, now - 1.5 * MIN];
    expect(QUICK_WINDOW_MS).toBe(5 * MIN);
    expect(quickSendsBefore(times, now)).toBe(3);
  });

  it('keeps only the send times that can still matter', () => {
    const now = 100 * MIN;
    expect(recordSend([now - 10 * MIN, now - MIN], now)).toEqual([now - MIN, now]);
  });
});
