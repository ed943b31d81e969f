/**
 * The one table of messaging sites Steady can pause on: where each lives, what its composer
 * and send button look like, and how one conversation is told apart from another.
 *
 * Selectors follow each site's real structure (as of 2025–26) and list the most specific first.
 * They change when a site ships a redesign; then Steady simply stops recognising the composer
 * and the site works as if Steady were not there (it fails open, never closed).
 */

import type { SiteId } from './siteIds';

/** How a conversation is told apart from another on the same site. */
export type ConversationFrom =
  | 'path' // /t/123, /client/T1/C2, /channels/1/2 …
  | 'hash' // Telegram (#@name) and Gmail (#inbox/abc)
  | 'title'; // WhatsApp keeps one address for every chat: the open chat's name (see Site.title)

/** Which key press sends. Gmail sends with Ctrl/⌘+Enter; a plain Enter is a new line there. */
export type SendKey = 'enter' | 'mod-enter';

export interface Site {
  id: SiteId;
  /** Shown in the options page and the popup (a brand name, not translated). */
  name: string;
  /** Host permission match patterns, requested when the user turns the site on. */
  matches: readonly string[];
  /** The message box: a textarea or a contenteditable editor. */
  composer: string;
  /** The site's send button, if it has one. */
  sendButton?: string;
  sendKey: SendKey;
  conversation: ConversationFrom;
  /**
   * For 'title': where the open chat's name is shown. Read only at the moment of sending, and
   * kept only as a hash in the conversation key (never in plain text, never sent anywhere).
   */
  title?: string;
}

export const SITES: readonly Site[] = [
  {
    id: 'whatsapp',
    name: 'WhatsApp Web',
    matches: ['https://web.whatsapp.com/*'],
    // Lexical editor in the chat footer; Enter sends.
    composer: 'footer [contenteditable="true"][data-lexical-editor="true"],footer [role="textbox"]',
    sendButton: 'footer button[aria-label="Send"],footer [data-icon="send"]',
    sendKey: 'enter',
    conversation: 'title',
    // The chat header's first line is the contact's or group's name.
    title: '#main header span[dir="auto"],#main header [title]',
  },
  {
    id: 'messenger',
    name: 'Messenger',
    matches: ['https://www.messenger.com/*'],
    composer: '[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
    sendButton:
      '[role="button"][aria-label="Press enter to send"],[role="button"][aria-label="Send"]',
    sendKey: 'enter',
    conversation: 'path',
  },
  {
    id: 'instagram',
    name: 'Instagram',
    matches: ['https://www.instagram.com/*'],
    composer: '[role="textbox"][contenteditable="true"][aria-label="Message"]',
    sendButton: '[role="button"][aria-label="Send"]',
    sendKey: 'enter',
    conversation: 'path',
  },
  {
    id: 'slack',
    name: 'Slack',
    matches: ['https://app.slack.com/*'],
    // Quill: .ql-editor is the contenteditable; Enter sends, Shift+Enter is a new line.
    composer: '.ql-editor[contenteditable="true"]',
    sendButton: 'button[data-qa="texty_send_button"],button[aria-label="Send now"]',
    sendKey: 'enter',
    conversation: 'path',
  },
  {
    id: 'discord',
    name: 'Discord',
    matches: ['https://discord.com/*'],
    // Slate editor; Discord has no send button by default.
    composer: '[role="textbox"][data-slate-editor="true"]',
    sendKey: 'enter',
    conversation: 'path',
  },
  {
    id: 'telegram',
    name: 'Telegram Web',
    matches: ['https://web.telegram.org/*'],
    composer: '#editable-message-text,.input-message-input[contenteditable="true"]',
    sendButton: 'button.send,button.btn-send',
    sendKey: 'enter',
    conversation: 'hash',
  },
  {
    id: 'gmail',
    name: 'Gmail',
    matches: ['https://mail.google.com/*'],
    composer:
      'div[contenteditable="true"][aria-label="Message Body"],div.editable[contenteditable="true"][g_editable]',
    sendButton: 'div[role="button"][data-tooltip^="Send"],div[role="button"].aoO',
    sendKey: 'mod-enter',
    conversation: 'hash',
  },
  {
    id: 'googlemessages',
    name: 'Google Messages',
    matches: ['https://messages.google.com/*'],
    // A plain textarea.
    composer: 'textarea[data-e2e-message-input-box],mws-message-compose textarea',
    sendButton: 'button[data-e2e-send-text-button],mws-message-send-button button',
    sendKey: 'enter',
    conversation: 'path',
  },
  {
    id: 'linkedin',
    name: 'LinkedIn',
    matches: ['https://www.linkedin.com/*'],
    composer: '.msg-form__contenteditable[contenteditable="true"]',
    sendButton: 'button.msg-form__send-button',
    sendKey: 'enter',
    conversation: 'path',
  },
  {
    id: 'x',
    name: 'X',
    matches: ['https://x.com/*', 'https://twitter.com/*'],
    // Direct messages only (a Draft.js editor); posts are not messages to one person.
    composer: '[data-testid="dmComposerTextInput"]',
    sendButton: '[data-testid="dmComposerSendButton"]',
    sendKey: 'enter',
    conversation: 'path',
  },
];

export function siteById(id: string): Site | undefined {
  return SITES.find((site) => site.id === id);
}

/** The host a match pattern names ('https://web.whatsapp.com/*' → 'web.whatsapp.com'). */
export function hostOf(pattern: string): string {
  return pattern.replace(/^[a-z]+:\/\//, '').replace(/\/.*$/, '');
}

/** The site a URL belongs to (HTTPS only), or undefined. Never matches on a prefix or suffix. */
export function siteForUrl(url: string | undefined): Site | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:') return undefined;
  return SITES.find((site) => site.matches.some((m) => hostOf(m) === parsed.hostname));
}

/**
 * A short, one-way stand-in for a chat's name (cyrb53: 53 bits, in base 36). The name itself is
 * never kept; this only tells two conversations apart, within the browser's session.
 */
export function hashName(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

const MAX_PART_LENGTH = 120;

export interface Conversation {
  /** The cooldown and double-text key: `site` or `site:…`. */
  key: string;
  /** False when the page gave no way to tell this conversation apart: the key is the whole site. */
  specific: boolean;
}

/**
 * Names the conversation a page is in: from its address, or (WhatsApp) from the open chat's name,
 * hashed. When neither tells it apart, the whole site is the conversation, and the pause says so.
 */
export function conversationOf(
  site: Site,
  location: { pathname: string; hash: string },
  page: ParentNode | undefined = globalThis.document,
): Conversation {
  let part = '';
  if (site.conversation === 'hash') part = location.hash.length > 1 ? location.hash : '';
  else if (site.conversation === 'path') part = location.pathname !== '/' ? location.pathname : '';
  else if (site.title) {
    const name = page?.querySelector(site.title)?.textContent?.trim();
    if (name) part = `~${hashName(name)}`;
  }
  // The background refuses keys over 200 characters (lib/pause/limits.ts); an address that long
  // (a Gmail search, say) still names one conversation, by a hash that also keeps the words out.
  if (part.length > MAX_PART_LENGTH) part = `=${hashName(part)}`;
  return part ? { key: `${site.id}:${part}`, specific: true } : { key: site.id, specific: false };
}
