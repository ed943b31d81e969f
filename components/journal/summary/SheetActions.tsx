import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';

type Copied = 'idle' | 'copied' | 'manual';

/**
 * Copies with the clipboard API, and where a browser refuses it (no focus, a policy), with the
 * older execCommand on a hidden text box; failing both, the text is shown selected so the
 * person's own Ctrl+C does it. Every way ends in words on screen.
 */
async function copy(text: string): Promise<Copied> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    const box = document.createElement('textarea');
    box.value = text;
    box.setAttribute('readonly', '');
    box.className = 'visually-hidden';
    document.body.append(box);
    box.select();
    // execCommand is deprecated but is the one fallback that exists where writeText is refused.
    const done = document.execCommand('copy');
    box.remove();
    return done ? 'copied' : 'manual';
  }
}

/** Print (or save as PDF, in the browser's own dialog) and copy as plain text. */
export function SheetActions({ text }: { text: string }) {
  const [state, setState] = useState<Copied>('idle');
  const manual = useRef<HTMLTextAreaElement>(null);
  // A changed page is a new copy to make: the old confirmation would be about other words.
  useEffect(() => setState('idle'), [text]);
  useEffect(() => {
    if (state === 'manual') manual.current?.select();
  }, [state]);
  return (
    <div class="sheet-actions">
      <div class="row">
        <button type="button" class="primary" onClick={() => window.print()}>
          {t('summaryPrint')}
        </button>
        <button type="button" onClick={() => void copy(text).then(setState)}>
          {t('summaryCopy')}
        </button>
      </div>
      <p role="status" class={state === 'manual' ? 'status status-error' : 'hint'}>
        {state === 'copied' ? t('summaryCopied') : state === 'manual' ? t('summaryCopyManual') : ''}
      </p>
      {state === 'manual' && (
        <label class="field">
          <span>{t('summaryCopyLabel')}</span>
          <textarea ref={manual} readOnly rows={8} value={text} />
        </label>
      )}
    </div>
  );
}
