import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allowInPrompt,
  backgroundOf,
  ImitationSite,
  OptionsPage,
  registeredPauseScripts,
} from './pages/pauseSite';
import { serveImitations, type ImitationSites } from './support/sites';
import { launchSteady, type Steady } from './support/steady';

/**
 * The pause stays Steady's and the person's: the site's own scripts can neither see it nor drive
 * it, sending never breaks when the site takes it away, and help is in the dialog. The production
 * build in Chromium, on the imitation sites.
 */
let sites: ImitationSites;
let steady: Steady;

const WHATSAPP = { url: 'https://web.whatsapp.com/', composer: 'footer [contenteditable="true"]' };
const GMAIL = {
  url: 'https://mail.google.com/mail/u/0/#inbox',
  composer: '[aria-label="Message Body"]',
};

async function turnOn(name: string, pattern: string, id: string): Promise<void> {
  await allowInPrompt(steady, [pattern]);
  const options = await OptionsPage.open(steady);
  await options.siteSwitch(name).click();
  for (
    let i = 0;
    i < 100 && !(await registeredPauseScripts(steady)).includes(`steady-pause-${id}`);
    i++
  ) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await options.page.close();
}

async function paused(site: { url: string; composer: string }, draft = 'are you mad at me??') {
  const page = await ImitationSite.open(steady, site.url, site.composer);
  await page.type(draft);
  await page.page.keyboard.press(site === GMAIL ? 'Control+Enter' : 'Enter');
  await page.pause.waitFor();
  return page;
}

/** What the journal and the alarms hold: what a press of Save or Wait would have changed. */
async function keptSoFar(): Promise<{ entries: number; alarms: number }> {
  const journal = await steady.open('journal.html');
  const entries = await journal.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('steady-journal');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          // Entries live in packs (store/packs.ts): one by-created key each.
          const count = open.result
            .transaction('packs')
            .objectStore('packs')
            .index('by-created')
            .count();
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result);
          };
        };
      }),
  );
  await journal.close();
  const alarms = await (await backgroundOf(steady)).evaluate(() => chrome.alarms.getAll());
  return { entries, alarms: alarms.length };
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
  await turnOn('WhatsApp Web', 'https://web.whatsapp.com/*', 'whatsapp');
  await turnOn('Gmail', 'https://mail.google.com/*', 'gmail');
});

afterAll(async () => {
  await steady?.close();
  await sites?.close();
});

