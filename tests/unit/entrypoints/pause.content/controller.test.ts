// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPauseController, type PauseDeps } from '@/entrypoints/pause.content/controller';
import { JournalError } from '@/lib/journal/errors';
import { unpackModel } from '@/lib/pause/modelTypes';
import { SHIPPED_MODEL } from '@/lib/pause/shippedModel';
import { DEFAULT_PAUSE_SETTINGS } from '@/lib/pause/settings';
import { siteById } from '@/lib/pause/sites';
import { key as keyEvent, mouse } from '../../support/trusted';

const slack = siteById('slack')!;
const model = unpackModel(SHIPPED_MODEL);

/** A page after start-up: the background has handed the model over, unless `early`. */
function setup(overrides: Partial<PauseDeps> = {}, early = false) {
  document.body.innerHTML =
    '<div class="ql-editor" contenteditable="true"></div><button data-qa="texty_send_button">Send</button>';
  const composer = document.querySelector<HTMLElement>('.ql-editor')!;
  const deps: PauseDeps = {
    site: slack,
    openOverlay: vi.fn(() => ({ close: vi.fn(), shown: () => true })),
    save: vi.fn(async () => 'pause-1'),
    wait: vi.fn(async () => ({ remindAt: Date.now() + 600_000, pauseId: 'pause-1' })),
    ride: vi.fn(),
    sendAnyway: vi.fn(),
    report: vi.fn(),
    now: () => 1_000_000,
    ...overrides,
  };
  const pause = createPauseController(deps);
  if (!early) pause.setModel(model);
  const listeners: [string, (event: never) => void][] = [
    ['keydown', pause.onKeyDown],
    ['keyup', pause.onKeyUp],
    ['pointerdown', pause.onPointerDown],
    ['mousedown', pause.onPointerDown],
    ['pointerup', pause.onPointerUp],
    ['mouseup', pause.onPointerUp],
    ['click', pause.onClick],
  ];
  for (const [type, listener] of listeners) addEventListener(type, listener as EventListener, true);
  const enter = (init: KeyboardEventInit = {}) => {
    const event = keyEvent('keydown', init);
    composer.dispatchEvent(event);
    return event;
  };
  const button = document.querySelector('button')!;
  /** Dispatches each event of a press on its target ('keydown:Space' for a key); says which were held. */
  const press = (...steps: [string, EventTarget][]) =>
    steps.map(([type, target]) => {
      const [name, pressed] = type.split(':') as [string, string | undefined];
      const event = pressed
        ? keyEvent(name as 'keydown', { key: pressed === 'Space' ? ' ' : pressed })
        : mouse(name);
      target.dispatchEvent(event);
      return event.defaultPrevented;
    });
  cleanup = () => {
    for (const [type, listener] of listeners) {
      removeEventListener(type, listener as EventListener, true);
    }
  };
  return { composer, button, deps, pause, enter, press };
}

let cleanup: () => void = () => undefined;
afterEach(() => cleanup());

