// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPauseController, type PauseDeps } from '@/entrypoints/pause.content/controller';
import { JournalError } from '@/lib/journal/errors';
import { DEFAULT_PAUSE_SETTINGS } from '@/lib/pause/settings';
import { siteById } from '@/lib/pause/sites';

const slack = siteById('slack')!;

function setup(overrides: Partial<PauseDeps> = {}) {
  document.body.innerHTML =
    '<div class="ql-editor" contenteditable="true"></div><button data-qa="texty_send_button">Send</button>';
  const composer = document.querySelector<HTMLElement>('.ql-editor')!;
  const deps: PauseDeps = {
    site: slack,
    openOverlay: vi.fn(() => ({ close: vi.fn() })),
    save: vi.fn(async () => undefined),
    wait: vi.fn(async () => true),
    sendAnyway: vi.fn(),
    report: vi.fn(),
    now: () => 1_000_000,
    ...overrides,
  };
  const pause = createPauseController(deps);
  addEventListener('keydown', pause.onKeyDown, true);
  addEventListener('click', pause.onClick, true);
  const enter = (init: KeyboardEventInit = {}) => {
    const event = new KeyboardEvent('keydown', {
      key: 'Enter',
      bubbles: true,
      cancelable: true,
      ...init,
    });
    composer.dispatchEvent(event);
    return event;
  };
  cleanup = () => {
    removeEventListener('keydown', pause.onKeyDown, true);
    removeEventListener('click', pause.onClick, true);
  };
  return { composer, deps, pause, enter };
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
      expect.objectContaining({ matched: ['are you mad', '??'], seconds: 20, always: false }),
    );
  });

  it('lets every other key, Shift+Enter, composition and neutral drafts through', () => {
    const t = setup();
    t.composer.textContent = 'are you mad??';
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
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    document.querySelector('button')!.dispatchEvent(click);
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
    t.composer.textContent = 'are you mad??';
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
      openOverlay: vi.fn(() => ({ close: vi.fn() })),
      save: vi.fn(async () => undefined),
      wait: vi.fn(async () => true),
      sendAnyway: vi.fn(),
      report: vi.fn(),
      now: () => 1_000_000,
    };
    const pause = createPauseController(deps);
    const enter = () => {
      const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
      composer.addEventListener('keydown', pause.onKeyDown, { once: true, capture: true });
      composer.dispatchEvent(event);
      return event.defaultPrevented;
    };
    const chat = (name: string) => (document.querySelector('header span')!.textContent = name);
    composer.textContent = 'are you mad??';
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
    t.composer.textContent = `are you mad?? ${'x'.repeat(20)}`;
    t.enter();
    const options = vi.mocked(t.deps.openOverlay).mock.calls[0]![0];
    const tooLong = options.failureText(new JournalError('too-long'));
    expect(tooLong).toContain('34 characters');
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
    t.composer.textContent = 'are you mad??';
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
    t.composer.textContent = 'are you mad??';
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
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    document.querySelector('button')!.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
    expect(t.deps.report).toHaveBeenCalledWith('click');
  });
});
