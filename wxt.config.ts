import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// There is no official WXT module for Preact; its Vite preset is all that is needed.
export default defineConfig({
  // STEADY_OUT_DIR lets two builds (say, a benchmark and a test run) live side by side.
  outDir: process.env.STEADY_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // The narrowest that work: storage for settings and drafts. No host access at install.
    permissions: ['storage'],
    action: { default_title: '__MSG_actionTitle__' },
    icons: {
      16: 'icon/16.png',
      32: 'icon/32.png',
      48: 'icon/48.png',
      96: 'icon/96.png',
      128: 'icon/128.png',
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'steady@steady.extension',
          strict_min_version: '140.0',
          // Steady collects nothing: no analytics, no network.
          data_collection_permissions: { required: ['none'] },
        },
        // data_collection_permissions arrived in Firefox 140 (desktop) and 142 (Android).
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  hooks: {
    // WXT fills the toolbar title from popup.html's <title>; keep it translatable instead.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.action) manifest.action.default_title = '__MSG_actionTitle__';
    },
  },
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['tests/**', 'bench/**', 'test-results/**', '**/*.log', '.tmp/**', 'docs/**'],
  },
});
