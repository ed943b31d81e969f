import type { MessageKey } from '../../i18n';
import { siteById } from '../../pause/sites';
import type { Entry } from '../entry/types';

/**
 * The words the Markdown file is written in: the page's i18n (markdownWords.ts), or, in the
 * export's worker, which has no extension APIs, the same messages handed over by the page
 * (wordsFrom in markdownCatalogue.ts). So this file imports no i18n of its own.
 */
export interface MarkdownWords {
  t(key: MessageKey, substitutions?: string | string[]): string;
  plural(base: 'breathCount', count: number): string;
}

/**
 * Keeps the user's words as words when the file is rendered: HTML tags and entities are
 * escaped, so "<b>" in an entry shows as "<b>" rather than turning text bold (or worse).
 */
export function escapeMarkdownText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function facts(entry: Entry, { t, plural }: MarkdownWords): string[] {
  const out: string[] = [];
  if (entry.intensity !== undefined) out.push(t('entryIntensity', String(entry.intensity)));
  if (entry.need) out.push(t(`need_${entry.need}` as MessageKey));
  if (entry.breathing)
    out.push(
      t('breathingSummary', [
        t(`pattern_${entry.breathing.pattern}` as MessageKey),
        plural('breathCount', entry.breathing.cycles),
      ]),
    );
  if (entry.unsent)
    out.push(t('exportSite', siteById(entry.unsent.site)?.name ?? entry.unsent.site));
  if (entry.unsent?.revisit)
    out.push(t('exportRevisit', t(`revisit_${entry.unsent.revisit.answer}`)));
  if (entry.tags.length) out.push(entry.tags.map((tag) => `#${tag}`).join(' '));
  return out.map(escapeMarkdownText);
}

function section(entry: Entry, when: Intl.DateTimeFormat, words: MarkdownWords): string {
  const { t } = words;
  const lines = [
    `## ${when.format(entry.createdAt)} · ${t(`kind_${entry.kind}` as MessageKey)}`,
    '',
  ];
  if (entry.text.trim()) {
    // A blockquote keeps the words together, whatever Markdown they happen to contain.
    lines.push(
      ...escapeMarkdownText(entry.text)
        .split(/\r?\n/)
        .map((line) => `> ${line}`.trimEnd()),
      '',
    );
  }
  const grounding = entry.grounding?.steps.flat().filter(Boolean) ?? [];
  if (grounding.length) lines.push(escapeMarkdownText(grounding.join(', ')), '');
  const list = facts(entry, words);
  if (list.length) lines.push(list.join(' · '), '');
  return lines.join('\n');
}

/** The journal for reading: newest first, one section per entry. */
export function toMarkdown(
  entries: readonly Entry[],
  exportedAt: number,
  words: MarkdownWords,
  when = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' }),
): string {
  const { t } = words;
  const head = [
    `# ${t('journalTitle')}`,
    '',
    t('exportMarkdownIntro', when.format(exportedAt)),
    '',
  ];
  const newest = [...entries].sort((a, b) => b.createdAt - a.createdAt);
  return [...head, ...newest.map((entry) => section(entry, when, words))].join('\n');
}
