import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { REMINDER } from '@/lib/exercises/reframes';
import { nextReflection, type Reflection } from '@/lib/newtab/reflections';
import type { NewtabMode } from '@/lib/settings/schema';
import { mergeTextDrafts, remainingTextDraft } from '@/lib/drafts/merge';
import { useDraft, type DraftOptions } from '../hooks/useDraft';
import { useReadyMark } from '../hooks/useReadyMark';
import { useSettings } from '../hooks/useSettings';
import { useTheme } from '../hooks/useTheme';
import { LazyBreathe } from './LazyBreathe';
import { NewtabFooter } from './NewtabFooter';
import { NoteBox, type NoteDraft } from './NoteBox';
import { ReflectionCard } from './ReflectionCard';
import { WaitingUnsent } from './WaitingUnsent';

const EMPTY_NOTE: NoteDraft = { text: '' };
const NOTE_DRAFT_OPTIONS: DraftOptions<NoteDraft> = {
  merge: mergeTextDrafts,
  remaining: (current, saved) => remainingTextDraft(current, saved, EMPTY_NOTE),
};

interface Props {
  /** The mode and reflection the first paint already showed, so mounting changes nothing seen. */
  mode: NewtabMode;
  reflection: Reflection;
}

export function NewtabApp(props: Props) {
  const [settings, , loaded] = useSettings();
  useReadyMark();
  useTheme(loaded ? settings.theme : undefined);
  const [reflection, setReflection] = useState(props.reflection);
  const note = useDraft<NoteDraft>('newtab-note', EMPTY_NOTE, NOTE_DRAFT_OPTIONS);
  // Until the stored settings arrive, keep the mode the first paint used.
  const mode = loaded ? settings.newtab.mode : props.mode;

  if (mode === 'minimal') {
    return (
      <>
        <main class="newtab-main minimal">
          <h1 class="reminder">{t(REMINDER)}</h1>
        </main>
        <NewtabFooter />
      </>
    );
  }
  return (
    <>
      <main class="newtab-main">
        <p class="brand">{t('extName')}</p>
        <NoteBox draft={note} />
        <ReflectionCard
          reflection={reflection}
          need={note.value.need}
          onNeed={(need) => note.set({ ...note.value, need })}
          breathe={<LazyBreathe breathing={settings.breathing} />}
          onAnother={() => setReflection(nextReflection(reflection))}
        />
        <WaitingUnsent />
      </main>
      <NewtabFooter />
    </>
  );
}
