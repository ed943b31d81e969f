import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JournalPage } from './pages/journal';
import { cdpProbe } from './pages/pauseDialog';
import { ImitationSite, turnOnSite } from './pages/pauseSite';
import { NewtabPage } from './pages/newtab';
import { PopupPage } from './pages/popup';
import { serveImitations, type ImitationSites } from './support/sites';
import { seriousViolations } from './support/axe';
import { launchSteady, type Steady } from './support/steady';

/**
 * The privacy lock, as a person uses it: turned on in the journal, saving from the popup, the
 * new tab and the pause while locked, unlocking to read, locking again when idle, and locked
 * after a browser restart. And the page's side: a content script finds nothing private.
 */
const PASSCODE = 'quiet river 42';
const WHATSAPP = {
  name: 'WhatsApp Web',
  patterns: ['https://web.whatsapp.com/*'],
  id: 'whatsapp',
  url: 'https://web.whatsapp.com/',
  composer: 'footer [contenteditable="true"]',
};

let sites: ImitationSites;
let steady: Steady;

beforeAll(async () => {
  sites = await serveImitations();
  steady = await launchSteady({
    grant: ['notifications'],
    ignoreHTTPSErrors: true,
    args: [sites.resolverRule, '--ignore-certificate-errors'],
  });
  await turnOnSite(steady, WHATSAPP);
});
afterAll(async () => {
  expect(steady?.foreignRequests()).toEqual([]);
  await steady?.close();
  await sites?.close();
});

/** axe finds nothing serious or critical, in light and in dark. */
async function accessible(page: JournalPage['page'], where: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect({ where, colorScheme, violations: await seriousViolations(page) }).toEqual({
      where,
      colorScheme,
      violations: [],
    });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function dataTab(): Promise<JournalPage> {
  const journal = await JournalPage.open(steady, '?view=data');
  return journal;
}

/** Everything in storage.local and every IndexedDB record, as one string, for a search. */
async function storedText(page: JournalPage['page']): Promise<string> {
  return page.evaluate(async () => {
    const local = JSON.stringify(await chrome.storage.local.get(null));
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('steady-journal');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((resolve) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
      });
    const decode = (value: unknown): unknown =>
      value instanceof ArrayBuffer
        ? new TextDecoder().decode(value)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]))
          : value;
    const records = [...(await all('packs')), ...(await all('pauses'))].map(decode);
    db.close();
    return local + JSON.stringify(records);
  });
}

