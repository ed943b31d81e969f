import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  backgroundOf,
  ImitationSite,
  OptionsPage,
  registeredPauseScripts,
  turnOnSite,
} from './pages/pauseSite';
import { seriousViolations } from './support/axe';
import { IMITATIONS, serveImitations, type ImitationSites } from './support/sites';
import { launchSteady, type Steady } from './support/steady';

/**
 * The late-night guard and the kind delay on turning the pause off, end to end in Chromium on
 * imitation sites. A fake clock (page.clock) does not reach a content script's isolated world,
 * so the late-night window is set around the real time now, as a person would set it.
 */
let sites: ImitationSites;
let steady: Steady;

const WHATSAPP = { name: 'WhatsApp Web', patterns: ['https://web.whatsapp.com/*'], id: 'whatsapp' };
const SLACK = { name: 'Slack', patterns: ['https://app.slack.com/*'], id: 'slack' };

beforeAll(async () => {
  sites = await serveImitations();
  steady = await launchSteady({
    grant: ['notifications'],
    ignoreHTTPSErrors: true,
    args: [sites.resolverRule, '--ignore-certificate-errors'],
  });
  await turnOnSite(steady, WHATSAPP);
  await turnOnSite(steady, SLACK);
});

afterAll(async () => {
  const hosts = new Set(Object.keys(IMITATIONS));
  expect(
    steady
      .foreignRequests()
      .filter((url) => !url.startsWith('chrome://') && !hosts.has(new URL(url).hostname)),
  ).toEqual([]);
  await steady?.close();
  await sites?.close();
});

/** "HH:MM" of the local clock `hours` from now (the browser runs in this machine's zone). */
function clockIn(hours: number): { text: string; date: Date } {
  const date = new Date(Date.now() + hours * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { text: `${pad(date.getHours())}:${pad(date.getMinutes())}`, date };
}

/** The unsent entries in the journal, as stored (read in the journal page's own origin). */
async function unsentEntries(): Promise<{ text: string; unsent?: { remindAt?: number } }[]> {
  const journal = await steady.open('journal.html');
  const entries = await journal.evaluate(
    () =>
      new Promise<{ text: string; kind: string; unsent?: { remindAt?: number } }[]>(
        (resolve, reject) => {
          const open = indexedDB.open('steady-journal');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('packs').objectStore('packs').getAll();
            all.onsuccess = () => {
              open.result.close();
              resolve(all.result.flatMap((pack: { entries?: never[] }) => pack.entries ?? []));
            };
          };
        },
      ),
  );
  await journal.close();
  return entries.filter((entry) => entry.kind === 'unsent');
}

describe('the late-night guard', () => {
  it('inside the chosen hours, offers "Wait until morning" first, and it keeps the draft with a reminder at the end of them', async () => {
    const from = clockIn(-1);
    const to = clockIn(1);
    const options = await OptionsPage.open(steady);
    const page = options.page;
    const guard = page.getByRole('checkbox', {
      name: 'Be gentler with worried messages late at night',
    });
    expect(await guard.isChecked()).toBe(false); // off until the person turns it on
    await guard.check();
    await page.getByRole('group', { name: 'Late-night guard' }).waitFor();
    await page.getByLabel('From', { exact: true }).fill(from.text);
    await page.getByLabel('Until', { exact: true }).fill(to.text);
    await expect
      .poll(() =>
        backgroundOf(steady).then((worker) =>
          worker.evaluate(
            async () => (await chrome.storage.local.get('pauseSettings')).pauseSettings,
          ),
        ),
      )
      .toMatchObject({ lateNight: { on: true, from: from.text, to: to.text } });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();

    const site = await ImitationSite.open(
      steady,
      'https://web.whatsapp.com/',
      'footer [contenteditable="true"]',
    );
    await site.type('are you mad at me??');
    await site.page.keyboard.press('Enter');
    await site.pause.waitFor();
    expect(await site.pause.textContent()).toContain('Things often feel heavier at night.');
    const buttons = await site.pause.inRoot((root) =>
      [...root!.querySelectorAll<HTMLButtonElement>('.actions button')]
        .filter((b) => !b.hidden)
        .map((b) => [b.textContent, b.classList.contains('primary')]),
    );
    // First and primary; everything else is still there, exactly as by day.
    expect(buttons).toEqual([
      ['Wait until morning', true],
      ['Save to my journal instead', false],
      ['Wait 10 minutes', false],
      ['Send anyway', false],
      ['Back to my message', false],
    ]);
    expect(await site.pause.seriousViolations()).toEqual([]);

    await site.pause.click('Wait until morning');
    await expect.poll(() => site.pause.status()).toContain('Steady will remind you at');
    expect(await site.sentTexts()).toEqual([]);

    // The reminder is at the end of the hours, on the minute, by the background's own clock.
    const end = new Date(to.date);
    end.setSeconds(0, 0);
    const alarms = await (await backgroundOf(steady)).evaluate(() => chrome.alarms.getAll());
    const reminders = alarms.filter((a) => a.name.startsWith('steady-pause-remind:'));
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.scheduledTime).toBe(end.getTime());
    const time = end.toLocaleTimeString('en', { timeStyle: 'short' });
    expect(await site.pause.status()).toContain(time);
    const [entry] = await unsentEntries();
    expect(entry).toMatchObject({
      text: 'are you mad at me??',
      unsent: { remindAt: end.getTime() },
    });
    await site.page.close();
  });
});

