// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * The journal's one door (lib/journal/door.ts): nothing outside lib/journal opens the
 * database or reaches its store, so every write notifies the other pages, every failure has
 * one wording, and the passcode lock can live behind the door unseen.
 */
const journalStore = {
  group: ['idb', '**/lib/journal/store/**', '@/lib/journal/store/**', '**/journal/store/**'],
  message:
    'Reach the journal through its one door, lib/journal/door.ts: only lib/journal/ opens the database.',
};

/** What lib/ never imports: it stays framework-free. */
const libPatterns = [
  {
    group: ['**/components/**', '@/components/**'],
    message: 'lib/ is framework-free: it never imports components/.',
  },
  {
    group: ['**/entrypoints/**', '@/entrypoints/**'],
    message: 'lib/ never imports entrypoints/.',
  },
  { group: ['preact', 'preact/*'], message: 'lib/ is framework-free: no Preact.' },
];

/** Paths a file of the given area must never import, with the reason shown in the lint error. */
const boundaries = {
  lib: {
    files: ['lib/**/*.ts'],
    patterns: libPatterns,
  },
  outsideJournal: {
    files: ['lib/**/*.ts'],
    ignores: ['lib/journal/**'],
    patterns: [...libPatterns, journalStore],
  },
  components: {
    files: ['components/**/*.{ts,tsx}'],
    patterns: [
      {
        group: ['**/entrypoints/**', '@/entrypoints/**'],
        message: 'components/ never imports entrypoints/.',
      },
      journalStore,
    ],
  },
  pages: {
    files: ['entrypoints/**/*.{ts,tsx}'],
    ignores: ['entrypoints/*.content/**', 'entrypoints/*.content.{ts,tsx}'],
    patterns: [journalStore],
  },
  content: {
    files: ['entrypoints/*.content/**', 'entrypoints/*.content.{ts,tsx}'],
    patterns: [
      {
        group: [
          'idb',
          '**/lib/journal/store/**',
          '@/lib/journal/store/**',
          '**/lib/journal/door',
          '@/lib/journal/door',
        ],
        message:
          'Content scripts run in the page origin: reach the journal through lib/messaging, never IndexedDB.',
      },
    ],
  },
};

const polyfill = {
  group: ['webextension-polyfill'],
  message:
    "Import { browser } from 'wxt/browser': it is webextension-polyfill's API in the pages and the background, swapped in at build time (wxt.config.ts).",
};

export default tseslint.config(
  {
    ignores: [
      '.output*/**',
      '.wxt/**',
      'node_modules/**',
      'bench/results/**',
      'test-results/**',
      '.tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      // Scripts (.mjs) run in Node and hand callbacks to pages (page.evaluate), which run in
      // the browser; TypeScript files get their globals checked by tsc instead.
      globals: { ...globals.node, ...globals.browser, chrome: 'readonly' },
    },
    rules: {
      'no-restricted-imports': ['error', { patterns: [polyfill] }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...Object.values(boundaries).map(({ files, ignores, patterns }) => ({
    files,
    ...(ignores && { ignores }),
    rules: { 'no-restricted-imports': ['error', { patterns: [polyfill, ...patterns] }] },
  })),
  {
    // tsc already reports undefined names in TypeScript, with the real DOM and WXT types.
    files: ['**/*.ts', '**/*.tsx'],
    rules: { 'no-undef': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
);
