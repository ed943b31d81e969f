import { useEffect } from 'preact/hooks';

/**
 * Marks the moment a page's app has rendered and its controls respond
 * (`performance.mark('steady:interactive')`), which `npm run bench` reads. Costs one mark.
 */
export function useReadyMark(): void {
  useEffect(() => {
    performance.mark('steady:interactive');
  }, []);
}