const PENDING = 'steady-pause-pending';

describe('the kind delay on turning the pause off', () => {
  it('waits the chosen delay with a warm note and "Keep it on"; the background turns the site off when it is due', async () => {
    const options = await OptionsPage.open(steady);
    const page = options.page;
    await page
      .getByRole('combobox', { name: 'When I turn the pause off or down, wait' })
      .selectOption({ label: '5 minutes' });
    await page.getByText('Saved.', { exact: true }).waitFor();

    // Turning Slack off now only records it: the site stays on, and the note says when.
    await options.siteSwitch('Slack').click();
    const sitesGroup = page.getByRole('group', { name: 'Sites' });
    const note = sitesGroup.getByText(/^Your pause on Slack will turn off at /);
    await note.waitFor();
    expect(await note.textContent()).toContain('Wanting a break is okay');
    // Said once to a screen reader too, through the section's live region.
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Your pause on Slack' }).count())
      .toBe(1);
    expect(await options.siteSwitch('Slack').isChecked()).toBe(true);
    expect(await registeredPauseScripts(steady)).toContain('steady-pause-slack');
    const worker = await backgroundOf(steady);
    const alarm = await worker.evaluate((name) => chrome.alarms.get(name), PENDING);
    expect(alarm!.scheduledTime - Date.now()).toBeGreaterThan(4 * 60_000);
    expect(await seriousViolations(page)).toEqual([]);

    // "Keep it on": nothing will change.
    await sitesGroup.getByRole('button', { name: 'Keep it on' }).click();
    await note.waitFor({ state: 'detached' });
    expect(await worker.evaluate((name) => chrome.alarms.get(name), PENDING)).toBeFalsy();
    expect(await options.siteSwitch('Slack').isChecked()).toBe(true);

    // Again, and this time the delay runs out. The test only brings its time forward (as five
    // minutes passing would) and lets the background's own alarm do the rest.
    await options.siteSwitch('Slack').click();
    await note.waitFor();
    await worker.evaluate(async (name) => {
      const key = 'pause:pending';
      const list = (await chrome.storage.local.get(key))[key] as { at: number }[];
      for (const pending of list) pending.at = Date.now();
      await chrome.storage.local.set({ [key]: list });
      await chrome.alarms.create(name, { when: Date.now() + 200 });
    }, PENDING);
    await expect
      .poll(() => options.siteSwitch('Slack').isChecked(), { timeout: 15_000 })
      .toBe(false);
    await note.waitFor({ state: 'detached' });
    await expect.poll(() => registeredPauseScripts(steady)).not.toContain('steady-pause-slack');
    expect(await registeredPauseScripts(steady)).toContain('steady-pause-whatsapp');
    await page.close();
  });

  it('waits to lower sensitivity too, and applies a raise at once', async () => {
    const options = await OptionsPage.open(steady);
    const page = options.page;
    const sensitivity = page.getByRole('combobox', { name: 'How watchful' });
    const before = await sensitivity.inputValue();
    expect(before).toBe('balanced');
    await sensitivity.selectOption('gentle');
    const note = page.getByRole('paragraph').filter({ hasText: /^The pause will become “Gentle/ });
    await note.waitFor();
    expect(await sensitivity.inputValue()).toBe('balanced');
    await sensitivity.selectOption('watchful'); // a raise: at once, and the lowering is gone
    await note.waitFor({ state: 'detached' });
    await expect.poll(() => sensitivity.inputValue()).toBe('watchful');
    await page.close();
  });
});
