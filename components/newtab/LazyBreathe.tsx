import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { Settings } from '@/lib/settings/schema';
import { useLazyComponent } from '../hooks/useLazyComponent';

const loadPanel = () => import('../BreathePanel').then((m) => m.BreathePanel);

/**
 * "Breathe for a minute": the pacer and its logging load on the tap (from the extension's own
 * files, in a few milliseconds), so a new tab opened just to look does not carry them.
 */
export function LazyBreathe({ breathing }: { breathing: Settings['breathing'] }) {
  const [tapped, setTapped] = useState(false);
  const Panel = useLazyComponent(loadPanel, tapped);
  if (Panel) return <Panel breathing={breathing} startNow />;
  const button = (
    <button type="button" class="primary" onClick={() => setTapped(true)}>
      {t('breatheMinute')}
    </button>
  );
  // 4-7-8 can start from here: its "sit down" note comes before the tap, as in the popup.
  if (breathing.pattern !== '478') return button;
  return (
    <>
      <p class="hint">{t('patternHelp_478')}</p>
      {button}
    </>
  );
}
