import { browser } from 'wxt/browser';
import { CrisisLinks } from '@/components/CrisisLinks';
import { ShortcutHint } from '@/components/ShortcutHint';
import { useSettings } from '@/components/hooks/useSettings';
import { useTheme } from '@/components/hooks/useTheme';
import { t } from '@/lib/i18n';
import { OneBreath } from './OneBreath';
import { PrivacyPromise } from './PrivacyPromise';
import { SiteChoices } from './SiteChoices';

/**
 * The first page a person sees, once, on install. It asks nothing of them: the privacy promise
 * first, then an optional choice of sites, then one breath. Closing it at any point is fine;
 * Steady works the same whether or not they read a word of it.
 */
export function WelcomeApp() {
  const [settings, , loaded] = useSettings();
  useTheme(loaded ? settings.theme : undefined);
  return (
    <div class="page welcome">
      <header class="page-head">
        <h1>{t('welcomeTitle')}</h1>
        <p class="lead">{t('welcomeLead')}</p>
      </header>
      <main class="stack">
        <PrivacyPromise />
        <SiteChoices />
        <OneBreath />
        <section class="card" aria-labelledby="welcome-ready">
          <h2 id="welcome-ready">{t('welcomeReadyHeading')}</h2>
          <p>{t('welcomeReadyText')}</p>
          <ShortcutHint />
          <p>
            <a href={browser.runtime.getURL('/options.html')}>{t('welcomeOpenSettings')}</a>
          </p>
        </section>
      </main>
      <footer class="page-foot">
        <CrisisLinks />
      </footer>
    </div>
  );
}
