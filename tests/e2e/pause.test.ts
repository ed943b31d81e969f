import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allowInPrompt,
  backgroundOf,
  ImitationSite,
  OptionsPage,
  registeredPauseScripts,
} from './pages/pauseSite';
import { seriousViolations } from './support/axe';
import { IMITATIONS, serveImitations, type ImitationSites } from './support/sites';
import { launchSteady, type Steady } from './support/steady';

/**
 * Pause before sending, end to end: the production build in Chromium, imitation sites served on
 * loopback under the real host names, each site turned on through the options page.
 */
let sites: ImitationSites;
let steady: Steady;

const WHATSAPP = {
  name: 'WhatsApp Web',
  url: 'https://web.whatsapp.com/',
  composer: 'footer [contenteditable="true"]',
};
const SLACK = { name: 'Slack', url: 'https://app.slack.com/client/T1/C1', composer: '.ql-editor' };
const GMAIL = {
  name: 'Gmail',
  url: 'https://mail.google.com/mail/u/0/#inbox',
  composer: '[aria-label="Message Body"]',
};
const MESSAGES = {
  name: 'Google Messages',
  url: 'https://messages.google.com/web/conversations/1',
  composer: 'textarea',
};

async function turnOn(name: string, patterns: string[], id: string): Promise<void> {
  await allowInPrompt(steady, patterns);
  const options = await OptionsPage.open(steady);
  await options.siteSwitch(name).click();
  await expect.poll(() => options.siteSwitch(name).isChecked()).toBe(true);
  await expect.poll(() => registeredPauseScripts(steady)).toContain(`steady-pause-${id}`);
  await options.page.close();
}

async function open(site: { url: string; composer: string }): Promise<ImitationSite> {
  return ImitationSite.open(steady, site.url, site.composer);
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
});

/** Requests that left the browser for anywhere but the imitation sites (chrome:// is the browser's own UI). */
function strayRequests(): string[] {
  const hosts = new Set(Object.keys(IMITATIONS));
  return steady
    .foreignRequests()
    .filter((url) => !url.startsWith('chrome://') && !hosts.has(new URL(url).hostname));
}

afterAll(async () => {
  // No request left the machine: only the extension's files and the imitation pages themselves.
  expect(strayRequests()).toEqual([]);
  expect(sites.log.filter((line) => !/ GET \/[^ ]*$/.test(line))).toEqual([]);
  await steady?.close();
  await sites?.close();
});

describe('turning the pause on', () => {
  it('holds no host permission at install, and turns four sites on through the options page', async () => {
    const background = await backgroundOf(steady);
    expect(await background.evaluate(() => chrome.permissions.getAll())).toMatchObject({
      origins: [],
    });
    expect(await registeredPauseScripts(steady)).toEqual([]);
    await turnOn('WhatsApp Web', ['https://web.whatsapp.com/*'], 'whatsapp');
    await turnOn('Slack', ['https://app.slack.com/*'], 'slack');
    await turnOn('Gmail', ['https://mail.google.com/*'], 'gmail');
    await turnOn('Google Messages', ['https://messages.google.com/*'], 'googlemessages');

    const options = await OptionsPage.open(steady);
    expect(await options.siteSwitch('Discord').isChecked()).toBe(false);
    expect(await seriousViolations(options.page)).toEqual([]);
    await options.page.close();
  });

  it('brings a settings change to a page that is already open: pause before every message', async () => {
    const site = await open({ ...WHATSAPP, url: `${WHATSAPP.url}?settings` });
    const options = await OptionsPage.open(steady);
    const always = options.page.getByRole('checkbox', {
      name: 'Pause before every message on WhatsApp Web',
    });
    await always.check();
    await options.page.getByText('Saved.', { exact: true }).waitFor();
    await site.type('see you at 7');
    await site.page.keyboard.press('Enter');
    await site.pause.waitFor();
    expect(await site.pause.textContent()).toContain('pause before every message here');
    await site.page.keyboard.press('Escape');
    await always.uncheck();
    await options.page.getByText('Saved.', { exact: true }).waitFor();
    await options.page.close();
    // The change reaches the page through a storage event; Enter until it has (at most a moment).
    await expect
      .poll(async () => {
        if (await site.pause.count()) await site.page.keyboard.press('Escape');
        await site.page.keyboard.press('Enter');
        return site.sentTexts();
      })
      .toEqual(['see you at 7']);
    await site.page.close();
  });
});

