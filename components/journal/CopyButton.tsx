import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';

/** Copies words to the clipboard in one click, and says so. Sending stays the user's own act. */
export function CopyButton({ text }: { text: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }
  return (
    <span class="copy">
      <button type="button" onClick={() => void copy()}>
        {t('copyText')}
      </button>
      <span role="status" class="hint">
        {state === 'copied' ? t('copied') : state === 'failed' ? t('copyFailed') : ''}
      </span>
    </span>
  );
}
