import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '@/lib/i18n';
import { NEEDS, type Need } from '@/lib/journal/entry/types';
import { reflectionCopy } from '@/lib/newtab/copy';
import type { Reflection } from '@/lib/newtab/reflections';
import { useLazyComponent } from '../hooks/useLazyComponent';
import { PrerenderedPart } from '../PrerenderedPart';
import { ChoiceGroup } from './ChoiceGroup';

interface Props {
  reflection: Reflection;
  need: Need | undefined;
  onNeed(need: Need): void;
  /** The one-tap breathe, shown on every card. */
  breathe: ComponentChildren;
  onAnother(): void;
}

// Only the reflections that need them load these parts (one card is shown per tab).
const loadBarometer = () => import('./BarometerCheck').then((m) => m.BarometerCheck);
const loadCalm = () => import('./CalmNoteView').then((m) => m.CalmNoteView);

/** The card: the reflection's words (as first painted), what it invites, and a breath. */
export function ReflectionCard({ reflection, need, onNeed, breathe, onAnother }: Props) {
  const copy = reflectionCopy(reflection);
  const Barometer = useLazyComponent(loadBarometer, reflection.kind === 'barometer');
  const Calm = useLazyComponent(loadCalm, reflection.kind === 'calm');
  return (
    <section class="card reflection" aria-labelledby="reflection-title">
      {/* Not keyed by reflection: "Another reflection" keeps its focus and a breath under way
          goes on; the new words are read out through the live region. */}
      <div class="card-words" aria-live="polite">
        <h1 id="reflection-title" class="card-title">
          {copy.title}
        </h1>
        {copy.lines.map((line) => (
          <p key={line} class="card-text">
            {line}
          </p>
        ))}
      </div>
      {/* In the prerendered page already: kept until its code arrives, then the same. */}
      {reflection.kind === 'barometer' && (
        <PrerenderedPart name="barometer" component={Barometer} />
      )}
      {reflection.kind === 'calm' && Calm && <Calm />}
      {reflection.kind === 'need' && (
        <>
          <ChoiceGroup
            legend={t('needLabel')}
            name="newtab-need"
            value={need}
            options={NEEDS.map((value) => ({ value, label: t(`need_${value}` as MessageKey) }))}
            onChange={onNeed}
          />
          {need && <p class="hint">{t('newtabNeedChosen')}</p>}
        </>
      )}
      <div class="card-actions">
        {breathe}
        <button type="button" class="link-button" onClick={onAnother}>
          {t('anotherReflection')}
        </button>
      </div>
    </section>
  );
}
