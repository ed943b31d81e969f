// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OpeningJournal } from '@/components/journal/OpeningJournal';

let container: HTMLElement;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
  vi.useRealTimers();
});

describe('the journal list while the journal opens', () => {
  it('says nothing at first, and after a second why it may take longer', () => {
    act(() => render(<OpeningJournal />, container));
    const status = container.querySelector('[role="status"]')!;
    expect(status.textContent).toBe('');
    act(() => void vi.advanceTimersByTime(1000));
    expect(status.textContent).toMatch(/^Still opening your journal\. If Steady was just updated/);
    expect(status.textContent).toContain('Nothing in it is lost if you close this page.');
  });

  it('leaves no timer behind once the list has arrived', () => {
    act(() => render(<OpeningJournal />, container));
    act(() => render(null, container));
    expect(vi.getTimerCount()).toBe(0);
  });
});
