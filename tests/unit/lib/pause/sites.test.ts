// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { SITE_IDS } from '@/lib/pause/siteIds';
import { conversationOf, hashName, hostOf, siteById, siteForUrl, SITES } from '@/lib/pause/sites';

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

  it('names a conversation from the address where the address tells it apart', () => {
    const at = (pathname: string, hash = '') => ({ pathname, hash });
    const key = (id: string, pathname: string, hash = '') =>
      conversationOf(siteById(id)!, at(pathname, hash), document);
    expect(key('slack', '/client/T1/C2')).toEqual({ key: 'slack:/client/T1/C2', specific: true });
    expect(key('telegram', '/k/', '#@anna')).toEqual({ key: 'telegram:#@anna', specific: true });
    // An address that names no conversation: the whole site, and the pause says so.
    expect(key('telegram', '/k/', '')).toEqual({ key: 'telegram', specific: false });
    expect(key('discord', '/')).toEqual({ key: 'discord', specific: false });
  });

  it('tells WhatsApp chats apart by the open chat’s name, kept only as a hash', () => {
    const whatsapp = siteById('whatsapp')!;
    const root = { pathname: '/', hash: '' };
    const chat = (name: string) => {
      document.body.innerHTML = `<div id="main"><header><div><span dir="auto">${name}</span></div><span>online</span></header></div>`;
      return conversationOf(whatsapp, root, document);
    };
    const sam = chat('Sam');
    expect(sam).toEqual({ key: `whatsapp:~${hashName('Sam')}`, specific: true });
    expect(sam.key).not.toContain('Sam');
    expect(chat('Sam')).toEqual(sam); // the same chat, the same key
    expect(chat('Alex').key).not.toBe(sam.key);
    expect(chat('Alex').key).toMatch(/^whatsapp:~[0-9a-z]+$/);
    // No chat header to read (a redesign, or no chat open): the site, said honestly.
    document.body.innerHTML = '';
    expect(conversationOf(whatsapp, root, document)).toEqual({ key: 'whatsapp', specific: false });
  });

  it('sends with Ctrl/⌘+Enter on Gmail, where Enter is a new line', () => {
    expect(siteById('gmail')?.sendKey).toBe('mod-enter');
    expect(SITES.filter((s) => s.sendKey === 'mod-enter').map((s) => s.id)).toEqual(['gmail']);
  });
});
