import { t, type MessageKey } from '@/lib/i18n';
import { plural } from '@/lib/locale';
import type { Entry } from '@/lib/journal/entry/types';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function detail(entry: Entry): string {
  if (entry.breathing) {
    const pattern = t(`pattern_${entry.breathing.pattern}` as MessageKey);
    return t('breathingSummary', [pattern, plural('breathCount', entry.breathing.cycles)]);
  }
  if (entry.grounding) return t('groundingSummary');
  return '';
}

interface Props {
  entry: Entry;
  /** Cut the text to this many characters (the popup shows a glimpse, the journal all of it). */
  maxLength?: number;
}

/** One entry as read back: what kind, when, the words, and what was chosen with them. */
export function EntrySummary({ entry, maxLength }: Props) {
  const text =
    maxLength && entry.text.length > maxLength ? `${entry.text.slice(0, maxLength)}…` : entry.text;
  const facts = [
    detail(entry),
    entry.intensity === undefined
      ? ''
      : entry.kind === 'breathing'
        ? t('feelingAfter', String(entry.intensity))
        : t('entryIntensity', String(entry.intensity)),
    entry.need ? t(`need_${entry.need}` as MessageKey) : '',
    ...entry.tags.map((tag) => `#${tag}`),
  ].filter(Boolean);
  return (
    <article class="entry" data-kind={entry.kind}>
      <header class="entry-head">
        <span class="entry-kind">{t(`kind_${entry.kind}` as MessageKey)}</span>
        <time dateTime={new Date(entry.createdAt).toISOString()}>
          {when.format(entry.createdAt)}
        </time>
      </header>
      {text && <p class="entry-text">{text}</p>}
      {facts.length > 0 && <p class="entry-facts">{facts.join(' · ')}</p>}
    </article>
  );
}
