import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImitationSite, turnOnSite } from './pages/pauseSite';
import { seriousViolations } from './support/axe';
import { serveImitations, type ImitationSites } from './support/sites';
import { launchSteady, type Steady } from './support/steady';

/**
 * "Ride it out" after a pause, end to end in the production build: a worried message on the
 * imitation WhatsApp, "Save instead", then the ride the background injects into the page,
 * worked with real clicks. Minutes pass on a fake clock installed in Steady's own world of the
 * page (the content scripts' isolated world, reached over CDP: Playwright's page.clock reaches
 * only the page's world). The ride lands in the journal and, from three rides, in Patterns, and
 * the next pause speaks of them.
 */
let sites: ImitationSites;
let steady: Steady;

const WHATSAPP = {
  name: 'WhatsApp Web',
  patterns: ['https://web.whatsapp.com/*'],
  id: 'whatsapp',
  url: 'https://web.whatsapp.com/',
  composer: 'footer [contenteditable="true"]',
};

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
  await steady?.close();
  await sites?.close();
});

/**
 * A fake clock for Steady's world only: Date.now is moved by `advance`, and timers of a second
 * or more wait for it (shorter ones, such as a frame's, run as they would).
 */
function installFakeClock(): void {
  const g = globalThis as unknown as Record<string, unknown>;
  if (g.__fakeClock) return;
  const realNow = Date.now.bind(Date);
  const realSet = globalThis.setTimeout.bind(globalThis);
  const realClear = globalThis.clearTimeout.bind(globalThis);
  let offset = 0;
  let next = 1e6;
  const timers = new Map<number, { at: number; run: () => void }>();
  Date.now = () => realNow() + offset;
  g.setTimeout = (run: () => void, ms = 0) => {
    if (ms < 1000) return realSet(run, ms);
    const id = next++;
    timers.set(id, { at: Date.now() + ms, run });
    return id;
  };
  g.clearTimeout = (id: number) => (timers.delete(id) ? undefined : realClear(id));
  g.__fakeClock = {
    advance(ms: number) {
      const until = Date.now() + ms;
      for (;;) {
        const due = [...timers].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at);
        if (!due.length) break;
        const [id, timer] = due[0]!;
        offset = Math.max(offset, timer.at - realNow());
        timers.delete(id);
        timer.run();
      }
      offset = until - realNow();
    },
  };
}

async function advance(site: ImitationSite, minutes: number): Promise<void> {
  await site.pause.inRoot((_root, ms) => {
    (globalThis as unknown as { __fakeClock: { advance(ms: number): void } }).__fakeClock.advance(
      ms,
    );
  }, minutes * 60_000);
}

/** A worried message, paused and saved instead; returns the site with the pause done. */
async function pauseAndSave(site: ImitationSite, text: string): Promise<void> {
  await site.type(text);
  await site.page.keyboard.press('Enter');
  await site.pause.waitFor();
  await site.pause.click('Save to my journal instead');
  await expect.poll(() => site.pause.status()).toContain('Saved to your journal.');
}

/** Rides three minutes: strength 7, then "still as strong", "easing", "easing", then stop. */
async function rideThreeMinutes(site: ImitationSite): Promise<void> {
  await site.pause.inRoot(installFakeClock);
  await site.pause.click('Ride out the urge (up to 15 minutes)');
  await expect.poll(() => site.pause.visibleText()).toContain('How strong is the urge right now?');
  await site.pause.click('7');
  await site.pause.click('Start riding it out');
  await expect.poll(() => site.pause.visibleText()).toContain('Minute 1 of 15');
  for (const answer of ['Still as strong', 'Easing', 'Easing']) {
    await advance(site, 1);
    await expect.poll(() => site.pause.visibleText()).toContain('How is the urge now?');
    await site.pause.click(answer);
  }
  await expect.poll(() => site.pause.visibleText()).toContain('Minute 4 of 15');
  await site.pause.click('Stop here');
  await expect
    .poll(() => site.pause.visibleText())
    .toContain('You rode it for 3 minutes, and it eased from 7 to about 4.');
}

describe('riding out an urge after a pause', () => {
  it('rides three minutes on a fake clock, stores times and strengths only, and gives focus back', async () => {
    const site = await ImitationSite.open(steady, WHATSAPP.url, WHATSAPP.composer);
    await pauseAndSave(site, 'are you mad at me? you went quiet');
    // No line yet: there are no rides to speak of.
    expect(await site.pause.textContent()).not.toContain('urges eased');
    await rideThreeMinutes(site);
    expect(await site.pause.seriousViolations()).toEqual([]);
    await site.pause.click('Close');
    await site.pause.waitFor({ state: 'detached' });
    // Back in the message box, and nothing was sent.
    expect(await site.composer.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await site.sentTexts()).toEqual([]);

    const journal = await steady.open('journal.html');
    const rides = await journal.evaluate(
      () =>
        new Promise<unknown[]>((resolve, reject) => {
          const open = indexedDB.open('steady-journal');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('rides').objectStore('rides').getAll();
            get.onsuccess = () => resolve(get.result);
          };
        }),
    );
    expect(rides).toHaveLength(1);
    const ride = rides[0] as Record<string, unknown>;
    expect(ride).toMatchObject({ strength: 7, minutes: 15, source: 'pause', end: 'stopped' });
    expect((ride.checks as { answer: string }[]).map((c) => c.answer)).toEqual([
      'same',
      'easing',
      'easing',
    ]);
    expect(typeof ride.pauseId).toBe('string');
    // Times and strengths only: not a word of the message.
    expect(JSON.stringify(ride)).not.toMatch(/mad|quiet/);
    await journal.close();
    await site.page.close();
  });

  it('draws Patterns from three rides, and the next pause says how they eased', async () => {
    const site = await ImitationSite.open(steady, WHATSAPP.url, WHATSAPP.composer);
    for (const text of ['did I do something wrong??', 'why are you ignoring me']) {
      await pauseAndSave(site, text);
      await rideThreeMinutes(site);
      await site.pause.click('Close');
      await site.pause.waitFor({ state: 'detached' });
    }
    // The finished ride told the page's pause to ask again: the next pause has the line.
    await site.type('please just tell me if you are upset with me');
    await site.page.keyboard.press('Enter');
    await site.pause.waitFor();
    await expect
      .poll(() => site.pause.textContent())
      .toContain('Your last 3 urges eased within about 2 minutes.');
    await site.page.keyboard.press('Escape');
    await site.page.close();

    const journal = await steady.open('journal.html?view=insights');
    const chart = journal.getByRole('img', { name: 'Urges over time: your own rides' });
    await chart.waitFor();
    await expect
      .poll(() => journal.locator('#chart-urges-summary').textContent())
      .toContain(
        '3 urges ridden out. 3 eased while you stayed with them, usually after about 2 minutes',
      );
    expect(await journal.locator('#chart-urges-title ~ svg path').count()).toBe(3);
    expect(await seriousViolations(journal)).toEqual([]);
    await journal.close();
  });
});
