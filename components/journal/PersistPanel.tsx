import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';

type State = 'unknown' | 'unsupported' | 'persistent' | 'best-effort' | 'refused';

/**
 * Asks the browser to keep Steady's storage when the disk runs low
 * (navigator.storage.persist()), and says in plain words what that means.
 */
export function PersistPanel() {
  const [state, setState] = useState<State>('unknown');
  useEffect(() => {
    if (!navigator.storage?.persisted) {
      setState('unsupported');
      return;
    }
    void navigator.storage.persisted().then((yes) => setState(yes ? 'persistent' : 'best-effort'));
  }, []);

  async function ask() {
    const granted = await navigator.storage.persist().catch(() => false);
    setState(granted ? 'persistent' : 'refused');
  }

  return (
    <section class="card" aria-labelledby="persist-heading">
      <h2 id="persist-heading">{t('persistHeading')}</h2>
      <p>{t('persistExplain')}</p>
      <p role="status" class="status">
        {state === 'persistent' && t('persistYes')}
        {state === 'best-effort' && t('persistNotYet')}
        {state === 'refused' && t('persistRefused')}
        {state === 'unsupported' && t('persistUnsupported')}
      </p>
      {(state === 'best-effort' || state === 'refused') && (
        <div class="button-row start">
          <button type="button" onClick={() => void ask()}>
            {t('persistAsk')}
          </button>
        </div>
      )}
    </section>
  );
}
