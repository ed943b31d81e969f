import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImitationSite, turnOnSite } from './pages/pauseSite';
import { serveImitations, type ImitationSites } from './support/sites';
import { launchSteady, type Steady } from './support/steady';

/**
 * How the pause reads messages, end to end: real key presses in the imitation sites' composers,
 * the production build deciding. A nudge after quick sends that the first Steady let through is
 * paused; a work message that it held goes out untouched.
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
const SLACK = {
  name: 'Slack',
  patterns: ['https://app.slack.com/*'],
  id: 'slack',
  url: 'https://app.slack.com/client/T1/C1',
  composer: '.ql-editor',
};

async function send(site: ImitationSite, text: string): Promise<void> {
  await site.type(text);
  await site.page.keyboard.press('Enter');
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
  await turnOnSite(steady, WHATSAPP);
  await turnOnSite(steady, SLACK);
});

afterAll(async () => {
  await steady?.close();
  await sites?.close();
});

describe('reading messages at the default sensitivity', () => {
  it('pauses "hello?" after two quick sends, and names it and the double text', async () => {
    const site = await ImitationSite.open(steady, WHATSAPP.url, WHATSAPP.composer);
    await send(site, 'hey');
    await send(site, 'how was the interview');
    await expect.poll(() => site.sentTexts()).toEqual(['hey', 'how was the interview']);
    expect(await site.pause.count()).toBe(0);

    await send(site, 'hello?');
    await site.pause.waitFor();
    const said = await site.pause.visibleText();
    expect(said).toContain('hello?');
    expect(said).toContain('several messages in a row');
    expect(await site.sentTexts()).toEqual(['hey', 'how was the interview']);
    expect(await site.composer.innerText()).toContain('hello?');
    await site.page.close();
  });

  it('pauses a worry in words no list holds, and names the words from the draft', async () => {
    const site = await ImitationSite.open(steady, WHATSAPP.url, WHATSAPP.composer);
    await send(site, 'you went really quiet after dinner, did i say something weird');
    await site.pause.waitFor();
    expect(await site.sentTexts()).toEqual([]);
    await site.page.keyboard.press('Escape');
    await site.pause.waitFor({ state: 'detached' });
    await site.page.close();
  });

  it('sends "just checking: is the meeting at 3?" untouched on Slack', async () => {
    const site = await ImitationSite.open(steady, SLACK.url, SLACK.composer);
    await send(site, 'just checking: is the meeting at 3?');
    await expect.poll(() => site.sentTexts()).toEqual(['just checking: is the meeting at 3?']);
    expect(await site.pause.count()).toBe(0);
    await send(site, 'No importa, ya lo encontré');
    await expect.poll(() => site.sentTexts()).toHaveLength(2);
    expect(await site.pause.count()).toBe(0);
    await site.page.close();
  });
});
