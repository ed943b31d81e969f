import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { plural } from '@/lib/locale';
import { importJournal } from '@/lib/journal/actions';
import { MAX_IMPORT_BYTES } from '@/lib/journal/import';
import { importErrorText } from '@/lib/journal/importErrorText';
import type { ImportSummary } from '@/lib/journal/importWrite';

function summaryText(s: ImportSummary): string {
  return t('importDone', [
    plural('importAdded', s.added),
    plural('importMerged', s.merged),
    plural('importPauses', s.pausesAdded),
  ]);
}

/**
 * Import a Steady JSON export. The whole file is checked before anything is written, and then
 * written all or nothing; entries already here (same id) are merged, never doubled.
 */
export function ImportPanel() {
  const [status, setStatus] = useState<{ error: boolean; text: string }>({
    error: false,
    text: '',
  });
  const [busy, setBusy] = useState(false);

  async function choose(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setStatus({ error: false, text: t('importChecking') });
    try {
      // The size is checked before the file is read, so a huge file costs nothing.
      const text = file.size > MAX_IMPORT_BYTES ? '' : await file.text();
      const summary = await importJournal(text, file.size);
      setStatus({ error: false, text: summaryText(summary) });
    } catch (error) {
      setStatus({ error: true, text: importErrorText(error) });
    } finally {
      setBusy(false);
      input.value = '';
    }
  }

  return (
    <section class="card" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('importHeading')}</h2>
      <p id="import-intro">{t('importIntro')}</p>
      <label class="field">
        <span>{t('importChoose')}</span>
        <input
          type="file"
          accept="application/json,.json"
          aria-describedby="import-intro"
          disabled={busy}
          onChange={(e) => void choose(e.currentTarget)}
        />
      </label>
      <p class={`status${status.error ? ' status-error' : ''}`} role="status" id="import-status">
        {status.text}
      </p>
    </section>
  );
}