describe('pause before sending on a Lexical editor (WhatsApp), where Enter sends', () => {
  it('pauses a reassurance-seeking draft, sends nothing, traps focus, and Escape goes back', async () => {
    const site = await open(WHATSAPP);
    await site.type('are you mad at me??');
    await site.page.keyboard.press('Enter');
    await site.pause.waitFor();
    expect(await site.sentTexts()).toEqual([]);
    expect(await site.pause.textContent()).toContain('“are you mad at me”');
    expect(await site.focusInPause()).toBe(true);
    // Tab cycles inside the dialog, never back to the page.
    for (let i = 0; i < 12; i++) await site.page.keyboard.press('Tab');
    expect(await site.focusInPause()).toBe(true);
    expect(await site.pause.seriousViolations()).toEqual([]);
    // Dark and reduced motion: still accessible, and the breathing circle stands still.
    await site.page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    expect(await site.pause.seriousViolations()).toEqual([]);
    const circle = () =>
      site.pause.inRoot((root) => getComputedStyle(root!.querySelector('.circle')!).transform);
    const still = await circle();
    await site.page.waitForTimeout(600);
    expect(await circle()).toBe(still);
    await site.page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    // Steady never announces itself to the site.
    expect(
      await site.page.evaluate(
        () => (window as unknown as { messagesSeen: string[] }).messagesSeen,
      ),
    ).toEqual([]);

    await site.page.keyboard.press('Escape');
    await site.pause.waitFor({ state: 'detached' });
    expect(await site.composer.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await site.sentTexts()).toEqual([]);
    await site.page.close();
  });

  /** Opens WhatsApp with a worried draft held by the pause. */
  async function paused(): Promise<ImitationSite> {
    const site = await open(WHATSAPP);
    await site.type('are you mad at me??');
    await site.page.keyboard.press('Enter');
    await site.pause.waitFor();
    return site;
  }

  it('keeps Tab and Shift+Tab in the pause from any chosen need, and takes focus back from the page', async () => {
    const site = await paused();
    // A need other than the first is chosen; Shift+Tab from it goes to the dialog's last stop,
    // never to the page's Send button or composer, and Tab comes back round to the choice.
    await site.pause.click('Space');
    expect(await site.focusedInPause()).toBe('radio:space');
    await site.page.keyboard.press('Shift+Tab');
    expect(await site.focusedInPause()).toBe('How this works');
    await site.page.keyboard.press('Tab');
    expect(await site.focusedInPause()).toBe('radio:space');
    for (let i = 0; i < 7; i++) {
      await site.page.keyboard.press('Shift+Tab');
      expect(await site.focusedInPause()).not.toBeNull();
    }
    // Focus taken by a page script comes back to where it was in the pause.
    await site.page.keyboard.press('Tab');
    const before = await site.focusedInPause();
    await site.composer.evaluate((el) => (el as HTMLElement).focus());
    expect(await site.focusedInPause()).toBe(before);
    expect(await site.sentTexts()).toEqual([]);
    await site.page.close();
  });

  it('keeps focus in the pause after a click on the backdrop, where Escape still goes back', async () => {
    const site = await open(WHATSAPP);
    // A page's own heavy-handed styles do not reach into the pause.
    await site.page.addStyleTag({
      content: 'html>div{display:none!important;color:red!important;font-family:serif!important}',
    });
    await site.type('are you mad at me??');
    await site.page.keyboard.press('Enter');
    await site.pause.waitFor();
    expect(
      await site.pause.inRoot((root) => {
        const style = getComputedStyle(root!.querySelector('[role="dialog"]')!);
        return [style.color === 'rgb(255, 0, 0)', /serif/.test(style.fontFamily.split(',')[0]!)];
      }),
    ).toEqual([false, false]);

    await site.page.mouse.click(4, 4); // the dimmed area around the dialog
    expect(await site.focusedInPause()).toBe('dialog');
    expect(await site.pause.count()).toBe(1); // a backdrop click does not close the pause
    await site.page.keyboard.press('Escape');
    await site.pause.waitFor({ state: 'detached' });
    expect(await site.composer.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await site.sentTexts()).toEqual([]);
    await site.page.close();
  });

  it('offers a visible way back to the message from the start, for a mouse or touch', async () => {
    const site = await paused();
    // Send anyway keeps no need, and the pause does not suggest otherwise.
    expect(await site.pause.textContent()).toContain(
      'Your answer is kept with the message only if you save it or wait.',
    );
    await site.pause.click('Back to my message');
    await site.pause.waitFor({ state: 'detached' });
    expect(await site.composer.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await site.composer.innerText()).toBe('are you mad at me??');
    expect(await site.sentTexts()).toEqual([]);
    await site.page.close();
  });

  it('keeps focus and says why when Save fails, and keeps the draft in the message box', async () => {
    const site = await open(WHATSAPP);
    await site.type('are you mad at me??');
    // Longer than a journal entry can hold: retrying cannot fix it, and the pause says so.
    const long = `are you mad at me?? ${'x'.repeat(100_000)}`;
    await site.composer.evaluate((el, text) => (el.firstChild!.textContent = text), long);
    await site.page.keyboard.press('Enter');
    await site.pause.waitFor();
    const save = 'Save to my journal instead';
    // Every attribute the buttons get while the save is on its way (watched from Steady's world).
    await site.pause.inRoot((root) => {
      const seen: string[] = [];
      (globalThis as unknown as { attributesSeen: string[] }).attributesSeen = seen;
      new MutationObserver((records) => {
        for (const r of records)
          if (r.target instanceof HTMLButtonElement) seen.push(r.attributeName!);
      }).observe(root!, { subtree: true, attributes: true });
    });
    await site.pause.focus(save);
    await site.page.keyboard.press('Enter');
    await expect.poll(() => site.pause.status()).not.toBe('');
    // Busy was said with aria-disabled, never `disabled` (which can drop focus to the page)…
    const seen = await site.pause.inRoot(
      () => (globalThis as unknown as { attributesSeen: string[] }).attributesSeen,
    );
    expect(seen).toContain('aria-disabled');
    expect(seen).not.toContain('disabled');
    // …so focus stayed where it was, and the button works again.
    expect(await site.focusedInPause()).toBe(save);
    expect(await site.pause.attribute(save, 'aria-disabled')).toBeNull();
    expect(await site.pause.attribute(save, 'disabled')).toBeNull();
    const status = { textContent: () => site.pause.status() };
    // The reason's own sentence: trying again cannot fix "too long".
    expect(await status.textContent()).toContain('100,020 characters');
    expect(await status.textContent()).toContain('Nothing was sent');
    await site.page.keyboard.press('Escape');
    await site.pause.waitFor({ state: 'detached' });
    expect(await site.composer.evaluate((el) => el.textContent)).toBe(long);
    expect(await site.sentTexts()).toEqual([]);
    await site.page.close();
  });

  it('leaves only the chat sent to alone after Send anyway, told apart by its name', async () => {
    const site = await open(WHATSAPP);
    const chat = (name: string) => site.page.getByRole('button', { name, exact: true }).click();
    await chat('Alex');
    await site.type('are you mad at me??');
    await site.page.keyboard.press('Enter');
    await site.pause.waitFor();
    await site.pause.click('Send anyway');
    await site.pause.waitFor({ state: 'detached' });
    await site.page.keyboard.press('Enter');
    await expect.poll(() => site.sentTexts()).toEqual(['are you mad at me??']);

    // The same chat, within the cooldown: no second pause.
    await site.type('did I do something wrong??');
    await site.page.keyboard.press('Enter');
    await expect.poll(() => site.sentTexts()).toHaveLength(2);
    expect(await site.pause.count()).toBe(0);

    // Another chat, on the very same address: paused as usual.
    await chat('Jo');
    await site.type('are you mad at me??');
    await site.page.keyboard.press('Enter');
    await site.pause.waitFor({ timeout: 5000 });
    expect(await site.sentTexts()).toHaveLength(2);
    expect(await site.pause.textContent()).toContain(
      'leaves this conversation alone for 10 minutes',
    );
    await site.page.keyboard.press('Escape');
    await site.pause.waitFor({ state: 'detached' });

    // Back to Alex: still left alone. The chat's name is never kept, only a hash of it.
    await chat('Alex');
    await site.page.keyboard.press('Enter');
    await expect.poll(() => site.sentTexts()).toHaveLength(3);
    const cooldowns = await (
      await backgroundOf(steady)
    ).evaluate(() => chrome.storage.session.get(null));
    expect(JSON.stringify(cooldowns)).not.toContain('Alex');
    expect(Object.keys(cooldowns['pause:cooldowns'] as object)).toEqual([
      expect.stringMatching(/^whatsapp:~[0-9a-z]+$/),
    ]);
    await site.page.close();

    // A page where chats cannot be told apart says so, rather than promising a conversation.
    const plain = await open({ ...WHATSAPP, url: `${WHATSAPP.url}?variant=noheader` });
    await plain.type('are you mad at me??');
    await plain.page.keyboard.press('Enter');
    await plain.pause.waitFor();
    expect(await plain.pause.textContent()).toContain(
      'leaves this whole site alone for 10 minutes',
    );
    await plain.page.keyboard.press('Escape');
    await plain.page.close();
  });

  it('sends a neutral draft normally, and Shift+Enter makes a new line', async () => {
    const site = await open(WHATSAPP);
    await site.type('see you at 7');
    await site.page.keyboard.press('Shift+Enter');
    await site.page.keyboard.type('bring snacks');
    expect(await site.sentTexts()).toEqual([]);
    expect(await site.composer.innerText()).toMatch(/see you at 7\n+bring snacks/);
    await site.page.keyboard.press('Enter');
    await expect
      .poll(() => site.sentTexts())
      .toEqual([expect.stringMatching(/see you at 7\n+bring snacks/)]);
    expect(await site.pause.count()).toBe(0);
    await site.page.close();
  });

  it('saves the draft to the journal instead, with the need chosen', async () => {
    const site = await open(WHATSAPP);
    await site.type('Did I do something wrong? Please answer');
    await site.page.keyboard.press('Enter');
    await site.pause.click('Reassurance');
    await site.pause.click('Save to my journal instead');
    await expect.poll(() => site.pause.status()).toContain('Saved to your journal.');
    await site.pause.click('Back to the conversation');
    await site.pause.waitFor({ state: 'detached' });
    expect(await site.sentTexts()).toEqual([]);

    const journal = await steady.open('journal.html');
    await journal.getByText('Did I do something wrong? Please answer').first().waitFor();
    const stored = await journal.evaluate(
      () =>
        new Promise<unknown[]>((resolve, reject) => {
          const open = indexedDB.open('steady-journal');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['packs', 'pauses']);
            const entries = tx.objectStore('packs').getAll();
            const pauses = tx.objectStore('pauses').getAll();
            tx.oncomplete = () => {
              db.close();
              const packed = entries.result.flatMap(
                (pack: { entries?: unknown[] }) => pack.entries ?? [],
              );
              resolve([packed, pauses.result]);
            };
          };
        }),
    );
    const [entries, pauses] = stored as [Record<string, unknown>[], Record<string, unknown>[]];
    const entry = entries.find((e) => e.text === 'Did I do something wrong? Please answer');
    expect(entry).toMatchObject({
      kind: 'unsent',
      need: 'reassurance',
      unsent: { site: 'whatsapp', matched: ['Did I do something wrong'] },
    });
    expect(pauses).toContainEqual(
      expect.objectContaining({ site: 'whatsapp', outcome: 'saved', entryId: entry!.id }),
    );
    // The pause event keeps no words of the message.
    expect(JSON.stringify(pauses)).not.toContain('wrong');
    await journal.close();
    await site.page.close();
  });

  it('never blocks sending when the composer is not recognised or is replaced mid-pause', async () => {
    const changed = await ImitationSite.open(
      steady,
      `${WHATSAPP.url}?variant=changed`,
      '[contenteditable="true"]',
    );
    await changed.type('are you mad at me??');
    await changed.page.keyboard.press('Enter');
    await expect.poll(() => changed.sentTexts()).toEqual(['are you mad at me??']);
    expect(await changed.pause.count()).toBe(0);
    await changed.page.close();

    const site = await open(WHATSAPP);
    await site.type('hello??');
    await site.page.keyboard.press('Enter');
    await site.pause.waitFor();
    await site.page.evaluate(() =>
      (window as unknown as { replaceComposer(): void }).replaceComposer(),
    );
    await site.pause.click('Send anyway');
    await site.pause.waitFor({ state: 'detached' });
    // Focus lands in the page's new composer and the user's next Enter sends.
    expect(await site.composer.evaluate((el) => el === document.activeElement)).toBe(true);
    await site.page.keyboard.press('Enter');
    await expect.poll(() => site.sentTexts()).toEqual(['hello??']);
    await site.page.close();
  });
});

