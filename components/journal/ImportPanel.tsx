import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { plural } from '@/lib/locale';
import { uiLanguage } from '@/lib/locale';
import { importBackup, type ImportSummary } from '@/lib/journal/door';
import type { ImportProgress } from '@/lib/journal/door';

const number = (n: number) => n.toLocaleString(uiLanguage());

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
  const [writing, setWriting] = useState<{ done: number; total: number }>();

  async function choose(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setStatus({ error: false, text: t('importChecking') });
    try {
      // The file itself: it is read, and its size checked first, off the page's thread.
      const outcome = await importBackup(file, file.size, (progress: ImportProgress) => {
        if (progress.phase !== 'writing') return;
        // Said once, when the check is over; then only the count and the bar move.
        if (progress.done === 0) setStatus({ error: false, text: t('importSaving') });
        setWriting(progress);
      });
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
      setWriting(undefined);
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
      {/* A large backup takes seconds: how far it has got (the bar, not a live region, changes). */}
      {busy && (
        <div class="import-progress">
          <progress
            aria-labelledby="import-status"
            {...(writing ? { value: writing.done, max: writing.total } : {})}
          />
          {writing && (
            <p class="hint">{t('importWriting', [number(writing.done), number(writing.total)])}</p>
          )}
        </div>
      )}
    </section>
  );
}
