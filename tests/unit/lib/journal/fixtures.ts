import type { Entry, PauseEvent } from '@/lib/journal/entry/types';

const base = new Date(2026, 2, 10, 21, 30).getTime();
const HOUR = 3_600_000;

/** One entry of every kind, with every optional field used somewhere. */
export function sampleEntries(): Entry[] {
  return [
    {
      id: 'note-1',
      kind: 'note',
      createdAt: base,
      updatedAt: base,
      text: 'No reply since this morning. Café with Ana felt distant.',
      intensity: 7,
      need: 'reassurance',
      tags: ['texts', 'Late night'],
    },
    {
      id: 'breath-1',
      kind: 'breathing',
      createdAt: base + HOUR,
      updatedAt: base + HOUR,
      text: '',
      intensity: 3,
      tags: [],
      breathing: { pattern: 'box', seconds: 64, cycles: 4 },
    },
    {
      id: 'ground-1',
      kind: 'grounding',
      createdAt: base + 2 * HOUR,
      updatedAt: base + 2 * HOUR,
      text: '',
      tags: ['work'],
      grounding: { steps: [['lamp', 'window'], ['desk'], [], [], ['tea']] },
    },
    {
      id: 'unsent-1',
      kind: 'unsent',
      createdAt: base + 26 * HOUR,
      updatedAt: base + 27 * HOUR,
      text: 'Are you mad at me?? =SUM(A1)',
      intensity: 8,
      need: 'safety',
      tags: ['texts'],
      unsent: {
        site: 'whatsapp',
        matched: ['are you mad', '??'],
        remindAt: base + 26.2 * HOUR,
        revisit: { answer: 'passed', at: base + 27 * HOUR },
      },
    },
    {
      id: 'note-2',
      kind: 'note',
      createdAt: base + 50 * HOUR,
      updatedAt: base + 50 * HOUR,
      text: 'Me sentí tranquila hoy, <b>sin</b> miedo.\nSecond line, with "quotes", and commas',
      intensity: 2,
      need: 'space',
      tags: ['niño'],
    },
  ];
}

export function samplePauses(): PauseEvent[] {
  return [
    { id: 'p1', at: base + 26 * HOUR, site: 'whatsapp', outcome: 'saved', entryId: 'unsent-1' },
    { id: 'p2', at: base + 30 * HOUR, site: 'slack', outcome: 'waited' },
    { id: 'p3', at: base + 31 * HOUR, site: 'slack', outcome: 'sent' },
  ];
}
