import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';

/** Copies words for the user to send themselves; Steady never sends anything. */
export function CopyButton({ text }: { text: string }) {
  const [status, setStatus] = useState('');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('copied'));
    } catch {
      setStatus(t('copyFailed'));
    }
  }
  return (
    <div class="stack-tight">
      <button type="button" onClick={() => void copy()}>
        {t('copyScript')}
      </button>
      <p class="hint" role="status">
        {status}
      </p>
    </div>
  );
}