describe('catching the send', () => {
  it('holds Enter on a worried draft and opens the pause with what matched', () => {
    const t = setup();
    t.composer.textContent = 'are you mad at me??';
    const event = t.enter();
    expect(event.defaultPrevented).toBe(true);
    expect(t.deps.openOverlay).toHaveBeenCalledWith(
      expect.objectContaining({ matched: ['are you mad at me', '??'], seconds: 20, always: false }),
    );
  });

  it('opens the pause in its late-night form inside the person’s hours, by the clock at the send', () => {
    let now = new Date(2026, 0, 10, 23, 30).getTime();
    const t = setup({ now: () => now });
    const lateNight = { on: true, from: '23:00', to: '07:00' };
    t.pause.setSettings({ ...DEFAULT_PAUSE_SETTINGS, lateNight });
    t.composer.textContent = 'are you mad at me??';
    t.enter();
    const options = vi.mocked(t.deps.openOverlay).mock.calls[0]![0];
    expect(options).toMatchObject({ night: true, seconds: 40 });
    // "Wait until morning" asks the background for the morning; it sends no time of its own.
    void options.onWait(undefined, true);
    expect(t.deps.wait).toHaveBeenCalledWith(
      'are you mad at me??',
      ['are you mad at me', '??'],
      undefined,
      'slack',
      true,
    );
    options.onBack();
    // The same page at noon: the usual pause.
    now = new Date(2026, 0, 11, 12, 0).getTime();
    t.enter();
    expect(vi.mocked(t.deps.openOverlay).mock.calls[1]![0]).toMatchObject({
      night: false,
      seconds: 20,
    });
  });

  it('keeps the usual pause at night when the guard is off (the default)', () => {
    const t = setup({ now: () => new Date(2026, 0, 10, 23, 30).getTime() });
    t.composer.textContent = 'are you mad at me??';
    t.enter();
    expect(t.deps.openOverlay).toHaveBeenCalledWith(
      expect.objectContaining({ night: false, seconds: 20 }),
    );
  });

  it('lets every other key, Shift+Enter, composition and neutral drafts through', () => {
    const t = setup();
    t.composer.textContent = 'are you mad at me??';
    expect(t.enter({ key: 'a' }).defaultPrevented).toBe(false);
    expect(t.enter({ shiftKey: true }).defaultPrevented).toBe(false);
    expect(t.enter({ isComposing: true }).defaultPrevented).toBe(false);
    expect(t.enter({ keyCode: 229 }).defaultPrevented).toBe(false);
    t.composer.textContent = 'see you at 7';
    expect(t.enter().defaultPrevented).toBe(false);
    expect(t.deps.openOverlay).not.toHaveBeenCalled();
  });

  it('catches a click on the send button the same way', () => {
    const t = setup();
    t.composer.textContent = 'did I do something wrong';
    const click = mouse('click');
    t.button.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(t.deps.openOverlay).toHaveBeenCalledTimes(1);
  });

  it('pauses before every message when the user asked for that on the site', () => {
    const t = setup();
    t.pause.setSettings({ ...DEFAULT_PAUSE_SETTINGS, modes: { slack: 'always' } });
    t.composer.textContent = 'see you at 7';
    expect(t.enter().defaultPrevented).toBe(true);
    expect(t.deps.openOverlay).toHaveBeenCalledWith(
      expect.objectContaining({ always: true, matched: [] }),
    );
  });

  it('leaves the conversation alone after Send anyway, and says for how long', () => {
    history.replaceState(null, '', '/client/T1/C1');
    const t = setup();
    t.composer.textContent = 'are you mad at me??';
    t.enter();
    const options = vi.mocked(t.deps.openOverlay).mock.calls[0]![0];
    expect(options).toMatchObject({ cooldownMinutes: 10, wholeSite: false });
    options.onSendAnyway();
    expect(t.deps.sendAnyway).toHaveBeenCalledWith('slack:/client/T1/C1');
    expect(t.enter().defaultPrevented).toBe(false);
    // Another channel is another conversation: it is still paused.
    history.replaceState(null, '', '/client/T1/C2');
    expect(t.enter().defaultPrevented).toBe(true);
    history.replaceState(null, '', '/');
  });

  it('tells WhatsApp chats apart by the open chat’s name: the cooldown holds for that chat only', () => {
    document.body.innerHTML = `
      <div id="main"><header><span dir="auto">Sam</span></header>
      <footer><div contenteditable="true" data-lexical-editor="true"></div></footer></div>`;
    const composer = document.querySelector<HTMLElement>('[contenteditable]')!;
    const deps: PauseDeps = {
      site: siteById('whatsapp')!,
      openOverlay: vi.fn(() => ({ close: vi.fn(), shown: () => true })),
      save: vi.fn(async () => 'pause-1'),
      wait: vi.fn(async () => ({ remindAt: Date.now() + 600_000, pauseId: 'pause-1' })),
      ride: vi.fn(),
      sendAnyway: vi.fn(),
      report: vi.fn(),
      now: () => 1_000_000,
    };
    const pause = createPauseController(deps);
    const enter = () => {
      const event = keyEvent('keydown');
      composer.addEventListener('keydown', pause.onKeyDown, { once: true, capture: true });
      composer.dispatchEvent(event);
      return event.defaultPrevented;
    };
    const chat = (name: string) => (document.querySelector('header span')!.textContent = name);
    composer.textContent = 'are you mad at me??';
    expect(enter()).toBe(true);
    const options = vi.mocked(deps.openOverlay).mock.calls[0]![0];
    expect(options.wholeSite).toBe(false);
    options.onSendAnyway();
    const key = vi.mocked(deps.sendAnyway).mock.calls[0]![0];
    expect(key).toMatch(/^whatsapp:~/);
    expect(key).not.toContain('Sam'); // the name itself is never kept or sent
    expect(enter()).toBe(false); // Sam again, within the cooldown
    chat('Alex');
    expect(enter()).toBe(true); // another chat: paused
    vi.mocked(deps.openOverlay).mock.calls[1]![0].onBack();
    chat('Sam');
    expect(enter()).toBe(false);
    // No chat name to read: the whole site, and the pause says so rather than "conversation".
    document.querySelector('header')!.remove();
    expect(enter()).toBe(true);
    expect(vi.mocked(deps.openOverlay).mock.calls[2]![0].wholeSite).toBe(true);
  });

  it('gives Save’s failure the reason’s own kind sentence', async () => {
    const t = setup();
    t.composer.textContent = `are you mad at me?? ${'x'.repeat(20)}`;
    t.enter();
    const options = vi.mocked(t.deps.openOverlay).mock.calls[0]![0];
    const tooLong = options.failureText(new JournalError('too-long'));
    expect(tooLong).toContain('40 characters');
    expect(tooLong).toContain('Nothing was sent');
    expect(options.failureText(new JournalError('quota'))).toMatch(
      /run out of room.*Nothing was sent/,
    );
    // No reason the user can act on: the pause's own sentence, which also says nothing was sent.
    expect(options.failureText(new Error('?'))).toMatch(/^That didn't save, and nothing was sent/);
  });

  it('stands down for good when the site is turned off', () => {
    const t = setup();
    t.pause.stop();
    t.composer.textContent = 'are you mad at me??';
    expect(t.enter().defaultPrevented).toBe(false);
  });
});

describe('failing open', () => {
  it('lets the send through and reports only the kind of failure when the pause cannot open', () => {
    const t = setup({
      openOverlay: vi.fn(() => {
        throw new Error('shadow DOM refused');
      }),
    });
    t.composer.textContent = 'are you mad at me??';
    expect(t.enter().defaultPrevented).toBe(false);
    expect(t.deps.report).toHaveBeenCalledWith('keydown');
    expect(JSON.stringify(vi.mocked(t.deps.report).mock.calls)).not.toContain('mad');
  });

  it('lets a click through when reading the draft throws', () => {
    const t = setup();
    Object.defineProperty(t.composer, 'innerText', {
      get() {
        throw new Error('detached');
      },
    });
    const click = mouse('click');
    t.button.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
    expect(t.deps.report).toHaveBeenCalledWith('click');
  });
});

describe('only the person’s own input counts', () => {
  it('leaves a page-made Enter or click alone: not cancelled, no pause', () => {
    const t = setup();
    t.composer.textContent = 'are you mad at me??';
    const made = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    t.composer.dispatchEvent(made);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    t.button.dispatchEvent(click);
    for (const type of ['pointerdown', 'mousedown', 'mouseup']) {
      const event = new MouseEvent(type, { bubbles: true, cancelable: true });
      t.button.dispatchEvent(event);
      expect(event.defaultPrevented).toBe(false);
    }
    expect(made.defaultPrevented).toBe(false);
    expect(click.defaultPrevented).toBe(false);
    expect(t.deps.openOverlay).not.toHaveBeenCalled();
  });
});

describe('a press of the send button, decided once', () => {
  it('holds the whole press when its pointerdown opened the pause, wherever its later events land', () => {
    const t = setup();
    t.composer.textContent = 'are you mad at me??';
    // Once the pause covers the button, the mouseup and click land on something else.
    const held = t.press(
      ['pointerdown', t.button],
      ['mousedown', t.button],
      ['pointerup', document.body],
      ['mouseup', document.body],
      ['click', document.body],
    );
    expect(held).toEqual([true, true, true, true, true]);
    expect(t.deps.openOverlay).toHaveBeenCalledTimes(1);
    // The press is over: a click elsewhere on the page is the page's.
    expect(t.press(['pointerdown', document.body], ['click', document.body])).toEqual([
      false,
      false,
    ]);
  });

  it('lets the whole next press through after Send anyway, counted as one send', () => {
    const t = setup();
    t.composer.textContent = 'are you mad at me??';
    t.press(['pointerdown', t.button]);
    vi.mocked(t.deps.openOverlay).mock.calls[0]![0].onSendAnyway();
    t.press(['mousedown', t.button], ['mouseup', t.button], ['click', t.button]);
    const next = t.press(
      ['pointerdown', t.button],
      ['mousedown', t.button],
      ['pointerup', t.button],
      ['mouseup', t.button],
      ['click', t.button],
    );
    expect(next).toEqual([false, false, false, false, false]);
    expect(t.deps.openOverlay).toHaveBeenCalledTimes(1);
  });

  it('catches Enter and Space on a focused send button, keyup and click included', () => {
    const t = setup();
    t.composer.textContent = 'did I do something wrong';
    expect(t.press(['keydown:Enter', t.button], ['keyup:Enter', t.button])).toEqual([true, true]);
    vi.mocked(t.deps.openOverlay).mock.calls[0]![0].onBack();
    expect(t.press(['keydown:Space', t.button], ['keyup:Space', t.button])).toEqual([true, true]);
    expect(t.deps.openOverlay).toHaveBeenCalledTimes(2);
    // Space typed in the message box is only a space.
    vi.mocked(t.deps.openOverlay).mock.calls[1]![0].onBack();
    expect(t.press(['keydown:Space', t.composer])).toEqual([false]);
  });

  it('leaves clicks that are not on a send button alone', () => {
    const t = setup();
    t.composer.textContent = 'are you mad at me??';
    expect(t.press(['pointerdown', t.composer], ['click', t.composer])).toEqual([false, false]);
    expect(t.deps.openOverlay).not.toHaveBeenCalled();
  });
});

describe('failing open when the page takes the pause away', () => {
  function withOverlay() {
    let visible = true;
    const close = vi.fn();
    // Each pause opened is on screen until the page hides it.
    const openOverlay = vi.fn(() => {
      visible = true;
      return { close, shown: () => visible };
    });
    const t = setup({ openOverlay });
    return { ...t, close, hide: () => (visible = false) };
  }

  it('forgets a pause that is no longer on screen and lets the next send through', () => {
    const t = withOverlay();
    t.composer.textContent = 'are you mad at me??';
    expect(t.enter().defaultPrevented).toBe(true);
    t.hide(); // removed, display:none, zero-size: whatever the page did
    (document.activeElement as HTMLElement | null)?.blur();
    expect(t.enter().defaultPrevented).toBe(false);
    expect(t.close).toHaveBeenCalled(); // its listeners are cleaned up
    // Focus went with the dialog: it is back in the message box.
    expect(document.activeElement).toBe(t.composer);
    expect(t.deps.report).toHaveBeenCalledWith('overlay');
    // The one after that pauses again, visibly.
    expect(t.enter().defaultPrevented).toBe(true);
    expect(t.deps.openOverlay).toHaveBeenCalledTimes(2);
  });

  it('stops holding the rest of a press whose pause the page removed', () => {
    const t = withOverlay();
    t.composer.textContent = 'are you mad at me??';
    expect(t.press(['pointerdown', t.button])).toEqual([true]);
    t.hide();
    expect(t.press(['mouseup', document.body], ['click', document.body])).toEqual([false, false]);
  });

  it('lets the next send through when the overlay itself notices it was removed', () => {
    const t = setup();
    t.composer.textContent = 'are you mad at me??';
    t.enter();
    vi.mocked(t.deps.openOverlay).mock.calls[0]![0].onLost();
    expect(t.enter().defaultPrevented).toBe(false);
  });

  it('holds nothing when the pause it opened is not on screen at once', () => {
    const t = setup({ openOverlay: vi.fn(() => ({ close: vi.fn(), shown: () => false })) });
    t.composer.textContent = 'are you mad at me??';
    expect(t.enter().defaultPrevented).toBe(false);
  });
});

describe('the model, handed over by the background at start-up', () => {
  // Worried, but in no phrase of the list: only the model hears it.
  const draft = 'you went quiet after i told you about my ex, was it too much';

  it('until it arrives, lets such a draft through and still pauses on the phrase list', () => {
    const t = setup({}, true);
    t.composer.textContent = draft;
    expect(t.enter().defaultPrevented).toBe(false);
    t.composer.textContent = 'are you mad at me';
    expect(t.enter().defaultPrevented).toBe(true);
    expect(vi.mocked(t.deps.openOverlay).mock.calls[0]![0].theme).toBe('upset');
  });

  it('once it has arrived, pauses on it and names words of the draft', () => {
    const t = setup({}, true);
    t.pause.setModel(model);
    t.composer.textContent = draft;
    expect(t.enter().defaultPrevented).toBe(true);
    const { matched } = vi.mocked(t.deps.openOverlay).mock.calls[0]![0];
    expect(matched.length).toBeGreaterThan(0);
    for (const words of matched) expect(draft).toContain(words);
  });
});

describe('what the pause offers first', () => {
  it('passes what it noticed and turns its first offer from one pause to the next', () => {
    const t = setup();
    t.pause.setNotes(['You were okay last time. You will be okay now.']);
    t.composer.textContent = 'are you mad at me??';
    const leads = new Set<string>();
    for (let i = 0; i < 3; i++) {
      t.enter();
      const options = vi.mocked(t.deps.openOverlay).mock.calls[i]![0];
      expect(options.theme).toBe('upset'); // what the detector says (lib/pause/detect.ts)
      leads.add(options.lead);
      if (options.lead === 'note') {
        expect(options.note).toBe('You were okay last time. You will be okay now.');
      }
      options.onBack();
    }
    expect([...leads].sort()).toEqual(['breath', 'note', 'reframe']);
  });

  it('offers no note when there is none', () => {
    const t = setup();
    t.composer.textContent = 'are you mad at me??';
    for (let i = 0; i < 4; i++) {
      t.enter();
      const options = vi.mocked(t.deps.openOverlay).mock.calls[i]![0];
      expect(options.lead).not.toBe('note');
      options.onBack();
    }
  });
});
