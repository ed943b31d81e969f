import { useState } from 'preact/hooks';
import { usePauseSites } from '@/components/hooks/usePauseSites';
import { t } from '@/lib/i18n';
import { SITES, type Site } from '@/lib/pause/sites';
import { turnSiteOn } from '@/lib/pause/toggle';

/**
 * Optional: the sites to pause on. Each button asks the browser for that one site at its click
 * (and for notifications, for "Wait 10 minutes"); nothing is asked for until then.
 */
export function SiteChoices() {
  const on = usePauseSites();
  const [said, setSaid] = useState('');

  function turnOn(site: Site) {
    setSaid('');
    // permissions.request must run in this click, before any await (lib/pause/toggle.ts).
    turnSiteOn(site).then(
      (granted) => setSaid(t(granted ? 'popupPauseOn' : 'optionsPauseDenied', site.name)),
      () => setSaid(t('optionsPauseFailed', site.name)),
    );
  }

  return (
    <section class="card" aria-labelledby="welcome-sites">
      <h2 id="welcome-sites">{t('welcomeSitesHeading')}</h2>
      <p>{t('welcomeSitesText')}</p>
      <ul class="site-list welcome-sites">
        {SITES.map((site) => (
          <li key={site.id} class="site-row">
            {on.has(site.id) ? (
              <span class="site-on">{t('popupPauseOn', site.name)}</span>
            ) : (
              <button type="button" onClick={() => turnOn(site)}>
                {t('welcomeSiteTurnOn', site.name)}
              </button>
            )}
          </li>
        ))}
      </ul>
      <p class="status" role="status">
        {said}
      </p>
      <p class="hint">{t('welcomeSitesLater')}</p>
    </section>
  );
}