describe('keys other than Enter', () => {
  // What a keystroke costs is measured by `npm run bench` (a figure, never a stopwatch test).
  it('pass through untouched, on a chat page with 5,000 messages', async () => {
    expect(await registeredPauseScripts(steady)).toContain('steady-pause-whatsapp');
    const site = await open(WHATSAPP);
    const result = await site.page.evaluate(() => {
      const list = document.getElementById('sent')!;
      for (let i = 0; i < 5000; i++)
        list.append(Object.assign(document.createElement('li'), { textContent: `message ${i}` }));
      const editor = document.querySelector('[contenteditable]')!;
      let reachedPage = 0;
      let prevented = 0;
      editor.addEventListener('keydown', () => reachedPage++);
      for (const key of ['a', 'z', '?', 'Backspace', 'ArrowLeft', 'Tab', ' ']) {
        const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
        editor.dispatchEvent(event);
        if (event.defaultPrevented) prevented++;
      }
      return { reachedPage, prevented };
    });
    expect(result).toEqual({ reachedPage: 7, prevented: 0 });
    expect(await site.pause.count()).toBe(0);
    await site.page.close();
  });
});

describe('pause before sending on a Quill editor with a send button (Slack)', () => {
  it('catches a click on the send button; Send anyway lets the next send through and the cooldown holds', async () => {
    const site = await open(SLACK);
    await site.type('just checking, are we ok?');
    await site.page.getByRole('button', { name: 'Send now' }).click();
    await site.pause.waitFor();
    expect(await site.sentTexts()).toEqual([]);

    await site.pause.click('Send anyway');
    await site.pause.waitFor({ state: 'detached' });
    expect(await site.sentTexts()).toEqual([]); // Steady never sends by itself
    await site.page.keyboard.press('Enter'); // the user's own Enter
    await expect.poll(() => site.sentTexts()).toEqual(['just checking, are we ok?']);

    // Same conversation, within the cooldown: no second pause, even for a worried draft.
    await site.type('are you mad at me??');
    await site.page.getByRole('button', { name: 'Send now' }).click();
    await expect.poll(() => site.sentTexts()).toHaveLength(2);
    expect(await site.pause.count()).toBe(0);

    // The cooldown outlives the page: it is kept by the background for this conversation.
    await site.page.reload();
    await site.type('are you mad at me??');
    await site.page.keyboard.press('Enter');
    await expect.poll(() => site.sentTexts()).toEqual(['are you mad at me??']);
    await site.page.close();

    const events = await (await backgroundOf(steady)).evaluate(() => chrome.alarms.getAll());
    expect(events).toEqual([]); // Send anyway schedules nothing
  });
});

