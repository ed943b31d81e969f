import { describe, expect, it } from 'vitest';
import { MATCH_DOUBLE_TEXT, MATCH_QUESTIONS, detect, type DetectOptions } from '@/lib/pause/detect';
import { DEFAULT_PHRASES } from '@/lib/pause/phrases';
import { effectivePhrases, phraseEdits } from '@/lib/pause/phraseList';

const base: DetectOptions = { phrases: DEFAULT_PHRASES, sensitivity: 'balanced', quickSends: 0 };
const check = (text: string, options: Partial<DetectOptions> = {}) =>
  detect(text, { ...base, ...options });

describe('noticing reassurance seeking in a draft', () => {
  it.each([
    ['Are you mad at me', 'are you mad'],
    ['did I do something wrong?', 'did I do something wrong'],
    ['are we ok', 'are we ok'],
    ['why havent you replied', "why haven't you replied"],
    ['Why haven’t you replied to me', "why haven't you replied"],
    ['hey, just checking in :)', 'just checking'],
    ['never mind.', 'never mind'],
    ['¿Estás enojado?', 'estás enojado'],
    ['estas enojada conmigo', 'estás enojada'],
    ['¿Hice algo mal?', 'hice algo mal'],
    ['¿por qué no me contestas', 'por qué no me contestas'],
    ['olvidalo', 'olvídalo'],
  ])('pauses on %j and names %j', (text, phrase) => {
    const verdict = check(text);
    expect(verdict.pause).toBe(true);
    expect(verdict.matched).toContain(phrase);
  });

  it.each([
    'See you at 7, can you bring the charger?',
    'I made pasta tonight',
    'Are you coming to the madrid trip?', // "mad" inside a word is not "are you mad"
    'estamos bienvenidos', // "estamos bien" must be whole words
    'the checking account is fine',
    '¿Vienes mañana?',
    'Sorry, running 5 min late',
    '',
    '    ',
  ])('lets %j through', (text) => {
    expect(check(text)).toMatchObject({ pause: false, matched: [] });
  });

  it('names only the longest of nested phrases', () => {
    expect(check('did I do something wrong').matched).toEqual(['did I do something wrong']);
  });

  it('notices repeated question marks, including the full-width kind', () => {
    expect(check('hello??')).toMatchObject({ pause: true, matched: [MATCH_QUESTIONS] });
    expect(check('hola？？').matched).toEqual([MATCH_QUESTIONS]);
    expect(check('really?').pause).toBe(false);
  });

  it('notices repeated apologies and says how many', () => {
    expect(check('sorry sorry I know')).toMatchObject({ pause: true, matched: ['sorry ×2'] });
    expect(check('lo siento, perdón').matched).toEqual(['perdón ×2']);
    expect(check('sorry!').pause).toBe(false);
  });

  it('notices a quick double text only when it follows quick sends', () => {
    expect(check('hi', { quickSends: 1 }).pause).toBe(false);
    expect(check('hi', { quickSends: 2 })).toMatchObject({
      pause: true,
      matched: [MATCH_DOUBLE_TEXT],
    });
  });

  it('names every rule that matched, phrases first', () => {
    expect(check('sorry, sorry, are you mad??', { quickSends: 3 }).matched).toEqual([
      'are you mad',
      MATCH_QUESTIONS,
      'sorry ×2',
      MATCH_DOUBLE_TEXT,
    ]);
  });
});

describe('sensitivity', () => {
  it('gentle waits for clearer signs', () => {
    const gentle = { sensitivity: 'gentle' as const };
    expect(check('hello??', gentle).pause).toBe(false);
    expect(check('hello???', gentle).pause).toBe(true);
    expect(check('sorry sorry', gentle).pause).toBe(false);
    expect(check('sorry sorry sorry', gentle).pause).toBe(true);
    expect(check('hi', { ...gentle, quickSends: 2 }).pause).toBe(false);
    expect(check('hi', { ...gentle, quickSends: 3 }).pause).toBe(true);
    expect(check('are you mad', gentle).pause).toBe(true);
  });

  it('watchful notices one apology and a second quick message', () => {
    const watchful = { sensitivity: 'watchful' as const };
    expect(check('sorry!', watchful)).toMatchObject({ pause: true, matched: ['sorry'] });
    expect(check('hi', { ...watchful, quickSends: 1 }).matched).toEqual([MATCH_DOUBLE_TEXT]);
  });
});

describe("the user's phrase list", () => {
  it('pauses on a phrase the user added, and not on one they removed', () => {
    const phrases = effectivePhrases({ added: ['u up'], removed: ['just checking'] });
    expect(check('u up?', { phrases })).toMatchObject({ pause: true, matched: ['u up'] });
    expect(check('just checking', { phrases }).pause).toBe(false);
    expect(check('are you mad', { phrases }).pause).toBe(true);
  });

  it('treats a phrase with regex characters as plain text', () => {
    const phrases = effectivePhrases({ added: ['(hello) .*'], removed: [] });
    expect(check('(hello) .*', { phrases }).pause).toBe(true);
    expect(check('hello there', { phrases }).pause).toBe(false);
  });

  it('turns an edited list back into edits against the defaults', () => {
    const list = [...DEFAULT_PHRASES.filter((p) => p !== 'never mind'), 'Mine too'];
    expect(phraseEdits(list)).toEqual({ added: ['Mine too'], removed: ['never mind'] });
    expect(phraseEdits(DEFAULT_PHRASES)).toEqual({ added: [], removed: [] });
    expect(effectivePhrases(phraseEdits(list))).toEqual(list);
  });
});
