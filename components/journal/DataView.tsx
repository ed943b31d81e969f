import { t } from '@/lib/i18n';
import type { LockStatus } from '@/lib/journal/door';
import { LockPanel } from './lock/LockPanel';
import { DeleteAllPanel } from './DeleteAllPanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { PersistPanel } from './PersistPanel';

/** Owning the data: where it lives, export, import, keep it safe, delete it all. */
export function DataView({ lock, onLockChange }: { lock: LockStatus; onLockChange(): void }) {
  return (
    <div class="stack">
      <p class="hint">{t('dataIntro')}</p>
      <LockPanel status={lock} onChange={onLockChange} />
      <ExportPanel plainWarning={lock.state !== 'off'} />
      <ImportPanel />
      <PersistPanel />
      <DeleteAllPanel />
    </div>
  );
}
