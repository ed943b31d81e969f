// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { QuickJournal } from '@/components/popup/QuickJournal';
import { EMPTY_DRAFT, QUICK_DRAFT_OPTIONS, type QuickDraft } from '@/components/popup/quickDraft';
import { useDraft } from '@/components/hooks/useDraft';
import { sharedEntries } from '../support/sharedJournal';

const DRAFT_KEY = 'draft:quick-journal';
const SAVED = 'Saved to your journal.';
const STILL_HERE = 'Your words are still here.';

/** The quick journal as the popup mounts it: the draft is owned by the page around it. */
function PopupWrite() {
  const draft = useDraft<QuickDraft>('quick-journal', EMPTY_DRAFT, QUICK_DRAFT_OPTIONS);
  return <QuickJournal draft={draft} />;
}

let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(async () => {
  await act(() => render(null, container));
  container.remove();
});

async function mount() {
  await act(() => render(<PopupWrite />, container));
}

function textarea(): HTMLTextAreaElement {
  return container.querySelector('textarea')!;
}

function statusText(): string {
  return container.querySelector('#save-status')!.textContent ?? '';
}

async function type(text: string) {
  await act(() => {
    textarea().value = text;
    textarea().dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function clickSave() {
  const button = [...container.querySelectorAll('button')].find((b) => b.type === 'submit')!;
  await act(() => button.click());
}

async function storedDraft(): Promise<QuickDraft | undefined> {
  return (await fakeBrowser.storage.local.get(DRAFT_KEY))[DRAFT_KEY] as QuickDraft | undefined;
}

/** Makes every IndexedDB add fail the way a full disk does. */
function failWrites(error: () => DOMException) {
  vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
    throw error();
  });
}

describe('the quick journal', () => {
  it('saves a note, says so, and clears the box and the draft', async () => {
    await mount();
    await type('They read my message an hour ago and said nothing.');
    await vi.waitFor(async () => expect(await storedDraft()).toBeDefined());

    await clickSave();

    await vi.waitFor(() => expect(statusText()).toBe(SAVED));
    const entries = await sharedEntries();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      kind: 'note',
      text: 'They read my message an hour ago and said nothing.',
    });
    expect(textarea().value).toBe('');
    expect(await storedDraft()).toBeUndefined();
  });

  it('keeps words typed while the save is running, as the next draft', async () => {
    await mount();
    await type('first thought');
    const button = [...container.querySelectorAll('button')].find((b) => b.type === 'submit')!;
    // Press Save and keep typing before the write has finished.
    await act(() => {
      button.click();
      textarea().value = 'first thought and why do I care so much';
      textarea().dispatchEvent(new Event('input', { bubbles: true }));
    });
    await vi.waitFor(() => expect(statusText()).toBe(SAVED));
    expect((await sharedEntries()).map((e) => e.text)).toEqual(['first thought']);
    expect(textarea().value).toBe('and why do I care so much');
    await vi.waitFor(async () =>
      expect((await storedDraft())?.text).toBe('and why do I care so much'),
    );
  });

  it('merges a draft changed by another page with words typed here', async () => {
    await mount();
    await type('typed here');
    await vi.waitFor(async () => expect((await storedDraft())?.text).toBe('typed here'));
    // Another Steady page (a second new tab, say) writes its own words to the same draft.
    await act(async () => {
      textarea().value = 'typed here, still typing';
      textarea().dispatchEvent(new Event('input', { bubbles: true }));
      await fakeBrowser.storage.local.set({ [DRAFT_KEY]: { text: 'written elsewhere', tags: '' } });
    });
    await vi.waitFor(() =>
      expect(textarea().value).toBe('written elsewhere\ntyped here, still typing'),
    );
  });

  it('saves the feeling, the need and the tags with the words', async () => {
    await mount();
    await type('Checking my phone again.');
    await act(() =>
      container.querySelector<HTMLInputElement>('input[name="intensity"][value="6"]')!.click(),
    );
    await act(() =>
      container.querySelector<HTMLInputElement>('input[name="need"][value="space"]')!.click(),
    );
    await act(() => {
      const tags = container.querySelector<HTMLInputElement>('input[type="text"]')!;
      tags.value = '#texts, work, Texts';
      tags.dispatchEvent(new Event('input', { bubbles: true }));
    });

    await clickSave();

    await vi.waitFor(() => expect(statusText()).toBe(SAVED));
    expect(await sharedEntries()).toEqual([
      expect.objectContaining({ intensity: 6, need: 'space', tags: ['texts', 'work'] }),
    ]);
  });

  it('saves on Ctrl+Enter in the text box', async () => {
    await mount();
    await type('Ctrl+Enter instead of the mouse');
    await act(() => {
      textarea().dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }),
      );
    });
    await vi.waitFor(() => expect(statusText()).toBe(SAVED));
    expect((await sharedEntries()).map((e) => e.text)).toEqual(['Ctrl+Enter instead of the mouse']);
  });

  it('does not save on a plain Enter, which is a new line', async () => {
    await mount();
    await type('first line');
    await act(() => {
      textarea().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(statusText()).toBe('');
    expect(await sharedEntries()).toEqual([]);
  });

  it('says there is nothing to save when the box is empty, and stores nothing', async () => {
    await mount();
    await type('   ');
    await clickSave();
    await vi.waitFor(() =>
      expect(statusText()).toBe(
        "There's nothing to save yet. Write a few words first, whenever you're ready.",
      ),
    );
    expect(await sharedEntries()).toEqual([]);
  });

  it('keeps every word when the disk is full, in the box and in the stored draft', async () => {
    failWrites(() => new DOMException('full', 'QuotaExceededError'));
    await mount();
    const words = 'I keep rereading our last conversation.';
    await type(words);
    await clickSave();

    await vi.waitFor(() => expect(statusText()).toContain('run out of room for Steady'));
    expect(statusText()).toContain(STILL_HERE);
    expect(textarea().value).toBe(words);
    await vi.waitFor(async () => expect(await storedDraft()).toMatchObject({ text: words }));
    expect(await sharedEntries()).toEqual([]);
  });

  it('keeps every word when the browser aborts the write', async () => {
    // A transaction aborted mid-write, as a crash, a closing page or another tab can cause.
    const add = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['add']>
    ) {
      const request = add.apply(this, args);
      this.transaction.abort();
      return request;
    });
    await mount();
    const words = 'Maybe they are just busy.';
    await type(words);
    await clickSave();

    await vi.waitFor(() =>
      expect(statusText()).toBe(
        "Saving was interrupted, so this wasn't saved. Your words are still here. Please try again.",
      ),
    );
    expect(textarea().value).toBe(words);
    await vi.waitFor(async () => expect(await storedDraft()).toMatchObject({ text: words }));
    expect(await sharedEntries()).toEqual([]);
  });

  it('explains a thrown AbortError the same way', async () => {
    failWrites(() => new DOMException('stopped', 'AbortError'));
    await mount();
    await type('again');
    await clickSave();
    await vi.waitFor(() => expect(statusText()).toContain('Saving was interrupted'));
    expect(textarea().value).toBe('again');
  });

  it('refuses an entry of 100,001 characters, says why, and keeps the text', async () => {
    const long = 'a'.repeat(100_001);
    await mount();
    await type(long);
    await clickSave();

    await vi.waitFor(() =>
      expect(statusText()).toContain(
        'This entry is 100,001 characters, and one entry can hold up to 100,000.',
      ),
    );
    expect(statusText()).toContain('Your words are still here');
    expect(textarea().value).toBe(long);
    expect(await sharedEntries()).toEqual([]);
    await vi.waitFor(async () => expect((await storedDraft())?.text).toHaveLength(100_001));
  });

  it('restores a draft left by a popup that closed mid-sentence', async () => {
    await fakeBrowser.storage.local.set({
      [DRAFT_KEY]: { text: 'What I wanted to say was', intensity: 7, tags: 'late night' },
    });
    await mount();
    await vi.waitFor(() => expect(textarea().value).toBe('What I wanted to say was'));
    expect(
      container.querySelector<HTMLInputElement>('input[name="intensity"][value="7"]')!.checked,
    ).toBe(true);
    expect(container.querySelector<HTMLInputElement>('input[type="text"]')!.value).toBe(
      'late night',
    );
  });

  it('saves the draft as the user types, without waiting for Save', async () => {
    await mount();
    await type('half a thought');
    await vi.waitFor(async () =>
      expect(await storedDraft()).toMatchObject({ text: 'half a thought' }),
    );
    expect(await sharedEntries()).toEqual([]);
  });

  it('writes the draft at once when the popup is hidden', async () => {
    await mount();
    await type('closing now');
    await act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(await storedDraft()).toMatchObject({ text: 'closing now' });
  });

  it('writes the draft at once when the page becomes hidden', async () => {
    await mount();
    await type('switching away');
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    await act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(await storedDraft()).toMatchObject({ text: 'switching away' });
  });
});
