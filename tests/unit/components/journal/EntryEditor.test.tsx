// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EntryEditor } from '@/components/journal/EntryEditor';
import { changeEntry, saveEntry } from '@/lib/journal/door';
import { MAX_TEXT_LENGTH } from '@/lib/journal/entry/limits';
import { sharedEntries } from '../../support/sharedJournal';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(async () => {
  await act(() => render(null, container));
  container.remove();
});

async function type(text: string) {
  const box = container.querySelector('textarea')!;
  await act(() => {
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function submit() {
  await act(async () => {
    container.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
}

describe('editing an entry in place', () => {
  it('saves the change and closes', async () => {
    const entry = await saveEntry({ kind: 'note', text: 'First words', tags: ['a'] });
    const done = vi.fn();
    await act(() => render(<EntryEditor entry={entry} scope="t" onDone={done} />, container));
    await type('Better words');
    await submit();
    expect(done).toHaveBeenCalled();
    expect((await sharedEntries())[0]).toMatchObject({
      id: entry.id,
      text: 'Better words',
      tags: ['a'],
    });
  });

  it('says why a save failed and keeps every edited word', async () => {
    const entry = await saveEntry({ kind: 'note', text: 'First words' });
    const done = vi.fn();
    await act(() => render(<EntryEditor entry={entry} scope="t" onDone={done} />, container));
    const tooLong = 'x'.repeat(MAX_TEXT_LENGTH + 1);
    await type(tooLong);
    await submit();
    expect(done).not.toHaveBeenCalled();
    expect(container.querySelector('[role=status]')!.textContent).toMatch(
      /Your words are still here/,
    );
    expect(container.querySelector('textarea')!.value).toBe(tooLong);
    expect((await sharedEntries())[0]!.text).toBe('First words');
  });

  it('keeps an edit in progress as a draft that a closed tab gives back', async () => {
    const entry = await saveEntry({ kind: 'note', text: 'First words' });
    await act(() => render(<EntryEditor entry={entry} scope="t" onDone={vi.fn()} />, container));
    await type('Words I have not saved yet');
    await act(async () => {
      dispatchEvent(new Event('pagehide'));
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    await act(() => render(null, container));
    await act(async () => {
      render(<EntryEditor entry={entry} scope="t" onDone={vi.fn()} />, container);
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(container.querySelector('textarea')!.value).toBe('Words I have not saved yet');
  });

  it('asks before Escape throws changes away, and ignores Escape while an IME composes', async () => {
    const entry = await saveEntry({ kind: 'note', text: 'First words' });
    const done = vi.fn();
    await act(() => render(<EntryEditor entry={entry} scope="t" onDone={done} />, container));
    await type('Changed words');
    const escape = (init: KeyboardEventInit) =>
      act(() => {
        container
          .querySelector('textarea')!
          .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, ...init }));
      });
    await escape({ isComposing: true });
    expect(container.querySelector('textarea')).not.toBeNull();
    await escape({});
    expect(container.textContent).toMatch(/Throw away the changes/);
    expect(done).not.toHaveBeenCalled();
    await act(() => (container.querySelector('button') as HTMLButtonElement).click());
    expect(container.querySelector('textarea')!.value).toBe('Changed words');
    // Back in the words, where the keyboard was.
    expect(document.activeElement).toBe(container.querySelector('textarea'));
  });

  it('never overwrites a change made in another tab: both versions are kept, and it says so', async () => {
    const entry = await saveEntry({ kind: 'note', text: 'First words' });
    const done = vi.fn();
    await act(() => render(<EntryEditor entry={entry} scope="t" onDone={done} />, container));
    await type('My edit here');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await changeEntry(entry.id, { text: 'The other tab’s edit' });
    await submit();
    expect(done).not.toHaveBeenCalled();
    expect(container.querySelector('[role=status]')!.textContent).toMatch(/changed in another tab/);
    const texts = (await sharedEntries()).map((e) => e.text).sort();
    expect(texts).toEqual(['My edit here', 'The other tab’s edit']);
  });
});
