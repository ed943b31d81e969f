import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sitesOn } from '@/lib/pause/registration';

/**
 * The ids of the sites the pause is on for, from the permissions held (the one source of truth),
 * kept current when a permission is added or removed anywhere (this page, the popup, the
 * browser's own site-access settings).
 */
export function usePauseSites(): Set<string> {
  const [on, setOn] = useState<Set<string>>(new Set());
  useEffect(() => {
    let live = true;
    const refresh = () =>
      void sitesOn().then((sites) => live && setOn(new Set(sites.map((site) => site.id))));
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      live = false;
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);
  return on;
}
