import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { plural } from '@/lib/locale';
import { importBackup, type ImportSummary } from '@/lib/journal/door';
import { MAX_IMPORT_BYTES } from '@/lib/journal/transfer/parse';

function summaryText(s: ImportSummary): string {
  const done = t('importDone', [
    plural('importAdded', s.added),
    plural('importMerged', s.merged),
    plural('importPauses', s.pausesAdded),
  ]);
  return s.ridesAdded ? `${done} ${plural('importRides', s.ridesAdded)}` : done;
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
      const outcome = await importBackup(text, file.size);
      setStatus(
        outcome.ok
          ? { error: false, text: summaryText(outcome.summary) }
          : { error: true, text: outcome.message },
      );
    } catch {
      // importBackup never rejects; reading the file itself can (it was moved or deleted).
      setStatus({ error: true, text: t('importNotJson') });
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
