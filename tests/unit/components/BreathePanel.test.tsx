// @vitest-environment happy-dom
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BreathePanel } from '@/components/BreathePanel';
import { BreathingSetup } from '@/components/popup/BreathingSetup';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { sharedEntries } from '../support/sharedJournal';

/** The Breathe tab as the popup mounts it, with the breathing settings held by the page. */
function BreatheTab({ initial = DEFAULT_SETTINGS.breathing }: { initial?: Settings['breathing'] }) {
  const [breathing, setBreathing] = useState(initial);
  return (
    <BreathePanel
      breathing={breathing}
      setup={(start) => (
        <BreathingSetup
          pattern={breathing.pattern}
          seconds={breathing.seconds}
          onPattern={(pattern) => setBreathing({ ...breathing, pattern })}
          onSeconds={(seconds) => setBreathing({ ...breathing, seconds })}
          onStart={() => start(breathing.seconds)}
        />
      )}
    />
  );
}

let container: HTMLElement;

beforeEach(() => {
  // Date is faked too: the pacer reads the time with Date.now() at each tick. setImmediate is
  // left real, because fake-indexeddb schedules its work with it.
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(async () => {
  await act(() => render(null, container));
  container.remove();
  vi.useRealTimers();
});

async function mount(initial?: Settings['breathing']) {
  await act(() => render(<BreatheTab initial={initial} />, container));
}

function button(name: string): HTMLButtonElement | undefined {
  return [...container.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
}

async function click(name: string) {
  const target = button(name);
  if (!target) throw new Error(`no "${name}" button in: ${container.textContent}`);
  await act(() => target.click());
}

async function wait(ms: number) {
  await act(async () => {
    vi.advanceTimersByTime(ms);
  });
}

function cue(): string | null | undefined {
  return container.querySelector('[aria-live="polite"]')?.textContent;
}

describe('the breathing panel', () => {
  it('starts with "Breathe in" in the live region', async () => {
    await mount();
    await click('Start breathing');
    expect(cue()).toBe('Breathe in');
    expect(container.textContent).toContain('Breath 1 of 4');
    expect(container.querySelector('.pacer')?.classList.contains('pacer-still')).toBe(false);
  });

  it('changes the cue to "Hold" after four seconds of box breathing', async () => {
    await mount();
    await click('Start breathing');
    await wait(3_800);
    expect(cue()).toBe('Breathe in');
    await wait(200);
    expect(cue()).toBe('Hold');
    await wait(4_000);
    expect(cue()).toBe('Breathe out');
  });

  it('follows the pattern the user chose', async () => {
    await mount();
    const select = container.querySelector('select')!;
    await act(() => {
      select.value = 'resonance';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await click('Start breathing');
    await wait(5_000);
    expect(cue()).toBe('Breathe out');
  });

  it('ends by itself, logs the session, and asks how the user feels', async () => {
    await mount();
    await click('Start breathing');
    await wait(63_800);
    expect(container.textContent).not.toContain('How do you feel now?');
    await wait(200);

    await vi.waitFor(() => expect(container.textContent).toContain('How do you feel now?'));
    expect(container.textContent).toContain('Well done. You gave yourself this time.');
    await vi.waitFor(() => expect(container.textContent).toContain('Logged to your journal.'));
    const entries = await sharedEntries();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      kind: 'breathing',
      text: '',
      breathing: { pattern: 'box', seconds: 64, cycles: 4 },
    });
    expect(entries[0]).not.toHaveProperty('intensity');
  });

  it('records the feeling the user chooses on the logged entry', async () => {
    await mount();
    await click('Start breathing');
    await wait(64_000);
    await vi.waitFor(() => expect(container.querySelector('input[name="feeling"]')).not.toBeNull());

    await act(() =>
      container.querySelector<HTMLInputElement>('input[name="feeling"][value="3"]')!.click(),
    );

    await vi.waitFor(() =>
      expect(container.textContent).toContain(
        'Logged to your journal, with how you feel (3 of 10).',
      ),
    );
    const [entry] = await sharedEntries();
    expect(entry).toMatchObject({ kind: 'breathing', intensity: 3 });
  });

  it('returns to the setup and logs nothing when stopped before one full breath', async () => {
    await mount();
    await click('Start breathing');
    await wait(6_000);
    await click('Stop');

    expect(button('Start breathing')).toBeDefined();
    expect(cue()).toBeUndefined();
    await wait(120_000);
    expect(await sharedEntries()).toEqual([]);
  });

  it('logs only the whole breaths taken when stopped part way', async () => {
    await mount();
    await click('Start breathing');
    await wait(20_000); // one 16-second box breath, and part of a second
    await click('Stop');

    await vi.waitFor(() =>
      expect(container.textContent).toContain('Stopped. Any breath you took counts.'),
    );
    await vi.waitFor(async () =>
      expect(await sharedEntries()).toEqual([
        expect.objectContaining({ breathing: { pattern: 'box', seconds: 16, cycles: 1 } }),
      ]),
    );
  });

  it('offers to breathe again after a session', async () => {
    await mount();
    await click('Start breathing');
    await wait(64_000);
    await vi.waitFor(() => expect(button('Breathe again')).toBeDefined());
    await click('Breathe again');
    expect(button('Start breathing')).toBeDefined();
  });

  it('keeps the circle still when the system asks for reduced motion', async () => {
    vi.spyOn(window, 'matchMedia').mockImplementation(
      (query: string) =>
        ({
          matches: query === '(prefers-reduced-motion: reduce)',
          media: query,
          addEventListener: () => undefined,
          removeEventListener: () => undefined,
        }) as unknown as MediaQueryList,
    );
    await mount();
    await click('Start breathing');
    expect(container.querySelector('.pacer')?.classList.contains('pacer-still')).toBe(true);
    expect(cue()).toBe('Breathe in');
  });
});
