// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  openOverlay,
  type Overlay,
  type OverlayOptions,
} from '@/entrypoints/pause.content/overlay';

const opened: Overlay[] = [];

function open(overrides: Partial<OverlayOptions> = {}) {
  const options: OverlayOptions = {
    matched: ['are you mad'],
    always: false,
    seconds: 20,
    cooldownMinutes: 10,
    wholeSite: false,
    onSave: vi.fn(async () => undefined),
    onWait: vi.fn(async () => true),
    onSendAnyway: vi.fn(),
    onBack: vi.fn(),
    failureText: () => 'It did not save, for a reason.',
    ...overrides,
  };
  const overlay = openOverlay(options);
  opened.push(overlay);
  const root = document.querySelector('steady-pause')!.shadowRoot!;
  const button = (name: string) =>
    [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;
  const status = () => root.querySelector('[role="status"]')!.textContent;
  return { overlay, options, root, button, status };
}

afterEach(() => {
  for (const overlay of opened.splice(0)) overlay.close();
});

describe('the pause overlay', () => {
  it('says busy with aria-disabled, ignores clicks meanwhile, and never uses disabled', async () => {
    let finish: () => void = () => undefined;
    const o = open({ onSave: vi.fn(() => new Promise<void>((resolve) => (finish = resolve))) });
    const save = o.button('Save to my journal instead');
    save.click();
    expect(save.getAttribute('aria-disabled')).toBe('true');
    expect(save.hasAttribute('disabled')).toBe(false);
    save.click();
    o.button('Send anyway').click(); // ignored while saving
    expect(o.options.onSave).toHaveBeenCalledTimes(1);
    expect(o.options.onSendAnyway).not.toHaveBeenCalled();
    finish();
    await vi.waitFor(() => expect(o.status()).toContain('Saved to your journal'));
  });

  it('shows the failure in the live region and lets the user try again', async () => {
    const onSave = vi.fn().mockRejectedValueOnce(new Error('no')).mockResolvedValue(undefined);
    const o = open({ onSave });
    const save = o.button('Save to my journal instead');
    save.click();
    await vi.waitFor(() => expect(o.status()).toBe('It did not save, for a reason.'));
    expect(save.hasAttribute('aria-disabled')).toBe(false);
    expect(save.hidden).toBe(false);
    save.click();
    await vi.waitFor(() => expect(o.status()).toContain('Saved to your journal'));
  });

  it('says kindly when Wait kept the draft but could not set the reminder', async () => {
    const o = open({ onWait: vi.fn(async () => false) });
    o.button('Wait 10 minutes').click();
    await vi.waitFor(() => expect(o.status()).toContain("I couldn't set the reminder"));
    expect(o.status()).toContain('safe there');
  });

  it('has a way back from the start, and says honestly what Send anyway leaves alone', () => {
    const o = open({ wholeSite: true });
    expect(o.root.textContent).toContain('leave this site alone for 10 minutes');
    o.button('Back to my message').click();
    expect(o.options.onBack).toHaveBeenCalled();
    expect(document.querySelector('steady-pause')).toBeNull();
    expect(open().root.textContent).toContain('leave this conversation alone for 10 minutes');
  });
});
