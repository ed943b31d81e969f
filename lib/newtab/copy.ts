import { t } from '../i18n';
import type { Reflection } from './reflections';

/** The words of a reflection card: one source for the instant first paint and the full app. */
export interface ReflectionCopy {
  title: string;
  lines: string[];
}

export function reflectionCopy(reflection: Reflection): ReflectionCopy {
  switch (reflection.kind) {
    case 'reframe':
      return { title: t('newtabReframeTitle'), lines: [t(reflection.key)] };
    case 'prompt':
      return { title: t('newtabPromptTitle'), lines: [t('seedPrompt'), t('seedPromptNeed')] };
    case 'need':
      return { title: t('newtabNeedTitle'), lines: [t('newtabNeedText')] };
    case 'barometer':
      return { title: t('barometerTitle'), lines: [t('barometerIntro')] };
    case 'calm':
      // The note itself is the user's, read from storage after the first paint.
      return { title: t('calmTitle'), lines: [] };
  }
}
