import { useEffect } from 'preact/hooks';

/**
 * Marks the moment a page's app has rendered and its controls respond: a performance mark
 * (`steady:interactive`), which `npm run bench` reads, and `data-interactive` on <html>, which
 * end-to-end tests wait on before they click (tests/e2e/support/appReady.ts; a test's fake
 * clock replaces `performance`, marks and all). Costs one mark and one attribute.
 */
export function useReadyMark(): void {
  useEffect(() => {
    performance.mark('steady:interactive');
    document.documentElement.dataset.interactive = '';
  }, []);
}
