import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImitationSite, turnOnSiteIn } from '../pages/pauseSite';
import { until } from '../pages/locators';
import { launchIn } from '../support/launch';
import { serveImitations, type ImitationSites } from '../support/sites';
import type { SteadyIn, UiPage } from '../support/ui';

/**
 * Pause before sending on pages built with the real editor frameworks (support/editors.ts),
 * not copies of their DOM: the framework renders the composer, handles the typing and sends
 * on its own Enter. What a person must see on each: an ordinary message goes at once; a
 * worried one is held with every word still in the editor's own model; the way back puts
 * the caret where it was, so the next words land after the last ones; Shift+Enter is still a
 * new line; and after Send anyway their own Enter sends through the framework.
 */
let sites: ImitationSites;
let steady: SteadyIn;

interface RealEditor {
  framework: string;
  site: { name: string; patterns: string[]; id: string };
  /** The chat `n`: each test writes in its own, since Send anyway quiets one chat for a while. */
  url(n: number): string;
  /** The element the framework renders, found by the framework's own marks. */
  composer: string;
  /** The page's send button, where the site has one. */
  button?: string;
}

const EDITORS: RealEditor[] = [
  {
    framework: 'Lexical',
    site: { name: 'Messenger', patterns: ['https://www.messenger.com/*'], id: 'messenger' },
    url: (n) => `https://www.messenger.com/t/${n}`,
    composer: '[data-lexical-editor="true"]',
    button: '[aria-label="Press enter to send"]',
  },
  {
    framework: 'Quill',
    site: { name: 'Slack', patterns: ['https://app.slack.com/*'], id: 'slack' },
    url: (n) => `https://app.slack.com/client/T1/C${n}?editor=quill`,
    composer: '.ql-editor',
    button: '[data-qa="texty_send_button"]',
  },
  {
    framework: 'Slate (React)',
    site: { name: 'Discord', patterns: ['https://discord.com/*'], id: 'discord' },
    url: (n) => `https://discord.com/channels/1/${n}`,
    composer: '[data-slate-editor="true"]',
  },
  {
    framework: 'ProseMirror',
    site: { name: 'LinkedIn', patterns: ['https://www.linkedin.com/*'], id: 'linkedin' },
    url: (n) => `https://www.linkedin.com/messaging/thread/${n}/`,
    composer: '.ProseMirror',
    button: '.msg-form__send-button',
  },
  {
    framework: 'Draft.js (React)',
    site: { name: 'X', patterns: ['https://x.com/*', 'https://twitter.com/*'], id: 'x' },
    url: (n) => `https://x.com/messages/100-${n}`,
    composer: '.public-DraftEditor-content',
    button: '[data-testid="dmComposerSendButton"]',
  },
];

beforeAll(async () => {
  sites = await serveImitations();
  steady = await launchIn({ sites });
  for (const { site } of EDITORS) await turnOnSiteIn(steady, site);
}, 120_000);
afterAll(async () => {
  // Nothing left the machine: the frameworks are bundled into the test pages themselves.
  expect(steady.foreignRequests()).toEqual([]);
  await steady?.close();
  await sites?.close();
});

/** The draft as the framework's own model holds it (not the DOM). */
function draftOf(page: UiPage): Promise<string> {
  return page.evaluate(() => (window as unknown as { editorText(): string }).editorText());
}

async function openEditor(editor: RealEditor, chat: number): Promise<ImitationSite<UiPage>> {
  const site = await ImitationSite.in(steady, editor.url(chat), editor.composer);
  // The framework has made its element editable (Steady's selector for the site needs that).
  await until(`${editor.framework} to start`, async () =>
    site.composer.evaluate((el) => el.isContentEditable),
  );
  return site;
}

describe.each(EDITORS)(
  `on a real $framework editor ($site.name, ${process.env.STEADY_E2E_BROWSER ?? 'chromium'})`,
  (editor) => {
    it('sends an ordinary message at once, through the editor’s own Enter', async () => {
      const site = await openEditor(editor, 1);
      await site.type('the meeting moved to room 4 at 3pm');
      await site.page.keyboard.press('Enter');
      await until('the message to be sent', async () => (await site.sentTexts()).length === 1);
      expect(await site.sentTexts()).toEqual(['the meeting moved to room 4 at 3pm']);
      expect(await draftOf(site.page)).toBe('');
      expect(await site.pause.count()).toBe(0);
      await site.page.close();
    });

    it('holds a worried draft with every word in the editor, and the way back keeps the caret', async () => {
      const site = await openEditor(editor, 2);
      await site.type('are you mad at me??');
      await site.page.keyboard.press('Enter');
      await site.pause.waitFor();
      expect(await site.sentTexts()).toEqual([]);
      expect(await draftOf(site.page)).toBe('are you mad at me??');
      expect(await site.pause.textContent()).toContain('“are you mad at me”');

      await site.page.keyboard.press('Escape');
      await site.pause.waitFor({ state: 'detached' });
      expect(await site.composer.evaluate((el) => el.contains(document.activeElement))).toBe(true);
      // Back in the message, the person goes on typing: the words land after the last ones.
      await site.page.keyboard.type(' please');
      expect(await draftOf(site.page)).toBe('are you mad at me?? please');

      await site.page.keyboard.press('Enter');
      await site.pause.waitFor();
      await site.pause.click('Send anyway');
      await site.pause.waitFor({ state: 'detached' });
      expect(await site.sentTexts()).toEqual([]); // Steady never sends by itself
      await site.page.keyboard.press('Enter'); // the person's own Enter
      await until('the message to be sent', async () => (await site.sentTexts()).length === 1);
      expect(await site.sentTexts()).toEqual(['are you mad at me?? please']);
      expect(await draftOf(site.page)).toBe('');
      await site.page.close();
    });

    it('leaves Shift+Enter as the editor’s new line, and pauses the whole draft on Enter', async () => {
      const site = await openEditor(editor, 3);
      await site.type('are you');
      await site.page.keyboard.press('Shift+Enter');
      await site.page.keyboard.type('still there?');
      expect(await site.pause.count()).toBe(0);
      expect(await draftOf(site.page)).toMatch(/^are you\n+still there\?$/);
      await site.page.keyboard.press('Enter');
      await site.pause.waitFor();
      expect(await site.sentTexts()).toEqual([]);
      expect(await draftOf(site.page)).toMatch(/^are you\n+still there\?$/);
      await site.page.close();
    });

    it.skipIf(!editor.button)('holds a click on the send button too', async () => {
      const site = await openEditor(editor, 4);
      await site.type('why are you ignoring me');
      await site.page.locator(editor.button!).click();
      await site.pause.waitFor();
      expect(await site.sentTexts()).toEqual([]);
      expect(await draftOf(site.page)).toBe('why are you ignoring me');
      await site.pause.click('Back to my message');
      await site.pause.waitFor({ state: 'detached' });
      expect(await site.sentTexts()).toEqual([]);
      expect(await draftOf(site.page)).toBe('why are you ignoring me');
      await site.page.close();
    });
  },
);
