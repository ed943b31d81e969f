import { marker } from './markers';

/**
 * What `wxt/browser` is while pages are prerendered at build time (./render.ts): words come
 * out as markers (./markers.ts) and nothing else is reachable. A prerender draws the default
 * state before anything is read, so the components only ever call these during render; a
 * call to anything else fails the build, which is what should happen.
 */
export const browser = {
  i18n: {
    // The language is not known at build time; "en" keeps number formatting possible.
    getMessage: (key: string, substitutions?: string | string[]) =>
      key === 'langCode' ? 'en' : marker(key, substitutions),
    getUILanguage: () => 'en',
  },
  runtime: { id: 'prerender' },
};
export default browser;
