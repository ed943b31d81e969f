// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  openOverlay,
  type Overlay,
  type OverlayOptions,
} from '@/entrypoints/pause.content/overlay';
import { breathAt } from '@/components/plain/pacer';
import { key, mouse } from '../../support/trusted';

const opened: Overlay[] = [];

beforeEach(() => {
  // happy-dom lays nothing out: give the pause a size, as a browser would.
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
    DOMRect.fromRect({ width: 1000, height: 800 }),
  );
  vi.spyOn(HTMLElement.prototype, 'checkVisibility').mockReturnValue(true);
  vi.spyOn(document, 'elementFromPoint').mockReturnValue(null);
});

function open(overrides: Partial<OverlayOptions> = {}) {
  const attach = vi.spyOn(HTMLElement.prototype, 'attachShadow');
  const options: OverlayOptions = {
    matched: ['are you mad'],
    theme: 'general',
    lead: 'breath',
    always: false,
    seconds: 20,
    cooldownMinutes: 10,
    wholeSite: false,
    onSave: vi.fn(async () => undefined),
    onWait: vi.fn(async () => true),
    onSendAnyway: vi.fn(),
    onBack: vi.fn(),
    onRide: vi.fn(),
    onLost: vi.fn(),
    failureText: () => 'It did not save, for a reason.',
    ...overrides,
  };
  const overlay = openOverlay(options);
  opened.push(overlay);
  // The root is closed: only the code that attached it (here, the spy) ever holds it.
  const root = attach.mock.results.at(-1)!.value as ShadowRoot;
  attach.mockRestore();
  const host = root.host as HTMLElement;
  const button = (name: string) =>
    [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;
  /** The person's own click (a page cannot make a trusted one). */
  const press = (name: string) => button(name).dispatchEvent(mouse('click'));
  const status = () => root.querySelector('[role="status"]')!.textContent;
  return { overlay, options, root, host, button, press, status };
}

afterEach(() => {
  for (const overlay of opened.splice(0)) overlay.close();
  vi.useRealTimers();
});

describe('the pause overlay', () => {
  it('says busy with aria-disabled, ignores clicks meanwhile, and never uses disabled', async () => {
    let finish: () => void = () => undefined;
    const o = open({ onSave: vi.fn(() => new Promise<void>((resolve) => (finish = resolve))) });
    const save = o.button('Save to my journal instead');
    o.press('Save to my journal instead');
    expect(save.getAttribute('aria-disabled')).toBe('true');
    expect(save.hasAttribute('disabled')).toBe(false);
    o.press('Save to my journal instead');
    o.press('Send anyway'); // ignored while saving
    expect(o.options.onSave).toHaveBeenCalledTimes(1);
    expect(o.options.onSendAnyway).not.toHaveBeenCalled();
    finish();
    await vi.waitFor(() => expect(o.status()).toContain('Saved to your journal'));
  });

  it('shows the failure in the live region and lets the user try again', async () => {
    const onSave = vi.fn().mockRejectedValueOnce(new Error('no')).mockResolvedValue(undefined);
    const o = open({ onSave });
    const save = o.button('Save to my journal instead');
    o.press('Save to my journal instead');
    await vi.waitFor(() => expect(o.status()).toBe('It did not save, for a reason.'));
    expect(save.hasAttribute('aria-disabled')).toBe(false);
    expect(save.hidden).toBe(false);
    o.press('Save to my journal instead');
    await vi.waitFor(() => expect(o.status()).toContain('Saved to your journal'));
  });

  it('says kindly, as Steady, when Wait kept the draft but could not set the reminder', async () => {
    const o = open({ onWait: vi.fn(async () => false) });
    o.press('Wait 10 minutes');
    await vi.waitFor(() => expect(o.status()).toContain("The reminder couldn't be set"));
    expect(o.status()).toContain('safe there');
    expect(o.status()).not.toMatch(/\bI\b/);
  });

  it('at night, offers "Wait until morning" first, with soothing words, and keeps every other way', async () => {
    const seven = new Date(2026, 0, 11, 7, 0).getTime();
    const o = open({ night: true, onWait: vi.fn(async () => seven) });
    const buttons = [...o.root.querySelectorAll('button')].filter((b) => !b.hidden);
    const names = buttons.map((b) => b.textContent);
    expect(names.slice(0, 5)).toEqual([
      'Wait until morning',
      'Save to my journal instead',
      'Wait 10 minutes',
      'Send anyway',
      'Back to my message',
    ]);
    // The one primary choice is the morning; Save is an ordinary button at night.
    const primary = [...o.root.querySelectorAll<HTMLButtonElement>('button.primary')];
    expect(primary.filter((b) => !b.hidden)).toHaveLength(1);
    expect(o.button('Wait until morning').classList.contains('primary')).toBe(true);
    expect(o.root.textContent).toContain('Things often feel heavier at night');
    expect(o.root.textContent).toContain('will still be here in the morning');
    o.press('Wait until morning');
    expect(o.options.onWait).toHaveBeenCalledWith(undefined, true);
    const time = new Date(seven).toLocaleTimeString([], { timeStyle: 'short' });
    await vi.waitFor(() => expect(o.status()).toContain(`Steady will remind you at ${time}`));
    expect(o.button('Wait until morning').hidden).toBe(true);
    expect(o.button('Send anyway').hidden).toBe(true);
  });

  it('at night, says kindly when the morning reminder could not be set', async () => {
    const o = open({ night: true, onWait: vi.fn(async () => 0) });
    o.press('Wait until morning');
    await vi.waitFor(() => expect(o.status()).toContain("morning reminder couldn't be set"));
    expect(o.status()).toContain('safe there');
  });

  it('by day, shows no morning button and no night words', () => {
    const o = open();
    expect(o.button('Wait until morning')?.hidden ?? true).toBe(true);
    expect(o.root.textContent).not.toContain('Wait until morning');
    expect(o.root.textContent).not.toContain('heavier at night');
    expect(o.button('Save to my journal instead').classList.contains('primary')).toBe(true);
  });

  it('offers to ride out the urge once the words are safe, and only then', async () => {
    const o = open();
    expect(o.button('Ride out the urge (up to 15 minutes)').hidden).toBe(true);
    o.press('Save to my journal instead');
    await vi.waitFor(() => expect(o.status()).toContain('Saved to your journal'));
    expect(o.button('Ride out the urge (up to 15 minutes)').hidden).toBe(false);
    o.press('Ride out the urge (up to 15 minutes)');
    // The pause closes (back to the message) before the ride opens on its own.
    expect(o.host.isConnected).toBe(false);
    expect(o.options.onBack).toHaveBeenCalled();
    expect(o.options.onRide).toHaveBeenCalledTimes(1);
  });

  it("shows the person's own line about their urges, when the background has one", () => {
    const o = open({ urgeLine: 'Your last 5 urges eased within about 12 minutes.' });
    expect(o.root.textContent).toContain('Your last 5 urges eased within about 12 minutes.');
  });

  it('has a way back from the start', () => {
    const o = open();
    o.press('Back to my message');
    expect(o.options.onBack).toHaveBeenCalled();
    expect(o.host.isConnected).toBe(false);
  });
});

describe('closed to the page', () => {
  it('is a plain element with a closed shadow root and nothing that names Steady', () => {
    const o = open();
    expect(o.host.localName).toBe('div');
    expect(o.host.attributes).toHaveLength(0);
    expect(o.host.shadowRoot).toBeNull();
    expect(document.documentElement.outerHTML.toLowerCase()).not.toContain('steady');
    expect(document.documentElement.textContent).not.toContain('are you mad');
  });

  it('does nothing for clicks and keys a page makes up', () => {
    const o = open();
    for (const name of ['Save to my journal instead', 'Wait 10 minutes', 'Send anyway']) {
      o.button(name).click(); // untrusted, as anything a page script does
    }
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(o.options.onSave).not.toHaveBeenCalled();
    expect(o.options.onWait).not.toHaveBeenCalled();
    expect(o.options.onSendAnyway).not.toHaveBeenCalled();
    expect(o.options.onBack).not.toHaveBeenCalled();
    expect(o.host.isConnected).toBe(true);
    // The person's own Escape goes back.
    document.dispatchEvent(key('keydown', { key: 'Escape' }));
    expect(o.options.onBack).toHaveBeenCalled();
  });

  it('keeps its keys and clicks from the page’s own handlers', () => {
    const o = open();
    const seen = vi.fn();
    document.addEventListener('keydown', seen);
    document.addEventListener('click', seen);
    o.button('How this works').dispatchEvent(key('keydown', { key: ' ' }));
    o.press('How this works');
    document.removeEventListener('keydown', seen);
    document.removeEventListener('click', seen);
    expect(seen).not.toHaveBeenCalled();
  });

  it('notices when the page removes it, and holds nothing after', () => {
    const o = open();
    o.host.remove();
    expect(o.overlay.shown()).toBe(false);
    const escape = key('keydown', { key: 'Escape' });
    document.dispatchEvent(escape);
    expect(escape.defaultPrevented).toBe(false); // the page's own Escape again
    expect(o.options.onLost).toHaveBeenCalledTimes(1);
    expect(o.options.onBack).not.toHaveBeenCalled();
  });

  it('is not on screen when something of the page covers it', () => {
    const o = open();
    expect(o.overlay.shown()).toBe(true);
    vi.mocked(document.elementFromPoint).mockReturnValue(document.body);
    expect(o.overlay.shown()).toBe(false);
  });

  it('is not on screen when the page hides it', () => {
    const o = open();
    vi.mocked(HTMLElement.prototype.getBoundingClientRect).mockReturnValue(
      DOMRect.fromRect({ width: 0, height: 0 }),
    );
    expect(o.overlay.shown()).toBe(false);
  });
});

describe('what it offers', () => {
  it('puts the mechanics behind “How this works”, a button that says whether it is open', () => {
    const o = open({ wholeSite: true });
    const how = o.button('How this works');
    const panel = o.root.getElementById(how.getAttribute('aria-controls')!)!;
    expect(how.getAttribute('aria-expanded')).toBe('false');
    expect(panel.hidden).toBe(true);
    expect(panel.textContent).toContain('leaves this whole site alone for 10 minutes');
    expect(panel.textContent).toContain('Escape takes you back');
    o.press('How this works');
    expect(how.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    expect(open().root.textContent).toContain('leaves this conversation alone for 10 minutes');
  });

  it('has a one-line crisis row with the links of every surface, each in a new tab', () => {
    const o = open();
    const line = o.root.querySelector('.crisis')!;
    expect(line.textContent).toMatch(/^In crisis\?/);
    const links = [...line.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://988lifeline.org/',
      'https://www.samaritans.org/',
      'https://findahelpline.com/',
    ]);
    for (const a of links) {
      expect(a.target).toBe('_blank');
      expect(a.rel).toBe('noreferrer');
    }
  });

  it.each([
    ['silence', "Distance doesn't always mean rejection"],
    ['upset', 'What they actually said and what you fear'],
    ['rejection', 'Partners need space too'],
    ['general', 'These behaviours are not flaws'],
  ] as const)(
    'offers a reframe that fits %s first, when it is the reframe’s turn',
    (theme, words) => {
      const o = open({ theme, lead: 'reframe' });
      const offer = o.root.querySelector('.offer')!;
      expect(offer.textContent).toContain(words);
      // First: before the breath.
      const pacer = o.root.querySelector('.pacer')!;
      expect(offer.compareDocumentPosition(pacer) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    },
  );

  it('offers the person’s own note as text, never as markup', () => {
    const o = open({ lead: 'note', note: '<b>You got through this before.</b>' });
    expect(o.root.querySelector('.note-text')!.textContent).toBe(
      '<b>You got through this before.</b>',
    );
    expect(o.root.querySelector('b')).toBeNull();
  });

  it('speaks as Steady, never as “I”', () => {
    const o = open({ always: true, lead: 'reframe' });
    expect(o.root.textContent).toContain('Take a breath first?');
    expect(o.root.textContent).toContain('You asked Steady to pause');
    expect(o.root.textContent).not.toMatch(/\b(I|me)\b|I'/);
  });
});

describe('the breathing guide', () => {
  it('grows the circle on the in-breath and shrinks it on the longer out-breath', () => {
    expect(breathAt(0)).toEqual({ inhale: true, scale: 0.6 });
    expect(breathAt(4000).scale).toBeCloseTo(1);
    expect(breathAt(4000).inhale).toBe(false);
    expect(breathAt(9999).scale).toBeCloseTo(0.6, 2);
    expect(breathAt(12_000)).toEqual(breathAt(2000));
  });

  it('keeps the circle and the words on one clock that stands still while the tab is hidden', () => {
    vi.useFakeTimers();
    const o = open();
    const circle = o.root.querySelector<HTMLElement>('.circle')!;
    const cue = o.root.querySelector('.pacer p')!;
    vi.advanceTimersByTime(2000);
    expect(cue.textContent).toBe('Breathe in…');
    const hidden = vi.spyOn(document, 'hidden', 'get').mockReturnValue(true);
    const before = circle.style.transform;
    vi.advanceTimersByTime(60_000); // a minute away: nothing moves, nothing ends
    expect(circle.style.transform).toBe(before);
    expect(cue.textContent).toBe('Breathe in…');
    hidden.mockReturnValue(false);
    vi.advanceTimersByTime(3000); // 2 s + 3 s of breathing: the out-breath, in words and circle
    expect(cue.textContent).toBe('…and slowly out.');
    expect(Number(/scale\(([\d.]+)\)/.exec(circle.style.transform)![1])).toBeCloseTo(
      breathAt(5000).scale,
      1,
    );
    vi.advanceTimersByTime(16_000);
    expect(cue.textContent).toBe("That's the pause. Whatever you choose now is okay.");
  });

  it('keeps the circle still under reduced motion, and the words still change', () => {
    vi.useFakeTimers();
    vi.spyOn(window, 'matchMedia').mockReturnValue({ matches: true } as MediaQueryList);
    const o = open();
    const circle = o.root.querySelector<HTMLElement>('.circle')!;
    vi.advanceTimersByTime(5000);
    expect(circle.style.transform).toBe('');
    expect(o.root.querySelector('.pacer p')!.textContent).toBe('…and slowly out.');
  });
});
