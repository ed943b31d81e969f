import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImitationSite, OptionsPage, turnOnSiteIn } from '../pages/pauseSite';
import { launchIn } from '../support/launch';
import { readJournal } from '../support/seed';
import { serveImitations, type ImitationSites } from '../support/sites';
import type { SteadyIn } from '../support/ui';

/**
 * Pause before sending in the browser under test, on two imitation sites served on loopback
 * under their real names: a Lexical editor where Enter sends (WhatsApp Web) and a Gmail compose
 * where Ctrl+Enter and the Send button send.
 */
let sites: ImitationSites;
let steady: SteadyIn;

const WHATSAPP = { url: 'https://web.whatsapp.com/', composer: 'footer [contenteditable="true"]' };
const GMAIL = {
  url: 'https://mail.google.com/mail/u/0/#inbox',
  composer: '[aria-label="Message Body"]',
};

beforeAll(async () => {
  sites = await serveImitations();
  steady = await launchIn({ sites });
});
afterAll(async () => {
  // No request left the machine: only the extension's files and the imitation pages themselves.
  expect(steady.foreignRequests()).toEqual([]);
  expect(sites.log.filter((line) => !/ GET \/[^ ]*$/.test(line))).toEqual([]);
  await steady?.close();
  await sites?.close();
});

describe(`turning the pause on (${process.env.STEADY_E2E_BROWSER ?? 'chromium'})`, () => {
  it('asks for each site only when it is turned on, in the options page', async () => {
    const options = await OptionsPage.in(steady);
    expect(await options.registeredPauseScripts()).toEqual([]);
    await options.page.close();
    await turnOnSiteIn(steady, {
      name: 'WhatsApp Web',
      patterns: ['https://web.whatsapp.com/*'],
      id: 'whatsapp',
    });
    await turnOnSiteIn(steady, {
      name: 'Gmail',
      patterns: ['https://mail.google.com/*'],
      id: 'gmail',
    });
    const again = await OptionsPage.in(steady);
    expect(await again.siteSwitch('Discord').isChecked()).toBe(false);
    expect(await again.registeredPauseScripts()).toEqual([
      'steady-pause-gmail',
      'steady-pause-whatsapp',
    ]);
    await again.page.close();
  });
});

describe('on a Lexical editor (WhatsApp), where Enter sends', () => {
  it('pauses a reassurance-seeking draft and sends nothing; Escape goes back to the words', async () => {
    const site = await ImitationSite.in(steady, WHATSAPP.url, WHATSAPP.composer);
    await site.type('are you mad at me??');
    await site.page.keyboard.press('Enter');
    await site.pause.waitFor();
    expect(await site.sentTexts()).toEqual([]);
    expect(await site.pause.textContent()).toContain('“are you mad at me”');
    expect(await site.focusInPause()).toBe(true);
    for (let i = 0; i < 12; i++) await site.page.keyboard.press('Tab');
    expect(await site.focusInPause()).toBe(true);
    // Steady never announces itself to the site.
    expect(
      await site.page.evaluate(
        () => (window as unknown as { messagesSeen: string[] }).messagesSeen,
      ),
    ).toEqual([]);
    await site.page.keyboard.press('Escape');
    await site.pause.waitFor({ state: 'detached' });
    expect(await site.composer.innerText()).toBe('are you mad at me??');
    expect(await site.sentTexts()).toEqual([]);
    await site.page.close();
  });

  it('saves the draft to the journal instead, with the need chosen, and sends nothing', async () => {
    const site = await ImitationSite.in(steady, WHATSAPP.url, WHATSAPP.composer);
    await site.type('Did I do something wrong? Please answer');
    await site.page.keyboard.press('Enter');
    await site.pause.waitFor();
    await site.pause.click('Reassurance');
    await site.pause.click('Save to my journal instead');
    await until(async () => (await site.pause.status()).includes('Saved to your journal.'));
    await site.pause.click('Back to the conversation');
    await site.pause.waitFor({ state: 'detached' });
    expect(await site.sentTexts()).toEqual([]);

    const journal = await steady.open('journal.html');
    await journal.getByText('Did I do something wrong? Please answer').first().waitFor();
    const { entries, pauses } = await readJournal(journal);
    const entry = entries.find((e) => e.text === 'Did I do something wrong? Please answer');
    expect(entry).toMatchObject({
      kind: 'unsent',
      need: 'reassurance',
      unsent: { site: 'whatsapp', matched: ['Did I do something wrong'] },
    });
    expect(pauses).toContainEqual(
      expect.objectContaining({ site: 'whatsapp', outcome: 'saved', entryId: entry!.id }),
    );
    expect(JSON.stringify(pauses)).not.toContain('wrong');
    await journal.close();
    await site.page.close();
  });

  it('rides out the urge after Save, in the page, and gives focus back to the message', async () => {
    const site = await ImitationSite.in(steady, WHATSAPP.url, WHATSAPP.composer);
    await site.type('why are you ignoring me');
    await site.page.keyboard.press('Enter');
    await site.pause.waitFor();
    await site.pause.click('Save to my journal instead');
    await until(async () => (await site.pause.status()).includes('Saved to your journal.'));
    // The ride's script is injected by the background on this press, into Steady's own world.
    await site.pause.click('Ride out the urge (up to 15 minutes)');
    await until(async () =>
      (await site.pause.textContent()).includes('How strong is the urge right now?'),
    );
    await site.pause.click('4');
    await site.pause.click('Start riding it out');
    await until(async () => (await site.pause.textContent()).includes('Minute 1 of 15'));
    await site.pause.click('Stop here');
    await until(async () =>
      (await site.pause.textContent()).includes('You stopped after less than a minute.'),
    );
    await site.pause.click('Close');
    await site.pause.waitFor({ state: 'detached' });
    expect(await site.composer.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await site.sentTexts()).toEqual([]);

    const journal = await steady.open('journal.html');
    await until(async () => ((await readJournal(journal)).rides ?? []).length === 1);
    const { rides, pauses } = await readJournal(journal);
    expect(rides![0]).toMatchObject({ strength: 4, source: 'pause', end: 'stopped', checks: [] });
    expect(pauses.map((p) => p.id)).toContain(rides![0]!.pauseId);
    await journal.close();
    await site.page.close();
  });

  it('lets the person send anyway: their own next Enter sends', async () => {
    const site = await ImitationSite.in(steady, WHATSAPP.url, WHATSAPP.composer);
    await site.page.getByRole('button', { name: 'Alex', exact: true }).click();
    await site.type('are you mad at me??');
    await site.page.keyboard.press('Enter');
    await site.pause.waitFor();
    await site.pause.click('Send anyway');
    await site.pause.waitFor({ state: 'detached' });
    expect(await site.sentTexts()).toEqual([]);
    await site.page.keyboard.press('Enter');
    await until(async () => (await site.sentTexts()).length === 1);
    expect(await site.sentTexts()).toEqual(['are you mad at me??']);
    await site.page.close();
  });

  it('sends a neutral draft straight away', async () => {
    const site = await ImitationSite.in(steady, WHATSAPP.url, WHATSAPP.composer);
    await site.type('see you at 7');
    await site.page.keyboard.press('Enter');
    await until(async () => (await site.sentTexts()).length === 1);
    expect(await site.sentTexts()).toEqual(['see you at 7']);
    expect(await site.pause.count()).toBe(0);
    await site.page.close();
  });
});

