import { describe, expect, it } from 'vitest';
import {
  cancel,
  isLowering,
  keyOf,
  nextDue,
  request,
  sanitisePending,
  split,
  type InEffect,
  type Pending,
} from '@/lib/urges/delayedOff';

const NOW = Date.UTC(2026, 0, 10, 22, 32);
const MIN = 60_000;
const calm: InEffect = { sensitivity: 'balanced', offDelayMinutes: 10 };
const noDelay: InEffect = { sensitivity: 'balanced', offDelayMinutes: 0 };

describe('the kind delay on turning the pause off', () => {
  it('with no delay set, everything applies at once (the default)', () => {
    for (const change of [
      { kind: 'siteOff', site: 'whatsapp' },
      { kind: 'sensitivity', to: 'gentle' },
      { kind: 'offDelay', to: 0 },
    ] as const) {
      expect(request(change, noDelay, [], NOW)).toEqual({ now: true, pending: [] });
    }
  });

  it('turning a site off waits the delay, and says until when', () => {
    const decision = request({ kind: 'siteOff', site: 'whatsapp' }, calm, [], NOW);
    expect(decision).toEqual({
      now: false,
      at: NOW + 10 * MIN,
      pending: [{ change: { kind: 'siteOff', site: 'whatsapp' }, at: NOW + 10 * MIN }],
    });
  });

  it('lowering sensitivity waits; raising it (or choosing the same) applies at once', () => {
    const watchful: InEffect = { ...calm, sensitivity: 'watchful' };
    expect(request({ kind: 'sensitivity', to: 'balanced' }, watchful, [], NOW).now).toBe(false);
    expect(request({ kind: 'sensitivity', to: 'gentle' }, watchful, [], NOW).now).toBe(false);
    expect(request({ kind: 'sensitivity', to: 'gentle' }, calm, [], NOW).now).toBe(false);
    expect(request({ kind: 'sensitivity', to: 'watchful' }, calm, [], NOW).now).toBe(true);
    expect(request({ kind: 'sensitivity', to: 'balanced' }, calm, [], NOW).now).toBe(true);
  });

  it('a shorter delay (or none) waits for the delay in effect; a longer one applies at once', () => {
    const thirty: InEffect = { ...calm, offDelayMinutes: 30 };
    const off = request({ kind: 'offDelay', to: 0 }, thirty, [], NOW);
    expect(off).toMatchObject({ now: false, at: NOW + 30 * MIN });
    expect(request({ kind: 'offDelay', to: 5 }, thirty, [], NOW)).toMatchObject({
      now: false,
      at: NOW + 30 * MIN,
    });
    expect(request({ kind: 'offDelay', to: 30 }, calm, [], NOW).now).toBe(true);
  });

  it('a raise cancels a lowering of the same thing that was waiting; others keep waiting', () => {
    const lowered = request({ kind: 'sensitivity', to: 'gentle' }, calm, [], NOW).pending;
    const both = request({ kind: 'siteOff', site: 'slack' }, calm, lowered, NOW).pending;
    const raised = request({ kind: 'sensitivity', to: 'watchful' }, calm, both, NOW + MIN);
    expect(raised.now).toBe(true);
    expect(raised.pending.map((p) => keyOf(p.change))).toEqual(['siteOff:slack']);
  });

  it('asking again never pushes the time later; another lowering of the same thing keeps the earlier time', () => {
    const first = request({ kind: 'siteOff', site: 'whatsapp' }, calm, [], NOW);
    const again = request(
      { kind: 'siteOff', site: 'whatsapp' },
      calm,
      first.pending,
      NOW + 3 * MIN,
    );
    expect(again.at).toBe(NOW + 10 * MIN);
    expect(again.pending).toHaveLength(1);
    const watchful: InEffect = { ...calm, sensitivity: 'watchful' };
    const one = request({ kind: 'sensitivity', to: 'balanced' }, watchful, [], NOW);
    const two = request({ kind: 'sensitivity', to: 'gentle' }, watchful, one.pending, NOW + MIN);
    expect(two.pending).toEqual([
      { change: { kind: 'sensitivity', to: 'gentle' }, at: NOW + 10 * MIN },
    ]);
  });

  it('turning off is always a lowering; each site waits on its own', () => {
    expect(isLowering({ kind: 'siteOff', site: 'x' }, noDelay)).toBe(true);
    const a = request({ kind: 'siteOff', site: 'whatsapp' }, calm, [], NOW).pending;
    const b = request({ kind: 'siteOff', site: 'slack' }, calm, a, NOW + MIN).pending;
    expect(b.map((p) => [keyOf(p.change), p.at])).toEqual([
      ['siteOff:whatsapp', NOW + 10 * MIN],
      ['siteOff:slack', NOW + 11 * MIN],
    ]);
  });

  it('"Keep it on" cancels one pending change and leaves the others', () => {
    const a = request({ kind: 'siteOff', site: 'whatsapp' }, calm, [], NOW).pending;
    const b = request({ kind: 'sensitivity', to: 'gentle' }, calm, a, NOW).pending;
    expect(cancel(b, 'siteOff:whatsapp').map((p) => keyOf(p.change))).toEqual(['sensitivity']);
    expect(cancel(b, 'siteOff:slack')).toEqual(b);
  });

  it('says what is due (oldest first), what still waits, and when the next alarm is', () => {
    const pending: Pending[] = [
      { change: { kind: 'sensitivity', to: 'gentle' }, at: NOW + 5 * MIN },
      { change: { kind: 'siteOff', site: 'slack' }, at: NOW + MIN },
      { change: { kind: 'siteOff', site: 'whatsapp' }, at: NOW + 30 * MIN },
    ];
    expect(nextDue(pending)).toBe(NOW + MIN);
    expect(nextDue([])).toBeUndefined();
    const { due, waiting } = split(pending, NOW + 5 * MIN);
    expect(due.map((p) => keyOf(p.change))).toEqual(['siteOff:slack', 'sensitivity']);
    expect(waiting.map((p) => keyOf(p.change))).toEqual(['siteOff:whatsapp']);
    expect(split(pending, NOW).due).toEqual([]);
  });

  it('keeps only valid stored changes, one per thing', () => {
    const good = { change: { kind: 'siteOff', site: 'whatsapp' }, at: NOW };
    expect(sanitisePending(undefined)).toEqual([]);
    expect(sanitisePending({ nope: 1 })).toEqual([]);
    expect(
      sanitisePending([
        good,
        { ...good, at: NOW + 1 }, // a second one for the same site
        { change: { kind: 'siteOff', site: 'evil.example' }, at: NOW },
        { change: { kind: 'sensitivity', to: 'off' }, at: NOW },
        { change: { kind: 'offDelay', to: 7 }, at: NOW },
        { change: { kind: 'offDelay', to: 5 }, at: 'soon' },
        { change: { kind: 'offDelay', to: 5 }, at: Infinity },
        { change: { kind: 'sensitivity', to: 'gentle' }, at: NOW },
        null,
      ]),
    ).toEqual([good, { change: { kind: 'sensitivity', to: 'gentle' }, at: NOW }]);
  });
});
