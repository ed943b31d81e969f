import type { Page } from 'playwright-core';

interface FirstViewWindow {
  __firstView: { snapshot?: Element; changes: string[] };
}

export interface FirstView {
  /** Every change made to the DOM after parsing ended, once the page has settled. */
  changes(settleMs?: number): Promise<string[]>;
  /** Reads the DOM as it was when parsing ended: what the first frame shows. */
  atFirstPaint<T>(read: (root: Element) => T): Promise<T>;
}

/**
 * Opens `url` in `page` and records, from the moment parsing ends (the classic first-paint
 * script has run; the app's module, which it starts once the page has painted, has not), a copy of
 * the DOM and every change made to it after: the app's hydration and anything it does once
 * settled. Resolves when the app has marked itself interactive.
 */
export async function watchFirstView(page: Page, url: string): Promise<FirstView> {
  await page.addInitScript(() => {
    const view: FirstViewWindow['__firstView'] = { changes: [] };
    (window as unknown as FirstViewWindow).__firstView = view;
    const name = (node: Node): string => {
      if (!(node instanceof Element)) return node.nodeName;
      const id = node.id ? `#${node.id}` : '';
      const classes = node.classList.length ? `.${[...node.classList].join('.')}` : '';
      return `${node.localName}${id}${classes}`;
    };
    const path = (node: Node | null): string => {
      const names: string[] = [];
      for (let at = node; at && at !== document; at = at.parentNode) names.unshift(name(at));
      return names.slice(-4).join(' > ');
    };
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      view.snapshot = document.documentElement.cloneNode(true) as Element;
      new MutationObserver((records) => {
        for (const r of records) {
          // A value written again unchanged (Preact re-sets a numeric value, as a string, when
          // the stored settings arrive) is nothing anyone sees.
          const now =
            r.type === 'attributes'
              ? (r.target as Element).getAttribute(r.attributeName!)
              : r.target.textContent;
          if (r.type !== 'childList' && now === r.oldValue) continue;
          // The app's mark that it has attached (useReadyMark): no one sees it.
          if (r.type === 'attributes' && r.attributeName === 'data-interactive') continue;
          // The app's own module tag, which the first-paint script adds once the page has
          // painted (lib/prerender/startApp.ts): it starts the app and shows nothing.
          const onlyTheApp = [...r.addedNodes].every(
            (n) => n instanceof HTMLScriptElement && n.type === 'module',
          );
          if (r.type === 'childList' && r.addedNodes.length && onlyTheApp) continue;
          const added = [...r.addedNodes].map(name).join(',');
          const removed = [...r.removedNodes].map(name).join(',');
          view.changes.push(
            r.type === 'attributes'
              ? `${path(r.target)}: ${r.attributeName} ${JSON.stringify(r.oldValue)} → ${JSON.stringify(now)}`
              : r.type === 'characterData'
                ? `${path(r.target)}: text ${JSON.stringify(r.oldValue)} → ${JSON.stringify(now)}`
                : `${path(r.target)}: +[${added}] -[${removed}]`,
          );
        }
      }).observe(document.documentElement, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeOldValue: true,
        characterData: true,
        characterDataOldValue: true,
      });
    });
  });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('steady:interactive').length > 0);
  return {
    async changes(settleMs = 500) {
      await page.waitForTimeout(settleMs);
      return page.evaluate(() => (window as unknown as FirstViewWindow).__firstView.changes);
    },
    atFirstPaint<T>(read: (root: Element) => T) {
      return page.evaluate(`(${read.toString()})(window.__firstView.snapshot)`) as Promise<T>;
    },
  };
}
