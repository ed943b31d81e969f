import { useId } from 'preact/hooks';
import { t } from '@/lib/i18n';

/**
 * Crisis resources, one click from every surface. Plain links the user follows: Steady itself
 * never contacts these services.
 */
export function CrisisLinks() {
  const newTab = t('opensNewTab');
  // A page can show these twice (the barometer's answer and the footer): ids must differ.
  const heading = useId();
  return (
    <section class="crisis" aria-labelledby={heading}>
      <h2 id={heading} class="crisis-lead">
        {t('crisisLead')}
      </h2>
      <ul class="crisis-list">
        <li>
          <a href="https://988lifeline.org/" target="_blank" rel="noreferrer" title={newTab}>
            {t('crisisUS')}
          </a>
        </li>
        <li>
          <a href="https://www.samaritans.org/" target="_blank" rel="noreferrer" title={newTab}>
            {t('crisisUK')}
          </a>
        </li>
        <li>
          <a href="https://findahelpline.com/" target="_blank" rel="noreferrer" title={newTab}>
            {t('crisisElsewhere')}
          </a>
        </li>
      </ul>
      <p class="crisis-note crisis-emergency">{t('crisisEmergency')}</p>
      <p class="crisis-note">{t('crisisNote')}</p>
    </section>
  );
}
