import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { plural, uiLanguage } from '@/lib/locale';
import { exportJournal, type ExportKind, type ExportProgress } from './download';

const number = (n: number) => n.toLocaleString(uiLanguage());

/** Export: JSON to keep or move (round-trips exactly), Markdown to read, CSV for a spreadsheet. */
export function ExportPanel({ plainWarning = false }: { plainWarning?: boolean }) {
  const [status, setStatus] = useState<{ error: boolean; text: string }>({
    error: false,
    text: '',
  });
  // With the lock on, a file in plain words is a choice the person makes knowingly.
  const [asking, setAsking] = useState<ExportKind>();
  const [busy, setBusy] = useState(false);
  const [reading, setReading] = useState<ExportProgress>();
  async function run(kind: ExportKind, confirmed = false) {
    if (busy) return; // one file at a time
    if (plainWarning && !confirmed) {
      setAsking(kind);
      return;
    }
    setAsking(undefined);
    setBusy(true);
    setStatus({ error: false, text: t('exportPreparing') });
    try {
      // A large journal's is made in a worker, which says how far it has got; the page stays free.
      const count = await exportJournal(kind, setReading);
      setStatus({ error: false, text: plural('exportDone', count) });
    } catch {
      setStatus({ error: true, text: t('exportFailed') });
    } finally {
      setBusy(false);
      setReading(undefined);
    }
  }
  return (
    <section class="card" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('exportHeading')}</h2>
      <p>{t('exportIntro')}</p>
      <div class="button-row start">
        <button type="button" class="primary" aria-disabled={busy} onClick={() => void run('json')}>
          {t('exportJson')}
        </button>
        <button type="button" aria-disabled={busy} onClick={() => void run('markdown')}>
          {t('exportMarkdown')}
        </button>
        <button type="button" aria-disabled={busy} onClick={() => void run('csv')}>
          {t('exportCsv')}
        </button>
      </div>
      {asking && (
        <div class="confirm stack" role="group" aria-labelledby="export-plain-question">
          <p id="export-plain-question" class="confirm-question">
            {t('exportPlainQuestion')}
          </p>
          <div class="button-row start">
            <button type="button" class="primary" onClick={() => void run(asking, true)}>
              {t('exportPlainConfirm')}
            </button>
            <button type="button" onClick={() => setAsking(undefined)}>
              {t('lockCancel')}
            </button>
          </div>
        </div>
      )}
      <p class={`status${status.error ? ' status-error' : ''}`} role="status" id="export-status">
        {status.text}
      </p>
      {/* A large journal takes seconds: how far it has got (the bar, not a live region, moves). */}
      {reading && (
        <div class="import-progress">
          <progress
            aria-labelledby="export-status"
            aria-describedby="export-count"
            value={reading.done}
            max={reading.total}
          />
          <p class="hint" id="export-count">
            {/* Once all are read, opening sealed ones and writing the file take a moment more. */}
            {reading.done < reading.total
              ? t('exportReading', [number(reading.done), number(reading.total)])
              : t('exportWriting', number(reading.total))}
          </p>
        </div>
      )}
    </section>
  );
}
