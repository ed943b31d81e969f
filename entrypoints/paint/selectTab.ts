import { POPUP_TABS, type PopupTab } from '@/lib/popup/firstView';

/**
 * Opens another tab of the prerendered popup, with the same attributes components/Tabs.tsx
 * renders for it (hydration keeps the DOM's attributes as they are, so they must already be
 * the app's). tests/e2e/prerender.test.ts checks that hydration then changes nothing.
 */
export function selectTab(root: HTMLElement, selected: PopupTab): void {
  for (const id of POPUP_TABS) {
    const on = id === selected;
    const tab = root.querySelector(`#tab-${id}`);
    tab?.setAttribute('aria-selected', String(on));
    tab?.setAttribute('tabindex', on ? '0' : '-1');
    root.querySelector<HTMLElement>(`#panel-${id}`)?.toggleAttribute('hidden', !on);
  }
}