describe('a page cannot find or drive the pause', () => {
  it('leaves a page-made Enter on a worried draft alone: not cancelled, no pause', async () => {
    const site = await ImitationSite.open(steady, WHATSAPP.url, WHATSAPP.composer);
    await site.type('are you mad at me??');
    // Heard by the page first thing, as a capture listener on window: it comes after Steady's.
    const cancelled = await site.composer.evaluate((editor) => {
      let seen: boolean | undefined;
      addEventListener('keydown', (e) => (seen = e.defaultPrevented), {
        capture: true,
        once: true,
      });
      editor.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }),
      );
      return seen;
    });
    expect(cancelled).toBe(false);
    // The page's own handler acted on its own event, as it would without Steady.
    expect(await site.sentTexts()).toEqual(['are you mad at me??']);
    expect(await site.pause.count()).toBe(0);
    await site.page.close();
  });

  it('finds no open shadow root and nothing that names Steady, and its clicks inside change nothing', async () => {
    const before = await keptSoFar();
    const site = await paused(WHATSAPP);
    const seen = await site.page.evaluate(() => {
      const all = [...document.querySelectorAll('*')];
      const extra = [...document.documentElement.children].filter(
        (el) => el.localName !== 'head' && el.localName !== 'body',
      );
      return {
        openRoots: all.filter((el) => el.shadowRoot).length,
        // The page's own source mentions Steady in a comment; what is added, or any attribute, must not.
        html: [
          ...extra.map((el) => el.outerHTML),
          ...all.flatMap((el) => el.getAttributeNames().map((n) => `${n}=${el.getAttribute(n)}`)),
        ].join('\n'),
        extra: extra.map((el) => `${el.localName}[${el.getAttributeNames().join(',')}]`),
      };
    });
    expect(seen.openRoots).toBe(0);
    expect(seen.html).not.toMatch(/steady/i);
    expect(seen.html).not.toContain('Take a breath');
    expect(seen.html).not.toContain('“are you mad”');
    expect(seen.extra).toEqual(['div[]']); // the pause's host: a plain div, no attributes

    // The page aims at each of the pause's buttons, the only way it can: by where they are.
    for (const name of ['Save to my journal instead', 'Wait 10 minutes', 'Send anyway']) {
      const { x, y } = await site.pause.where(name);
      await site.page.evaluate(
        ({ x, y }) => {
          const target = document.elementFromPoint(x, y)!;
          const at = { bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y };
          for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
            target.dispatchEvent(new MouseEvent(type, at));
          }
          (target as HTMLElement).click();
          for (const key of ['Enter', ' ', 'Escape']) {
            target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
            document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
          }
        },
        { x, y },
      );
    }
    expect(await site.pause.count()).toBe(1);
    expect(await site.pause.status()).toBe('');
    expect(await site.sentTexts()).toEqual([]);
    expect(await keptSoFar()).toEqual(before);
    // The person's own Escape still works.
    await site.page.keyboard.press('Escape');
    await site.pause.waitFor({ state: 'detached' });
    expect(await site.sentTexts()).toEqual([]);
    await site.page.close();
  });
});

describe('sending never breaks when the page takes the pause away', () => {
  const removeThePause = () => {
    for (const el of [...document.documentElement.children]) {
      if (el.localName === 'div') el.remove();
    }
  };

  it('sends the next message, worried or calm, once the page has removed the pause', async () => {
    const site = await paused(WHATSAPP);
    await site.page.evaluate(removeThePause);
    expect(await site.pause.count()).toBe(0);
    // Focus went with the dialog; Steady puts it back in the message box.
    await expect
      .poll(() => site.composer.evaluate((el) => el === document.activeElement))
      .toBe(true);
    // The first Enter after the removal is not swallowed: the draft goes.
    await site.page.keyboard.press('Enter');
    await expect.poll(() => site.sentTexts()).toEqual(['are you mad at me??']);
    await site.type('see you at 7');
    await site.page.keyboard.press('Enter');
    await expect.poll(() => site.sentTexts()).toEqual(['are you mad at me??', 'see you at 7']);
    // A worried draft after that is paused again, visibly.
    await site.type('hello??');
    await site.page.keyboard.press('Enter');
    await site.pause.waitFor();
    expect(await site.sentTexts()).toHaveLength(2);
    await site.page.close();
  });

  it('lets go when the page covers it with a modal of its own', async () => {
    const site = await paused(WHATSAPP);
    // A site's own modal in the top layer (a session notice, say) covers everything else.
    await site.page.evaluate(() => {
      const notice = document.createElement('dialog');
      notice.id = 'notice';
      notice.textContent = 'Your session will expire soon.';
      document.body.append(notice);
      notice.showModal();
    });
    await site.pause.waitFor({ state: 'detached' });
    await site.page.evaluate(() =>
      (document.getElementById('notice') as HTMLDialogElement).close(),
    );
    await site.composer.click();
    await site.page.keyboard.press('Enter');
    await expect.poll(() => site.sentTexts()).toEqual(['are you mad at me??']);
    await site.page.close();
  });

  it('never traps the person on a page that removes every element it did not make', async () => {
    const site = await ImitationSite.open(steady, WHATSAPP.url, WHATSAPP.composer);
    await site.page.evaluate(() => {
      new MutationObserver(() => {
        for (const el of [...document.documentElement.children]) {
          if (el.localName === 'div') el.remove();
        }
      }).observe(document.documentElement, { childList: true });
    });
    await site.type('are you mad at me??');
    for (let i = 0; i < 2 && (await site.sentTexts()).length === 0; i++) {
      await site.page.keyboard.press('Enter');
    }
    await expect.poll(() => site.sentTexts()).toEqual(['are you mad at me??']);
    expect(await site.pause.count()).toBe(0);
    await site.page.close();
  });
});