describe('pause before sending in a Gmail compose, where Ctrl+Enter sends', () => {
  it('leaves Enter as a new line, pauses Ctrl+Enter and the Send button, and Wait schedules the reminder', async () => {
    const site = await open(GMAIL);
    await site.type('are you mad at me?');
    await site.page.keyboard.press('Enter'); // a new line in Gmail
    await site.page.keyboard.type('I keep wondering');
    expect(await site.pause.count()).toBe(0);
    await site.page.keyboard.press('Control+Enter');
    await site.pause.waitFor();
    await site.page.keyboard.press('Escape');
    await site.pause.waitFor({ state: 'detached' });

    await site.page.getByRole('button', { name: 'Send' }).click();
    await site.pause.waitFor();
    expect(await site.sentTexts()).toEqual([]);
    await site.pause.click('Wait 10 minutes');
    await expect.poll(() => site.pause.status()).toContain('Steady will ask again in 10 minutes');
    expect(await site.sentTexts()).toEqual([]);

    const alarms = await (await backgroundOf(steady)).evaluate(() => chrome.alarms.getAll());
    expect(alarms).toHaveLength(1);
    expect(alarms[0]!.name).toMatch(/^steady-pause-remind:/);
    expect(alarms[0]!.scheduledTime - Date.now()).toBeGreaterThan(9 * 60_000);
    await site.page.close();
  });
});

