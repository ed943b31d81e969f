// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import {
  applyThemeHint,
  readFirstPaintHints,
  writeFirstPaintHints,
} from '@/lib/settings/firstPaint';

beforeEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.theme;
});

describe('first-paint hints', () => {
  it('fall back to the system theme and the full card', () => {
    expect(readFirstPaintHints()).toEqual({ theme: 'system', newtabMode: 'full' });
  });

  it('remember a pinned theme and minimal mode for the next page', () => {
    writeFirstPaintHints({ ...DEFAULT_SETTINGS, theme: 'dark', newtab: { mode: 'minimal' } });
    expect(readFirstPaintHints()).toEqual({ theme: 'dark', newtabMode: 'minimal' });
    applyThemeHint();
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('ignore hand-edited nonsense', () => {
    localStorage.setItem('steady:theme', 'neon');
    localStorage.setItem('steady:newtab-mode', 'loud');
    expect(readFirstPaintHints()).toEqual({ theme: 'system', newtabMode: 'full' });
    applyThemeHint();
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });
});
