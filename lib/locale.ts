import { t, type MessageKey } from './i18n';

/** The language of the catalogue in use ("en", "es"): what the words on screen are in. */
export function uiLanguage(): string {
  return t('langCode') === 'langCode' ? 'en' : t('langCode');
}

/** Sets <html lang> to the words' language, so a screen reader reads them in the right voice. */
export function applyLanguage(root: HTMLElement = document.documentElement): void {
  root.lang = uiLanguage();
}

/** Keys that come in plural forms: `base_one`, `base_other` (and optionally `_zero`…). */
export type PluralBase = {
  [K in MessageKey]: K extends `${infer B}_other` ? B : never;
}[MessageKey];

let rules: Intl.PluralRules | undefined;

/**
 * The sentence for a count, in the form the language wants (`Intl.PluralRules`): "1 entry",
 * "2 entries"; "1 entrada", "0 entradas". $COUNT$ is the first substitution, the count said
 * in the UI's number format; `more` fill the message's other placeholders.
 */
export function plural(base: PluralBase, count: number, more: string[] = []): string {
  return t(pluralKey(base, count), [count.toLocaleString(uiLanguage()), ...more]);
}

/** The key of the form a count takes; `other` when the language's form is not in the catalogue. */
export function pluralKey(base: PluralBase, count: number): MessageKey {
  rules ??= new Intl.PluralRules(uiLanguage());
  const key = `${base}_${rules.select(count)}` as MessageKey;
  // Forms a language does not need are simply absent (Spanish has no "few"): `other` then.
  return t(key) !== key ? key : (`${base}_other` as MessageKey);
}

/** For tests: the rules follow the language, which a test may switch. */
export function resetPluralRules(): void {
  rules = undefined;
}
