import { marker } from './markers';

/**
 * A storage area that never answers: the prerender draws the default state, before anything
 * is read, so a read started while rendering (a draft store made in a render) must not
 * settle into it. Writes and listeners do nothing.
 */
const never = () => new Promise<never>(() => undefined);
const area = { get: never, set: never, remove: never };
const events = { addListener: () => undefined, removeListener: () => undefined };

/**
 * What `wxt/browser` is while pages are prerendered at build time (./render.ts): words come
 * out as markers (./markers.ts), storage never answers, and nothing else is reachable: a call
 * to anything else fails the build, which is what should happen.
 */
export const browser = {
  storage: { local: area, session: area, onChanged: events },
  i18n: {
    // The language is not known at build time; "en" keeps number formatting possible.
    getMessage: (key: string, substitutions?: string | string[]) =>
      key === 'langCode' ? 'en' : marker(key, substitutions),
    getUILanguage: () => 'en',
  },
  runtime: { id: 'prerender' },
};
export default browser;