describe('in a Gmail compose, where Ctrl+Enter and the Send button send', () => {
  it('leaves Enter as a new line, pauses Ctrl+Enter and the Send button, and Send anyway lets it go', async () => {
    const site = await ImitationSite.in(steady, GMAIL.url, GMAIL.composer);
    await site.type('are you mad at me?');
    await site.page.keyboard.press('Enter'); // a new line in Gmail
    await site.page.keyboard.type('I keep wondering');
    expect(await site.pause.count()).toBe(0);
    await site.page.keyboard.press('Control+Enter');
    await site.pause.waitFor();
    await site.page.keyboard.press('Escape');
    await site.pause.waitFor({ state: 'detached' });

    await site.page.getByRole('button', { name: 'Send', exact: true }).click();
    await site.pause.waitFor();
    expect(await site.sentTexts()).toEqual([]);
    await site.pause.click('Save to my journal instead');
    await until(async () => (await site.pause.status()).includes('Saved to your journal.'));
    await site.pause.click('Back to the conversation');
    await site.pause.waitFor({ state: 'detached' });
    expect(await site.sentTexts()).toEqual([]);

    await site.page.getByRole('button', { name: 'Send', exact: true }).click();
    await site.pause.waitFor();
    await site.pause.click('Wait 10 minutes');
    await until(async () =>
      (await site.pause.status()).includes('Steady will ask again in 10 minutes'),
    );
    const options = await OptionsPage.in(steady);
    const alarms = await options.page.evaluate(() => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      return api.alarms.getAll();
    });
    expect(alarms.map((alarm) => alarm.name)).toEqual([
      expect.stringMatching(/^steady-pause-remind:/),
    ]);
    await options.page.close();
    await site.page.keyboard.press('Escape');
    await site.pause.waitFor({ state: 'detached' });
    expect(await site.sentTexts()).toEqual([]);

    await site.page.getByRole('button', { name: 'Send', exact: true }).click();
    await site.pause.waitFor();
    await site.pause.click('Send anyway');
    await site.pause.waitFor({ state: 'detached' });
    await site.page.getByRole('button', { name: 'Send', exact: true }).click();
    await until(async () => (await site.sentTexts()).length === 1);
    expect((await site.sentTexts())[0]).toContain('I keep wondering');
    await site.page.close();
  });
});

describe('after a browser restart', () => {
  it('still pauses on the sites that are on', async () => {
    steady = await steady.restart();
    // At start the background puts the pause's scripts back from the permissions (Chromium can
    // lose registrations over a restart): a page opened before that is done has no pause yet,
    // so open the chat again until it has, as a person reloading it would.
    const deadline = Date.now() + 20_000;
    for (;;) {
      const site = await ImitationSite.in(steady, WHATSAPP.url, WHATSAPP.composer);
      await site.type('are you mad at me??');
      await site.page.keyboard.press('Enter');
      const paused = await site.pause.waitFor({ timeout: 2_000 }).then(
        () => true,
        () => false,
      );
      if (paused || Date.now() > deadline) {
        expect(paused).toBe(true);
        expect(await site.sentTexts()).toEqual([]);
        await site.page.close();
        break;
      }
      await site.page.close();
    }
  });
});

async function until(probe: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error('Gave up waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