describe('pause before sending in a plain textarea (Google Messages)', () => {
  it('lets composition input through untouched', async () => {
    const site = await open(MESSAGES);
    await site.composer.fill('are you mad?? 怒って');
    // An Enter that picks an IME candidate (isComposing, or keyCode 229) is not a send.
    const notPrevented = await site.composer.evaluate((box) => [
      box.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: 'Enter',
          isComposing: true,
          bubbles: true,
          cancelable: true,
        }),
      ),
      box.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: 'Enter',
          keyCode: 229,
          bubbles: true,
          cancelable: true,
        }),
      ),
    ]);
    expect(notPrevented).toEqual([true, true]);
    expect(
      await site.page.evaluate(() => (window as unknown as { keysSeen: string[] }).keysSeen),
    ).toEqual(['Enter:composing', 'Enter:composing']);
    expect(await site.pause.count()).toBe(0);
    await site.page.close();
  });

  it('pauses the third quick message in a row', async () => {
    const site = await open({
      ...MESSAGES,
      url: 'https://messages.google.com/web/conversations/2',
    });
    // Two ordinary sends first ("hello" alone after an unanswered "hey" is itself weighed as a
    // nudge by the model now, so it is not one of them).
    for (const text of ['hey', 'how was your day']) {
      await site.type(text);
      await site.page.keyboard.press('Enter');
    }
    await expect.poll(() => site.sentTexts()).toEqual(['hey', 'how was your day']);
    await site.type('you there');
    await site.page.keyboard.press('Enter');
    await site.pause.waitFor();
    expect(await site.pause.textContent()).toContain('several messages in a row');
    expect(await site.sentTexts()).toEqual(['hey', 'how was your day']);
    await site.page.close();
  });

  it('stops the script and gives the permission back when the site is turned off', async () => {
    const open1 = await open(MESSAGES);
    const options = await OptionsPage.open(steady);
    await options.siteSwitch('Google Messages').click();
    await expect.poll(() => options.siteSwitch('Google Messages').isChecked()).toBe(false);
    await expect
      .poll(() => registeredPauseScripts(steady))
      .not.toContain('steady-pause-googlemessages');
    expect(
      await options.page.evaluate(() =>
        chrome.permissions.contains({ origins: ['https://messages.google.com/*'] }),
      ),
    ).toBe(false);
    await options.page.close();

    // The page that was already open stands down; a new one gets no script at all.
    await open1.type('are you mad at me??');
    await open1.page.keyboard.press('Enter');
    await expect.poll(() => open1.sentTexts()).toEqual(['are you mad at me??']);
    const fresh = await open(MESSAGES);
    await fresh.type('are you mad at me??');
    await fresh.page.keyboard.press('Enter');
    await expect.poll(() => fresh.sentTexts()).toEqual(['are you mad at me??']);
    expect(await fresh.pause.count()).toBe(0);
    await open1.page.close();
    await fresh.page.close();
  });
});

describe('after a browser restart', () => {
  it('still pauses on the sites that are on, and not on the one turned off', async () => {
    expect(strayRequests()).toEqual([]);
    steady = await steady.restart();
    await expect
      .poll(() => registeredPauseScripts(steady))
      .toEqual(['steady-pause-gmail', 'steady-pause-slack', 'steady-pause-whatsapp']);
    const site = await open(WHATSAPP);
    await site.type('¿estás enojado conmigo?');
    await site.page.keyboard.press('Enter');
    await site.pause.waitFor();
    expect(await site.pause.textContent()).toContain('“estás enojado conmigo”');
    expect(await site.sentTexts()).toEqual([]);
    await site.page.close();
  });
});
