import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR, FIREFOX_EXTENSION_DIR } from '../e2e/support/paths';

/**
 * A page's worker (the mirror, the import, the export) has no extension APIs: a module that
 * reaches them (webextension-polyfill, through i18n or storage) throws as the worker loads, and
 * the feature fails for everyone. The export once did, through the Markdown labels.
 */
describe('the workers the build ships', () => {
  for (const dir of [EXTENSION_DIR, FIREFOX_EXTENSION_DIR]) {
    const assets = `${dir}/assets`;
    const workers = readdirSync(assets).filter((name) => /^(\w+Worker|worker)-.*\.js$/.test(name));

    it(`load with no extension API in them (${dir.split('/').pop()})`, () => {
      const kinds = new Set(workers.map((name) => name.split('-')[0]));
      expect([...kinds].sort()).toEqual(['exportWorker', 'importWorker', 'worker']);
      for (const name of workers) {
        const code = readFileSync(`${assets}/${name}`, 'utf8');
        expect(code, name).not.toContain('should only be loaded in a browser extension');
        expect(code, name).not.toMatch(/\bchrome\.(runtime|i18n|storage)\b/);
      }
    });
  }
});
