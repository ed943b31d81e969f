import { describe, expect, it } from 'vitest';
import { dayEnd, dayStart, formatQuery, isFiltered, parseQuery } from '@/lib/journal/search/query';

describe('the journal query string', () => {
  it('reads every filter, the view and the focused entry', () => {
    expect(
      parseQuery(
        '?q=are+you+mad&kind=unsent&need=space&tag=%23texts&from=2026-03-01&to=2026-03-31&entry=abc&view=insights',
      ),
    ).toEqual({
      q: 'are you mad',
      kind: 'unsent',
      need: 'space',
      tag: 'texts',
      from: '2026-03-01',
      to: '2026-03-31',
      entry: 'abc',
      view: 'insights',
    });
  });

  it('ignores values that do not parse instead of failing', () => {
    expect(
      parseQuery('?kind=rant&need=cake&from=2026-02-30&to=yesterday&view=admin&q=%20%20'),
    ).toEqual({
      view: 'entries',
    });
  });

  it('writes what it reads, and nothing for the plain list', () => {
    const search = '?view=data&q=caf%C3%A9&kind=note&tag=work&from=2026-01-01';
    expect(formatQuery(parseQuery(search))).toBe(search);
    expect(formatQuery({ view: 'entries' })).toBe('');
  });

  it('knows when the list is narrowed', () => {
    expect(isFiltered({})).toBe(false);
    expect(isFiltered({ tag: 'x' })).toBe(true);
  });

  it('takes whole local days for the date range', () => {
    expect(dayEnd('2026-03-10') - dayStart('2026-03-10')).toBeGreaterThanOrEqual(23 * 3_600_000);
    expect(new Date(dayStart('2026-03-10')).getDate()).toBe(10);
  });
});

describe("the summary for a session's address", () => {
  it('keeps the view and its days, and drops a period it does not know', () => {
    const query = parseQuery('?view=summary&period=custom&start=2026-03-01&end=2026-03-31');
    expect(query).toEqual({
      view: 'summary',
      period: 'custom',
      start: '2026-03-01',
      end: '2026-03-31',
    });
    expect(formatQuery(query)).toBe('?view=summary&period=custom&start=2026-03-01&end=2026-03-31');
    expect(parseQuery('?view=summary&period=year')).toEqual({ view: 'summary' });
  });
});
