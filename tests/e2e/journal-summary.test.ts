import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JournalPage } from './pages/journal';
import { SummaryView } from './pages/summary';
import { seriousViolations } from './support/axe';
import { sampleJournal, seedJournal } from './support/seed';
import { launchSteady, type Steady } from './support/steady';

// The sample journal's words (scripts/journal-sample.mjs) within the last 14 days.
const CHOSEN = [
  'Dinner with Sam was lovely. I noticed I was scanning for signs, then let it go.',
  'I want space tonight, and that is allowed too.',
];
const NOT_CHOSEN = [
  'Me sentí tranquila hoy.',
  "Old fear, new situation. They are at their sister's, phone on silent.",
  'Asked directly how they felt about the trip.',
  "Just checking you're ok.",
  'Did I do something wrong?',
  'Can we talk tonight? I miss you',
];
// Older than 14 days: not even offered.
const OUTSIDE = 'No reply since this morning.';
const ANSWER = 'When a reply takes longer than usual, I start writing three messages.';

/** The PDF's text with its line breaks as spaces, and how many pages it has. */
async function pdfText(pdf: Buffer): Promise<{ pages: number; text: string }> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { totalPages, text } = await extractText(doc, { mergePages: true });
  return { pages: totalPages, text: text.replace(/\s+/g, ' ') };
}

let steady: Steady;
beforeAll(async () => {
  steady = await launchSteady();
  const journal = await JournalPage.open(steady);
  await seedJournal(journal.page, sampleJournal());
  await journal.page.close();
});
afterAll(async () => {
  expect(steady.foreignRequests()).toEqual([]);
  await steady?.close();
});

