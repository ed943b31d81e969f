import { useEffect } from 'preact/hooks';
import type { Theme } from '@/lib/settings/schema';

/**
 * "system" leaves the page to prefers-color-scheme; light or dark pin it through data-theme.
 * Undefined (the settings not read yet) leaves the theme the first-paint hint pinned: taking
 * the defaults' "system" then would unpin a chosen dark theme for a frame or two.
 */
export function useTheme(theme: Theme | undefined): void {
  useEffect(() => {
    if (theme === undefined) return;
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else if (root.dataset.theme !== theme) root.dataset.theme = theme;
  }, [theme]);
}
