import { PLAIN_CODEC } from '@/lib/journal/lock/codec';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pauseHandlers } from '@/entrypoints/background/pause';
import { readEverything } from '@/lib/journal/store/everything';
import { getJournal } from '@/lib/journal/store/open';
import { toJson } from '@/lib/journal/transfer/json';
import { parseImport } from '@/lib/journal/transfer/parse';
import { writeImport } from '@/lib/journal/store/importWrite';
import { MAX_TEXT_LENGTH } from '@/lib/journal/entry/limits';
import { MAX_MATCHED_ITEM, MAX_MATCHED_SENT } from '@/lib/pause/limits';
import { freshJournal } from '../../support/db';
import { extras } from '../../support/fakeBrowserExtras';
import '../../support/sharedJournal';

/** Anything Steady stores, Steady's own backup brings back: the pause's limits included. */
describe('the largest pause Steady keeps', () => {
  it('comes back whole from a JSON export imported into an empty journal', async () => {
    await extras().permissions.request({ origins: ['https://mail.google.com/*'] });
    const sender = { id: fakeBrowser.runtime.id, url: 'https://mail.google.com/', tab: { id: 1 } };
    const data = {
      // Characters an export must escape, at the journal's full length.
      text: `<b>"are you mad?"</b>\n\u2028é`.padEnd(MAX_TEXT_LENGTH, 'é'),
      matched: Array.from({ length: MAX_MATCHED_SENT }, (_, i) =>
        `“${i}”`.padEnd(MAX_MATCHED_ITEM, '?'),
      ),
      need: 'safety' as const,
      conversation: `gmail:${'#'.repeat(190)}`,
    };
    await pauseHandlers['pause.wait'](data, sender);
    await pauseHandlers['pause.save'](data, sender);
    const saved = await readEverything(await getJournal(), PLAIN_CODEC.open);
    expect(saved.entries).toHaveLength(2);

    const file = toJson(saved);
    const empty = await freshJournal();
    await writeImport(empty, parseImport(file), PLAIN_CODEC.seal);
    const back = await readEverything(empty, PLAIN_CODEC.open);
    expect(toJson(back, 0)).toEqual(toJson(saved, 0));
    expect(back.entries.map((e) => e.text.length)).toEqual([MAX_TEXT_LENGTH, MAX_TEXT_LENGTH]);
  });
});