describe('a send button that acts on mousedown and mouseup (Gmail, Closure controls)', () => {
  it('leaves a page-made press of the button alone', async () => {
    const site = await ImitationSite.open(steady, GMAIL.url, GMAIL.composer);
    await site.type('are you mad at me??');
    await site.page.evaluate(() => {
      const send = document.querySelector('[role="button"]')!;
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
        send.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }));
      }
    });
    expect(await site.sentTexts()).toEqual(['are you mad at me??']); // the page's own doing
    expect(await site.pause.count()).toBe(0);
    await site.page.close();
  });

  it('catches Ctrl+Enter, the button pressed by mouse and by keyboard; after Send anyway the next press sends', async () => {
    const site = await paused(GMAIL, 'are you mad at me?? I keep wondering');
    await site.page.keyboard.press('Escape');
    await site.pause.waitFor({ state: 'detached' });
    const send = site.page.getByRole('button', { name: 'Send' });

    // The keyboard's press of the button: Space (Closure acts on its keyup).
    await send.focus();
    await site.page.keyboard.press(' ');
    await site.pause.waitFor();
    expect(await site.sentTexts()).toEqual([]);
    await site.page.keyboard.press('Escape');
    await site.pause.waitFor({ state: 'detached' });

    // The mouse: the whole press is held, its mouseup included.
    await send.click();
    await site.pause.waitFor();
    expect(await site.sentTexts()).toEqual([]);
    await site.pause.click('Send anyway');
    await site.pause.waitFor({ state: 'detached' });
    expect(await site.sentTexts()).toEqual([]); // Steady never sends by itself

    // The person's next press of the button sends, once.
    await send.click();
    await expect.poll(() => site.sentTexts()).toEqual(['are you mad at me?? I keep wondering']);
    expect(await site.pause.count()).toBe(0);
    await site.page.close();
  });
});

describe('help in the moment', () => {
  it('has the crisis links in the dialog, reached by keyboard, and How this works on request', async () => {
    const site = await paused(WHATSAPP);
    expect(await site.pause.name()).toBe('Take a breath first?');
    const reached: string[] = [];
    for (let i = 0; i < 20 && !reached.includes('How this works'); i++) {
      await site.page.keyboard.press('Tab');
      reached.push((await site.pause.focused())!);
    }
    expect(reached).toEqual(
      expect.arrayContaining([
        'US: call or text 988',
        'UK & Ireland: Samaritans 116 123',
        'Elsewhere: find a helpline',
        'How this works',
      ]),
    );
    expect(await site.pause.attribute('US: call or text 988', 'target')).toBe('_blank');
    expect(await site.pause.attribute('US: call or text 988', 'href')).toBe(
      'https://988lifeline.org/',
    );
    // The mechanics wait behind the disclosure, which says whether it is open.
    expect(await site.pause.visibleText()).not.toContain('Escape takes you back');
    expect(await site.pause.attribute('How this works', 'aria-expanded')).toBe('false');
    await site.page.keyboard.press('Enter');
    expect(await site.pause.attribute('How this works', 'aria-expanded')).toBe('true');
    expect(await site.pause.visibleText()).toContain('Escape takes you back');
    expect(await site.pause.visibleText()).toContain('leaves this conversation alone');
    expect(await site.focusedInPause()).toBe('How this works');

    expect(await site.pause.seriousViolations()).toEqual([]);
    await site.page.emulateMedia({ colorScheme: 'dark' });
    expect(await site.pause.seriousViolations()).toEqual([]);
    await site.page.close();
  });
});
