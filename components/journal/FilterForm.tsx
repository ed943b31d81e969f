import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import { isFiltered, type JournalFilter } from '@/lib/journal/search/query';
import { ENTRY_KINDS, NEEDS, isEntryKind, isNeed } from '@/lib/journal/entry/types';
import { warmSearch } from '@/lib/journal/door';

interface Props {
  filter: JournalFilter;
  onChange(change: Partial<JournalFilter>): void;
}

/** Search words and filters; each change narrows the list at once (typing waits a moment). */
export function FilterForm({ filter, onChange }: Props) {
  const [q, setQ] = useState(filter.q ?? '');
  useEffect(() => {
    if (q === (filter.q ?? '')) return;
    const timer = setTimeout(() => onChange({ q: q.trim() || undefined }), 200);
    return () => clearTimeout(timer);
  }, [q]); // Only the typed words start a search; a changed filter has its own call.
  return (
    <form
      class="filters"
      role="search"
      aria-label={t('searchLabel')}
      onSubmit={(e) => e.preventDefault()}
      // Getting ready to search: index the journal while the user is still typing.
      onFocusIn={warmSearch}
    >
      <label class="field filter-search">
        <span>{t('searchLabel')}</span>
        <input
          type="search"
          value={q}
          onInput={(e) => setQ(e.currentTarget.value)}
          aria-describedby="search-hint"
        />
      </label>
      <p class="hint" id="search-hint">
        {t('searchHint')}
      </p>
      <div class="filter-row">
        <label class="field">
          <span>{t('filterKind')}</span>
          <select
            value={filter.kind ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.value;
              onChange({ kind: isEntryKind(value) ? value : undefined });
            }}
          >
            <option value="">{t('filterAny')}</option>
            {ENTRY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind_${kind}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('filterNeed')}</span>
          <select
            value={filter.need ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.value;
              onChange({ need: isNeed(value) ? value : undefined });
            }}
          >
            <option value="">{t('filterAny')}</option>
            {NEEDS.map((need) => (
              <option key={need} value={need}>
                {t(`need_${need}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('filterTag')}</span>
          <input
            type="text"
            value={filter.tag ?? ''}
            onChange={(e) =>
              onChange({ tag: e.currentTarget.value.trim().replace(/^#+/, '') || undefined })
            }
          />
        </label>
        <label class="field">
          <span>{t('filterFrom')}</span>
          <input
            type="date"
            value={filter.from ?? ''}
            onChange={(e) => onChange({ from: e.currentTarget.value || undefined })}
          />
        </label>
        <label class="field">
          <span>{t('filterTo')}</span>
          <input
            type="date"
            value={filter.to ?? ''}
            onChange={(e) => onChange({ to: e.currentTarget.value || undefined })}
          />
        </label>
      </div>
      {isFiltered(filter) && (
        <button
          type="button"
          class="link-button"
          onClick={() => {
            setQ('');
            onChange({
              q: undefined,
              kind: undefined,
              need: undefined,
              tag: undefined,
              from: undefined,
              to: undefined,
            });
          }}
        >
          {t('filterClear')}
        </button>
      )}
    </form>
  );
}
