import { describe, expect, it } from 'vitest';
import { deferApp } from '../../../scripts/prerender/plugin';

// What the build does to a prerendered page's script tags (lib/prerender/startApp.ts says why).
describe("the build's move of the app's module onto the first-paint script", () => {
  it('takes the module tag out and leaves its address for the paint script to start', () => {
    const html =
      '<head><script type="module" crossorigin src="/chunks/popup-AbC_1.js"></script></head>' +
      '<body><div id="app">…</div><script src="/paint.js"></script></body>';
    const out = deferApp(html, 'popup');
    expect(out).not.toContain('type="module"');
    expect(out).toContain('<script src="/paint.js" data-app="/chunks/popup-AbC_1.js"></script>');
  });

  it('leaves a `wxt dev` page as it is: its dev client and reloader are modules beside the app', () => {
    const html =
      '<script type="module" src="http://localhost:3000/@vite/client"></script>' +
      '<script type="module" crossorigin src="/chunks/reload-html-1.js"></script>' +
      '<script src="/paint.js"></script>' +
      '<script type="module" src="http://localhost:3000/entrypoints/popup/main.tsx"></script>';
    expect(deferApp(html, 'popup')).toBe(html);
  });

  it('refuses a page it cannot make sense of, rather than ship one whose app never starts', () => {
    expect(() => deferApp('<div id="app"></div><script src="/paint.js"></script>', 'p')).toThrow(
      /one app module/,
    );
  });
});
