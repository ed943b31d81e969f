import { browser } from 'wxt/browser';
import type messages from '../public/_locales/en/messages.json';

/** Every key of the English catalogue; other languages must provide the same keys. */
export type MessageKey = keyof typeof messages;

/**
 * The one way user-facing text is produced. English is the catalogue of record; a missing
 * translation falls back to it through the browser's i18n (default_locale: en).
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  // Typed by our own catalogue (MessageKey), not by WXT's generated copy of it, which lags
  // behind messages.json until the next `wxt prepare`.
  const getMessage = browser.i18n.getMessage as (key: string, subs?: string | string[]) => string;
  return getMessage(key, substitutions) || key;
}
