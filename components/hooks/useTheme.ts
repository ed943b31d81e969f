import { useEffect } from 'preact/hooks';
import type { Theme } from '@/lib/settings/schema';

/** "system" leaves the page to prefers-color-scheme; light or dark pin it through data-theme. */
export function useTheme(theme: Theme): void {
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
}
