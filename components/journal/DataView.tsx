import { t } from '@/lib/i18n';
import { DeleteAllPanel } from './DeleteAllPanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { PersistPanel } from './PersistPanel';

/** Owning the data: where it lives, export, import, keep it safe, delete it all. */
export function DataView() {
  return (
    <div class="stack">
      <p class="hint">{t('dataIntro')}</p>
      <ExportPanel />
      <ImportPanel />
      <PersistPanel />
      <DeleteAllPanel />
    </div>
  );
}
