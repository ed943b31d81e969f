import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { popupShortcut } from '@/lib/shortcut';

/** "Alt+Shift+S opens Steady", as the browser has the shortcut now; nothing if none is set. */
export function ShortcutHint({ class: className = 'hint' }: { class?: string }) {
  const [keys, setKeys] = useState('');
  useEffect(() => void popupShortcut().then(setKeys), []);
  if (!keys) return null;
  return (
    <p class={className} data-testid="shortcut">
      {t('shortcutOpens', keys)}
    </p>
  );
}
