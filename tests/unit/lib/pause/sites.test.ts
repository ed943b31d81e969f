// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { SITE_IDS } from '@/lib/pause/siteIds';
import { conversationKey, hostOf, siteById, siteForUrl, SITES } from '@/lib/pause/sites';

describe('the site table', () => {
  it('has the ten presets, each with HTTPS match patterns and a composer', () => {
    expect(SITES.map((s) => s.id)).toEqual([
      'whatsapp',
      'messenger',
      'instagram',
      'slack',
      'discord',
      'telegram',
      'gmail',
      'googlemessages',
      'linkedin',
      'x',
    ]);
    expect(SITES.map((s) => s.id)).toEqual(SITE_IDS);
    for (const site of SITES) {
      expect(site.matches.length).toBeGreaterThan(0);
      for (const pattern of site.matches) expect(pattern).toMatch(/^https:\/\/[a-z.]+\/\*$/);
      expect(site.composer).not.toBe('');
    }
  });

  it('has selectors that a browser can parse', () => {
    for (const site of SITES) {
      expect(() => document.querySelector(site.composer), site.id).not.toThrow();
      if (site.sendButton) expect(() => document.querySelector(site.sendButton!)).not.toThrow();
    }
  });

  it('finds the site of a URL by exact host, over HTTPS only', () => {
    expect(siteForUrl('https://web.whatsapp.com/')?.id).toBe('whatsapp');
    expect(siteForUrl('https://app.slack.com/client/T1/C2')?.id).toBe('slack');
    expect(siteForUrl('https://twitter.com/messages/1-2')?.id).toBe('x');
    expect(siteForUrl('http://web.whatsapp.com/')).toBeUndefined();
    expect(siteForUrl('https://web.whatsapp.com.evil.example/')).toBeUndefined();
    expect(siteForUrl('https://evilweb.whatsapp.com/')).toBeUndefined();
    expect(siteForUrl('chrome-extension://abc/options.html')).toBeUndefined();
    expect(siteForUrl('not a url')).toBeUndefined();
    expect(siteForUrl(undefined)).toBeUndefined();
    expect(hostOf('https://mail.google.com/*')).toBe('mail.google.com');
  });

  it('names a conversation from the address only', () => {
    const at = (pathname: string, hash = '') => ({ pathname, hash });
    expect(conversationKey(siteById('slack')!, at('/client/T1/C2'))).toBe('slack:/client/T1/C2');
    expect(conversationKey(siteById('telegram')!, at('/k/', '#@anna'))).toBe('telegram:#@anna');
    expect(conversationKey(siteById('whatsapp')!, at('/'))).toBe('whatsapp');
  });

  it('sends with Ctrl/⌘+Enter on Gmail, where Enter is a new line', () => {
    expect(siteById('gmail')?.sendKey).toBe('mod-enter');
    expect(SITES.filter((s) => s.sendKey === 'mod-enter').map((s) => s.id)).toEqual(['gmail']);
  });
});
