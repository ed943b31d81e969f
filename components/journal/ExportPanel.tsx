import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { plural } from '@/lib/locale';
import { exportJournal, type ExportKind } from './download';

/** Export: JSON to keep or move (round-trips exactly), Markdown to read, CSV for a spreadsheet. */
export function ExportPanel() {
  const [status, setStatus] = useState<{ error: boolean; text: string }>({
    error: false,
    text: '',
  });
  async function run(kind: ExportKind) {
    try {
      const count = await exportJournal(kind);
      setStatus({ error: false, text: plural('exportDone', count) });
    } catch {
      setStatus({ error: true, text: t('exportFailed') });
    }
  }
  return (
    <section class="card" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('exportHeading')}</h2>
      <p>{t('exportIntro')}</p>
      <div class="button-row start">
        <button type="button" class="primary" onClick={() => void run('json')}>
          {t('exportJson')}
        </button>
        <button type="button" onClick={() => void run('markdown')}>
          {t('exportMarkdown')}
        </button>
        <button type="button" onClick={() => void run('csv')}>
          {t('exportCsv')}
        </button>
      </div>
      <p class={`status${status.error ? ' status-error' : ''}`} role="status">
        {status.text}
      </p>
    </section>
  );
}