describe('the summary for a session', () => {
  it('is reached, filled and printed from the keyboard, holding only the entries ticked', async () => {
    const journal = await JournalPage.open(steady);
    const { page } = journal;
    const view = new SummaryView(page);
    // Keyboard only: Tab to the button, Enter; the view's heading takes the focus.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => document.activeElement?.textContent);
      if (name === 'Summary for a session') break;
    }
    await page.keyboard.press('Enter');
    await view.ready();
    await expect(view.heading.evaluate((h) => h === document.activeElement)).resolves.toBe(true);
    expect(new URL(page.url()).search).toBe('?view=summary');

    // The radios are one tab stop; an arrow key moves to the next period.
    // From the heading, Tab reaches the radio group (its checked radio is its one tab stop).
    while (!(await view.period('Last 7 days').evaluate((r) => r === document.activeElement))) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('ArrowRight');
    await expect(view.period('Last 14 days').isChecked()).resolves.toBe(true);
    await view.sheet.getByText('(14 days)').waitFor();
    expect(new URL(page.url()).searchParams.get('period')).toBe('fortnight');

    // A question's answer is a draft: it survives a reload, as the range does.
    await view.prompt('What triggers my anxiety in relationships?').fill(ANSWER);
    await page.waitForTimeout(400); // past the draft's 250 ms debounce
    await page.reload();
    await view.ready();
    await expect(view.period('Last 14 days').isChecked()).resolves.toBe(true);
    await expect(
      view.prompt('What triggers my anxiety in relationships?').inputValue(),
    ).resolves.toBe(ANSWER);

    // Every entry offered is on screen in full before it can be ticked; the older one is not.
    const offered = await page.locator('.choose-list').innerText();
    for (const words of [...CHOSEN, ...NOT_CHOSEN]) expect(offered).toContain(words);
    expect(offered).not.toContain(OUTSIDE);
    for (const words of CHOSEN) {
      await view.tick(words).focus();
      await page.keyboard.press('Space');
    }
    await page.getByText('Chosen: 2.').waitFor();
    const onScreen = await view.sheet.innerText();
    for (const words of CHOSEN) expect(onScreen).toContain(words);

    for (const format of ['A4', 'Letter'] as const) {
      const { pages, text } = await pdfText(await page.pdf({ format }));
      expect({ format, pages: pages <= 2 }).toEqual({ format, pages: true });
      expect(text).toContain('Summary for a session');
      expect(text).toContain('How strong the worry was');
      expect(text).toContain('Pauses before sending');
      expect(text).toContain(ANSWER);
      for (const words of CHOSEN) expect(text).toContain(words);
      for (const words of [...NOT_CHOSEN, OUTSIDE]) expect(text).not.toContain(words);
      // Only the page: not the journal around it, nor the view's controls.
      for (const screenOnly of [
        'Entries to bring',
        'Print or save as PDF',
        'In danger or crisis?',
      ]) {
        expect(text).not.toContain(screenOnly);
      }
      // Questions left blank are left out.
      expect(text).not.toContain('How do I typically respond?');
    }

    // Unticked, an entry leaves the page again.
    await view.tick(CHOSEN[1]!).uncheck();
    const { text } = await pdfText(await page.pdf({ format: 'A4' }));
    expect(text).toContain(CHOSEN[0]);
    expect(text).not.toContain(CHOSEN[1]);

    // The answers stay until the person clears them; cleared, they are gone after a reload.
    await page.getByRole('button', { name: 'Clear my answers' }).click();
    await page.getByText('Your answers are cleared.').waitFor();
    await page.reload();
    await view.ready();
    await expect(
      view.prompt('What triggers my anxiety in relationships?').inputValue(),
    ).resolves.toBe('');
    await page.close();
  });

  it('copies the page as plain text and says so, by the clipboard or its fallback', async () => {
    const page = await steady.open('journal.html?view=summary&period=fortnight');
    const view = new SummaryView(page);
    await view.ready();
    await view.tick(CHOSEN[0]!).check();
    // What reaches the clipboard, seen on its way (the real writeText still runs): reading the
    // clipboard back would need a permission Steady does not hold.
    await page.evaluate(() => {
      const clipboard = navigator.clipboard;
      const write = clipboard.writeText.bind(clipboard);
      const seen: string[] = [];
      (window as unknown as { copied: string[] }).copied = seen;
      clipboard.writeText = (text: string) => {
        seen.push(text);
        return write(text);
      };
    });
    const copy = page.getByRole('button', { name: 'Copy as text' });
    await copy.click();
    await page.getByText('The page is copied as text.').waitFor();
    const [copied] = await page.evaluate(() => (window as unknown as { copied: string[] }).copied);
    expect(copied).toMatch(/^SUMMARY FOR A SESSION\n/);
    expect(copied).toContain(CHOSEN[0]);
    expect(copied).not.toContain(CHOSEN[1]);

    // Where the clipboard API is refused, the older copy command carries the same text.
    await view.tick(CHOSEN[1]!).check(); // a changed page clears the old confirmation
    await expect(page.getByText('The page is copied as text.').count()).resolves.toBe(0);
    await page.evaluate(() => {
      navigator.clipboard.writeText = () =>
        Promise.reject(new DOMException('no', 'NotAllowedError'));
      document.addEventListener('copy', () => {
        const box = document.activeElement as HTMLTextAreaElement;
        (window as unknown as { fallback: string }).fallback = box.value;
      });
    });
    await copy.click();
    await page.getByText('The page is copied as text.').waitFor();
    const fallback = await page.evaluate(
      () => (window as unknown as { fallback: string }).fallback,
    );
    expect(fallback).toContain(CHOSEN[1]);
    await page.close();
  });

  it('says kindly what is wrong with days it cannot use', async () => {
    const page = await steady.open('journal.html?view=summary');
    const view = new SummaryView(page);
    await view.ready();
    await view.period('Choose the days').check();
    await page.getByText('Choose a first and a last day').waitFor();
    await page.getByLabel('First day').fill('2026-03-10');
    await page.getByLabel('Last day').fill('2026-03-01');
    await page.getByText('The first day comes after the last one.').waitFor();
    await expect(page.getByLabel('First day').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await view.sheet.count()).toBe(0);
    await page.getByLabel('Last day').fill('2026-03-31');
    await view.ready();
    expect(new URL(page.url()).search).toBe(
      '?view=summary&period=custom&start=2026-03-10&end=2026-03-31',
    );
    await page.close();
  });

  it.each(['light', 'dark'] as const)(
    'has no serious accessibility violations in %s',
    async (colorScheme) => {
      const page = await steady.open('journal.html?view=summary&period=month');
      await page.emulateMedia({ colorScheme });
      const view = new SummaryView(page);
      await view.ready();
      await view.tick(CHOSEN[0]!).check();
      expect(await page.locator('.summary-sheet svg[role=img]').count()).toBe(3);
      expect(await seriousViolations(page)).toEqual([]);
      await view.period('Choose the days').check();
      await page.getByLabel('First day').fill('2026-03-10');
      await page.getByLabel('Last day').fill('2026-03-01');
      await page.getByText('The first day comes after the last one.').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    },
  );

  it('works at 200 % zoom: one column, nothing cut off, every control reachable', async () => {
    const page = await steady.open('journal.html?view=summary&period=fortnight');
    // 200 % zoom of the 1000×800 window is a 500×400 CSS-pixel viewport.
    await page.setViewportSize({ width: 500, height: 400 });
    const view = new SummaryView(page);
    await view.ready();
    const overflow = await page.evaluate(() => {
      const root = document.documentElement;
      return root.scrollWidth - root.clientWidth;
    });
    expect(overflow).toBe(0);
    const wider = await page.evaluate(() =>
      [...document.querySelectorAll('.summary-view *')]
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((el) => el.className),
    );
    expect(wider).toEqual([]);
    await view.tick(CHOSEN[0]!).check();
    const print = page.getByRole('button', { name: 'Print or save as PDF' });
    await print.scrollIntoViewIfNeeded();
    await expect(print.isVisible()).resolves.toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('goes back to the journal, the keyboard on the button that opened it', async () => {
    const journal = await JournalPage.open(steady);
    const { page } = journal;
    await page.getByRole('button', { name: 'Summary for a session' }).click();
    const view = new SummaryView(page);
    await view.ready();
    await page.getByRole('button', { name: 'Back to the journal' }).click();
    await journal.tab('Entries').waitFor();
    expect(new URL(page.url()).search).toBe('');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Summary for a session',
    );
    await page.close();
  });
});
