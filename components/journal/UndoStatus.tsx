import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/lib/i18n';

export type UndoState =
  | { name: 'idle' }
  | { name: 'deleted'; undo(): void }
  | { name: 'restored' }
  | { name: 'error'; message: string };

/**
 * The page's status line for deletes: "Entry deleted" with an Undo button that stays until the
 * next action (no time limit to beat), then "Entry restored". A live region, so it is heard.
 */
export function UndoStatus({ state }: { state: UndoState }) {
  const undo = useRef<HTMLButtonElement>(null);
  // The Delete button just pressed is gone with its entry: keep the keyboard's place on Undo.
  useEffect(() => {
    if (state.name === 'deleted') undo.current?.focus();
  }, [state]);
  return (
    <div class={`status toast${state.name === 'error' ? ' status-error' : ''}`} role="status">
      {state.name === 'deleted' && (
        <>
          <span>{t('entryDeleted')}</span>{' '}
          <button type="button" class="primary" ref={undo} onClick={state.undo}>
            {t('undo')}
          </button>
        </>
      )}
      {state.name === 'restored' && t('entryRestored')}
      {state.name === 'error' && state.message}
    </div>
  );
}
