// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PauseSiteOffer } from '@/components/popup/PauseSiteOffer';
import { extras } from '../support/fakeBrowserExtras';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function showFor(url: string) {
  // The tab behind the popup, as activeTab lets the popup read it.
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ url } as Browser.tabs.Tab]);
  await act(async () => render(<PauseSiteOffer />, root));
  await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
}

describe('the popup’s offer to pause on the current site', () => {
  it('offers to turn the pause on when the tab is a supported site, asking for that site (and notifications, for Wait) only', async () => {
    await showFor('https://app.slack.com/client/T1/C1');
    expect(root.textContent).toContain('Pause before sending on Slack?');
    const request = vi.spyOn(extras().permissions, 'request');
    await act(async () => root.querySelector('button')!.click());
    expect(request).toHaveBeenCalledWith({
      origins: ['https://app.slack.com/*'],
      permissions: ['notifications'],
    });
  });

  it('says the pause is on when it already is', async () => {
    await extras().permissions.request({ origins: ['https://web.whatsapp.com/*'] });
    await showFor('https://web.whatsapp.com/');
    expect(root.textContent).toContain('The pause is on for WhatsApp Web.');
    expect(root.querySelector('button')).toBeNull();
  });

  it('shows nothing on any other page', async () => {
    await showFor('https://example.com/');
    expect(root.innerHTML).toBe('');
  });
});
