// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPauseController, type PauseDeps } from '@/entrypoints/pause.content/controller';
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
    wait: vi.fn(async () => undefined),
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

  it('leaves the conversation alone after Send anyway', () => {
    const t = setup();
    t.composer.textContent = 'are you mad??';
    t.enter();
    const options = vi.mocked(t.deps.openOverlay).mock.calls[0]![0];
    options.onSendAnyway(undefined);
    expect(t.deps.sendAnyway).toHaveBeenCalledWith(`slack:${location.pathname}`);
    expect(t.enter().defaultPrevented).toBe(false);
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
