import { t } from '@/lib/i18n';
import { CrisisLinks } from '../CrisisLinks';

const HELPLINES = [
  { key: 'safetyLineUS', href: 'https://www.thehotline.org/' },
  { key: 'safetyLineUK', href: 'https://www.nationaldahelpline.org.uk/' },
  { key: 'safetyLineIE', href: 'https://www.womensaid.ie/' },
] as const;

/**
 * When someone says they feel unsafe, Steady does not suggest talking it through with the
 * person: if the partner is the danger, that advice could put them at risk. It leads with
 * safety and with people whose work is exactly this.
 */
export function SafetyFirst() {
  const newTab = t('opensNewTab');
  return (
    <div class="result result-amiss">
      <h2 class="result-title">{t('safetyTitle')}</h2>
      <p>{t('safetyText')}</p>
      <ul class="crisis-list">
        {HELPLINES.map(({ key, href }) => (
          <li key={key}>
            <a href={href} target="_blank" rel="noreferrer" title={newTab}>
              {t(key)}
            </a>
          </li>
        ))}
      </ul>
      <CrisisLinks />
    </div>
  );
}
