import { useCallback, useEffect, useState } from 'preact/hooks';
import { formatQuery, parseQuery, type JournalQuery } from '@/lib/journal/search/query';

/**
 * The page's query (search, filters, view, focused entry), read from and written to the URL:
 * a reload, or the back button, shows the same thing. Names are documented in lib/journal/search/query.ts.
 */
export function useJournalQuery(): [JournalQuery, (change: Partial<JournalQuery>) => void] {
  const [query, setQueryState] = useState(() => parseQuery(location.search));
  useEffect(() => {
    const onPop = () => setQueryState(parseQuery(location.search));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const setQuery = useCallback((change: Partial<JournalQuery>) => {
    setQueryState((current) => {
      const next = { ...current, ...change };
      for (const key of Object.keys(change) as (keyof JournalQuery)[]) {
        if (change[key] === undefined || change[key] === '') delete next[key];
      }
      // replaceState: typing a search is not a trail of history entries.
      history.replaceState(null, '', `${location.pathname}${formatQuery(next)}`);
      return next as JournalQuery;
    });
  }, []);
  return [query, setQuery];
}
