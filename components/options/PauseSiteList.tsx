import { useState } from 'preact/hooks';
import { usePauseSites } from '@/components/hooks/usePauseSites';
import { t } from '@/lib/i18n';
import type { SiteMode } from '@/lib/pause/settings';
import { SITES, type Site } from '@/lib/pause/sites';
import { askSiteOff } from '@/lib/pause/pendingChanges';
import { turnSiteOn } from '@/lib/pause/toggle';
import type { Pending } from '@/lib/urges/delayedOff';
import type { PauseSectionProps } from './PauseSection';
import { PendingNote } from './PendingNote';
import { pendingFor } from './usePending';

/** One switch per messaging site; each asks the browser for that site only, at that click. */
export function PauseSiteList({
  pause,
  change,
  report,
  pending,
}: PauseSectionProps & { pending: Pending[] }) {
  const on = usePauseSites();
  const [problem, setProblem] = useState('');

  function toggle(site: Site, wantOn: boolean) {
    setProblem('');
    // permissions.request must run in this click, before any await (lib/pause/toggle.ts).
    // Off goes through the kind delay, if the person set one: it may wait, with a note below.
    const done = wantOn ? turnSiteOn(site) : askSiteOff(site).then(() => true);
    done.then(
      (granted) => granted || setProblem(t('optionsPauseDenied', site.name)),
      () => setProblem(t('optionsPauseFailed', site.name)),
    );
  }

  function setMode(site: Site, mode: SiteMode) {
    void change({ modes: { ...pause.modes, [site.id]: mode } });
  }

  return (
    <fieldset class="pause-sites">
      <legend>{t('optionsPauseSites')}</legend>
      <ul class="site-list">
        {SITES.map((site) => (
          <li key={site.id} class="site-row">
            <label class="switch">
              <input
                type="checkbox"
                role="switch"
                checked={on.has(site.id)}
                onClick={(e) => {
                  e.preventDefault(); // the permission decides the state, not the click
                  toggle(site, !on.has(site.id));
                }}
              />
              <span>{site.name}</span>
            </label>
            {on.has(site.id) && (
              <label class="site-always">
                <input
                  type="checkbox"
                  checked={pause.modes[site.id] === 'always'}
                  onChange={(e) => setMode(site, e.currentTarget.checked ? 'always' : 'detect')}
                />
                <span>{t('optionsPauseAlways', site.name)}</span>
              </label>
            )}
            {on.has(site.id) && pendingFor(pending, `siteOff:${site.id}`) && (
              <PendingNote pending={pendingFor(pending, `siteOff:${site.id}`)!} report={report} />
            )}
          </li>
        ))}
      </ul>
      <p class="status status-error" role="status">
        {problem}
      </p>
    </fieldset>
  );
}
