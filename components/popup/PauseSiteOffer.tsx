import './PauseSiteOffer.css';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { isSiteOn } from '@/lib/pause/registration';
import { siteForUrl, type Site } from '@/lib/pause/sites';
import { turnSiteOn } from '@/lib/pause/toggle';

/**
 * When the tab behind the popup is a supported messaging site, offers to turn the pause on there.
 * The tab's address is readable through activeTab (granted by the toolbar click itself), so
 * Steady needs neither the `tabs` permission nor any host access to ask.
 */
export function PauseSiteOffer() {
  const [site, setSite] = useState<Site>();
  const [on, setOn] = useState(false);
  useEffect(() => {
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .then(async ([tab]) => {
        const found = siteForUrl(tab?.url);
        if (!found) return;
        setOn(await isSiteOn(found));
        setSite(found);
      })
      .catch(() => undefined);
  }, []);
  if (!site) return null;
  return (
    <p class="pause-offer" role="status">
      {on ? (
        t('popupPauseOn', site.name)
      ) : (
        <>
          {t('popupPauseOffer', site.name)}{' '}
          <button type="button" onClick={() => void turnSiteOn(site).then(setOn)}>
            {t('popupPauseTurnOn')}
          </button>
        </>
      )}
    </p>
  );
}