describe('the privacy lock', () => {
  it('turns on with a passcode, after saying a lost one cannot be recovered', async () => {
    const popup = await PopupPage.open(steady);
    await popup.write('Written before the lock: Sunday felt long');
    await popup.save();
    await popup.status.getByText('Saved').waitFor();
    await popup.close();

    const journal = await dataTab();
    const page = journal.page;
    await page.getByRole('button', { name: 'Set a passcode…' }).click();
    await page.getByText('nobody can open your journal again').waitFor();
    await accessible(page, 'turning the lock on');
    await page.getByLabel('New passcode').fill(PASSCODE);
    await page.getByLabel('The same passcode again').fill('quiet river 24');
    await page.getByRole('checkbox', { name: /a lost passcode cannot be recovered/ }).check();
    await page.getByRole('button', { name: 'Turn on the lock' }).click();
    await page.getByRole('alert').getByText('not the same yet').waitFor();
    await page.getByLabel('The same passcode again').fill(PASSCODE);
    await page.getByRole('button', { name: 'Turn on the lock' }).click();
    await page.getByRole('button', { name: 'Lock now' }).waitFor();
    await accessible(page, 'the lock on, unlocked');
    expect(await storedText(page)).not.toContain('Sunday felt long');
    await page.getByRole('button', { name: 'Lock now' }).click();
    await page.getByRole('heading', { name: 'Your journal is locked' }).waitFor();
    await page.close();
  });

  it('saves from the popup, the new tab and the pause while locked, and hides the words', async () => {
    const popup = await PopupPage.open(steady);
    await popup.write('From the popup, while locked');
    await popup.page
      .getByText('Your journal is locked, so your entries stay out of sight')
      .waitFor();
    await popup.save();
    await popup.status.getByText('Saved').waitFor();
    await popup.close();

    const tab = await NewtabPage.open(steady);
    await tab.noteBox.fill('From the new tab, while locked');
    await tab.noteBox.press('Enter');
    await expect.poll(() => tab.noteBox.inputValue()).toBe('');
    await tab.page.close();

    const site = await ImitationSite.open(steady, WHATSAPP.url, WHATSAPP.composer);
    await site.type('are you mad at me?? from the pause');
    await site.page.keyboard.press('Enter');
    await site.pause.waitFor();
    await site.pause.click('Save to my journal instead');
    await expect.poll(() => site.pause.status()).toContain('Saved to your journal.');
    await site.pause.click('Back to the conversation');
    await site.pause.waitFor({ state: 'detached' });
    await site.page.close();

    const journal = await JournalPage.open(steady);
    await journal.page.getByRole('heading', { name: 'Your journal is locked' }).waitFor();
    expect(await journal.entries.count()).toBe(0);
    const stored = await storedText(journal.page);
    for (const words of ['From the popup', 'From the new tab', 'from the pause', 'Sunday']) {
      expect(stored).not.toContain(words);
    }
    await journal.page.close();
  });

  it('gives a content script nothing from Steady’s storage', async () => {
    const site = await ImitationSite.open(steady, WHATSAPP.url, WHATSAPP.composer);
    const { cdp, contextId } = await cdpProbe(site.page).world();
    const result = await cdp.send('Runtime.evaluate', {
      expression: `chrome.storage.local.get(null).then((all) => JSON.stringify(all), (e) => 'refused: ' + e.message)`,
      contextId,
      returnByValue: true,
      awaitPromise: true,
    });
    const seen = String(result.result.value ?? result.exceptionDetails?.text);
    expect(seen).not.toContain('draft');
    expect(seen).not.toContain('calmNotes');
    expect(seen).not.toContain('pauseSettings');
    expect(seen).toMatch(/refused|^\{\}$/);
    await site.page.close();
  });

  it('unlocks in the journal: a wrong passcode says so, the right one shows every entry', async () => {
    const journal = await JournalPage.open(steady);
    const page = journal.page;
    await page.getByLabel('Passcode').fill('quiet river 41');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('alert').getByText("That passcode didn't open your journal.").waitFor();
    await accessible(page, 'locked, after a wrong passcode');
    await page.getByLabel('Passcode').fill(PASSCODE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await journal.expectCount(4);
    for (const words of [
      'Sunday felt long',
      'From the popup',
      'From the new tab',
      'from the pause',
    ]) {
      await journal.entry(new RegExp(words)).first().waitFor();
    }
    await journal.search.fill('new tab');
    await journal.expectCount(1);
    await page.close();
  });

  it('locks again after the idle time the person chose', async () => {
    const page = await steady.context.newPage();
    await page.clock.install();
    await page.goto(steady.url('journal.html?view=data'));
    await page.getByLabel('Passcode').fill(PASSCODE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    const idle = page.getByLabel('Lock again after this long without a key press or click');
    await idle.selectOption({ label: '1 minute' });
    await page.getByText('Saved.').waitFor();
    await page.clock.fastForward('00:50');
    expect(await page.getByRole('heading', { name: 'Your journal is locked' }).count()).toBe(0);
    await page.clock.fastForward('00:15');
    await page.getByRole('heading', { name: 'Your journal is locked' }).waitFor();
    await page.close();
  });

  it('is locked after the browser restarts', async () => {
    steady = await steady.restart();
    const journal = await JournalPage.open(steady);
    await journal.page.getByRole('heading', { name: 'Your journal is locked' }).waitFor();
    expect(await journal.entries.count()).toBe(0);
    // From the keyboard alone: the passcode box has the focus as the page opens.
    await journal.page.keyboard.type(PASSCODE);
    await journal.page.keyboard.press('Enter');
    await journal.expectCount(4);
    await journal.page.close();
  });
});
