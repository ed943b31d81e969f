// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rideView, type RideHost } from '@/components/ride/rideView';
import type { Ride } from '@/lib/urges/ride';
import { mouse } from '../../support/trusted';

/** The ride's view on a fake clock: what a person sees and presses, minute by minute. */
const T0 = Date.UTC(2026, 11, 1, 23, 0);

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
});
afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

function mount(overrides: Partial<RideHost> = {}) {
  const stored: Ride[] = [];
  const host: RideHost = {
    now: Date.now,
    store: vi.fn(async (ride: Ride) => void stored.push(ride)),
    from: { source: 'pause', pauseId: 'p1' },
    breathSeconds: 20,
    onClose: vi.fn(),
    ...overrides,
  };
  const view = rideView(host);
  document.body.append(view.element);
  const button = (name: string) =>
    [...view.element.querySelectorAll('button')].find((b) => b.textContent === name)!;
  const press = (name: string) => button(name).dispatchEvent(mouse('click'));
  const shown = () => view.element.innerText ?? view.element.textContent;
  const visible = (text: string) =>
    [...view.element.querySelectorAll<HTMLElement>('p,h2,legend,button')].some(
      (el) => el.textContent === text && !el.closest('[hidden]'),
    );
  return { view, host, stored, button, press, shown, visible };
}

describe('the ride, as a person works it', () => {
  it('asks for a number first, kindly, and starts nothing without one', () => {
    const r = mount();
    r.press('Start riding it out');
    expect(r.visible('Choose a number first, from 0 to 10. There is no wrong answer.')).toBe(true);
    expect(r.host.store).not.toHaveBeenCalled();
  });

  it('asks once a minute, stores each answer, and says so at the end', async () => {
    const r = mount();
    (r.view.element.querySelector('input[value="7"]') as HTMLInputElement).checked = true;
    r.press('Start riding it out');
    expect(r.visible('Minute 1 of 15')).toBe(true);
    expect(r.visible('A minute has passed. How is the urge now?')).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(r.visible('A minute has passed. How is the urge now?')).toBe(true);
    // The question has the focus, not a button: a stray Enter answers nothing.
    expect(document.activeElement?.textContent).toBe('A minute has passed. How is the urge now?');
    r.press('Easing');
    expect(r.visible('A minute has passed. How is the urge now?')).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    r.press('Gone');
    await vi.runOnlyPendingTimersAsync();
    expect(r.visible('It passed, within 2 minutes. That is your own proof for next time.')).toBe(
      true,
    );
    expect(r.stored.map((ride) => ride.checks.length)).toEqual([0, 1, 2]);
    expect(r.stored.at(-1)).toMatchObject({ strength: 7, end: 'gone', pauseId: 'p1' });
  });

  it('never piles questions up: an unanswered one stays, one at a time', async () => {
    const r = mount();
    (r.view.element.querySelector('input[value="5"]') as HTMLInputElement).checked = true;
    r.press('Start riding it out');
    await vi.advanceTimersByTimeAsync(4 * 60_000);
    expect(r.view.element.querySelectorAll('.ride-check:not([hidden])')).toHaveLength(1);
    expect(r.visible('Minute 5 of 15')).toBe(true);
  });

  it('offers five more minutes when the time is up, and Finish', async () => {
    const r = mount();
    (r.view.element.querySelector('input[value="6"]') as HTMLInputElement).checked = true;
    r.press('Start riding it out');
    await vi.advanceTimersByTimeAsync(15 * 60_000);
    expect(r.visible('That was 15 minutes. You stayed with it.')).toBe(true);
    r.press('5 more minutes');
    expect(r.visible('Minute 16 of 20')).toBe(true);
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    r.press('Finish');
    await vi.waitFor(() => expect(r.stored.at(-1)).toMatchObject({ minutes: 20, end: 'time' }));
  });

  it('leaves in one press at any moment, keeping the ride as far as it went', async () => {
    const r = mount();
    (r.view.element.querySelector('input[value="9"]') as HTMLInputElement).checked = true;
    r.press('Start riding it out');
    await vi.advanceTimersByTimeAsync(90_000);
    r.press('Close and go back');
    expect(r.host.onClose).toHaveBeenCalledTimes(1);
    r.view.leave(); // what the host does as it takes the view away
    await vi.runOnlyPendingTimersAsync();
    expect(r.stored.at(-1)).toMatchObject({ strength: 9, end: 'stopped', endedAt: T0 + 90_000 });
  });

  it('says so, and goes on, when a step cannot be stored', async () => {
    const r = mount({ store: vi.fn(async () => Promise.reject(new Error('disk'))) });
    (r.view.element.querySelector('input[value="4"]') as HTMLInputElement).checked = true;
    r.press('Start riding it out');
    await vi.waitFor(() =>
      expect(r.view.element.querySelector('[role="status"]')!.textContent).toContain(
        'could not be saved just now',
      ),
    );
    expect(r.visible('Minute 1 of 15')).toBe(true);
  });

  it('ignores clicks a page makes up', () => {
    const r = mount();
    r.button('Not now').click(); // untrusted
    expect(r.host.onClose).not.toHaveBeenCalled();
  });
});
