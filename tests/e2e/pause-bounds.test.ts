import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JournalPage } from './pages/journal';
import { backgroundOf, ImitationSite, turnOnSite } from './pages/pauseSite';
import { serveImitations, type ImitationSites } from './support/sites';
import { launchSteady, type Steady } from './support/steady';

/**
 * The pause's background is bounded, end to end: quick "Wait" choices on the WhatsApp
 * imitation (as a page operating the pause by itself would make them) leave one reminder per
 * conversation, and the journal page's delete, Undo and revisit keep the reminders true.
 */
let sites: ImitationSites;
let steady: Steady;
/** The entries holding Alex's and Jo's reminders, as the first tests leave them. */
let alex = '';
let jo = '';

const WHATSAPP = 'https://web.whatsapp.com/';
const COMPOSER = 'footer [contenteditable="true"]';
const REMIND = 'steady-pause-remind:';

/** The entries with a reminder set, read from the background's alarms. */
async function reminders(): Promise<string[]> {
  const alarms = await (await backgroundOf(steady)).evaluate(() => chrome.alarms.getAll());
  return alarms
    .map((alarm) => alarm.name)
    .filter((name) => name.startsWith(REMIND))
    .map((name) => name.slice(REMIND.length));
}

/** A WhatsApp tab with one chat open. */
async function chat(name: string): Promise<ImitationSite> {
  const site = await ImitationSite.open(steady, WHATSAPP, COMPOSER);
  await site.page.getByRole('button', { name, exact: true }).click();
  return site;
}

/** Enter on the draft in the box, "Wait 10 minutes", and what the pause answers. */
async function waitOnce(site: ImitationSite): Promise<string> {
  await site.page.keyboard.press('Enter');
  await site.pause.waitFor();
  await site.pause.click('Wait 10 minutes');
  await expect.poll(async () => (await site.pause.status()).trim()).toBeTruthy();
  const said = await site.pause.status();
  await site.page.keyboard.press('Escape');
  await site.pause.waitFor({ state: 'detached' });
  return said;
}

beforeAll(async () => {
  sites = await serveImitations();
  steady = await launchSteady({
    // Turning a site on asks for notifications too (for Wait); headless Chromium can't show
    // that prompt, so the profile starts as a person who allowed them (support/grant.ts).
    grant: ['notifications'],
    ignoreHTTPSErrors: true,
    args: [sites.resolverRule, '--ignore-certificate-errors'],
  });
  await turnOnSite(steady, {
    name: 'WhatsApp Web',
    patterns: ['https://web.whatsapp.com/*'],
    id: 'whatsapp',
  });
});

afterAll(async () => {
  await steady?.close();
  await sites?.close();
});

describe('quick Waits in one conversation', () => {
  it('twelve quick Wait choices in one conversation leave one reminder', async () => {
    const site = await chat('Alex');
    await site.composer.click();
    await site.page.keyboard.type('are you mad at me??');
    const said: string[] = [];
    for (let i = 0; i < 12; i++) said.push(await waitOnce(site));

    const set = await reminders();
    expect(set).toHaveLength(1);
    alex = set[0]!;
    // The first ones are kept with the reminder; then the page is asked, kindly, to slow down.
    expect(said[0]).toContain('ask again in 10 minutes');
    expect(said[11]).toContain('several messages from this page in the last minute');
    expect(said[11]).toContain('Nothing was sent');
    // Steady never sent, typed or cleared anything: the words are still in the box.
    expect(await site.sentTexts()).toEqual([]);
    expect(await site.composer.innerText()).toContain('are you mad at me??');
    await site.page.close();
  });

  it('keeps one reminder for each conversation: another chat’s Wait adds its own', async () => {
    const site = await chat('Jo');
    await site.composer.click();
    await site.page.keyboard.type('did I do something wrong??');
    expect(await waitOnce(site)).toContain('ask again in 10 minutes');
    expect(await waitOnce(site)).toContain('ask again in 10 minutes');
    const after = await reminders();
    expect(after).toHaveLength(2);
    expect(after).toContain(alex);
    jo = after.find((id) => id !== alex)!;
    await site.page.close();
  });
});

describe('the journal keeps the reminders true', () => {
  it('deleting the entry clears its reminder, Undo sets it again, and answering clears it', async () => {
    // The reminder's own way in: the journal opened on its entry, as its notification does.
    const journal = await JournalPage.open(steady, `?entry=${alex}`);
    const focused = journal.page.locator('.entry-card.focused');
    await focused.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(reminders).toEqual([jo]);

    await journal.toast.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await reminders()).sort()).toEqual([alex, jo].sort());

    await journal.page.goto(steady.url(`journal.html?entry=${jo}`));
    await journal.ready();
    await focused.getByRole('button', { name: 'The urge passed' }).click();
    await expect.poll(reminders).toEqual([alex]);
    await journal.page.close();
  });
});
