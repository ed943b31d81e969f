import { describe, expect, it } from 'vitest';
import { readBarometer } from '@/lib/newtab/barometer';

describe('the barometer check', () => {
  it('says nothing until something is answered', () => {
    expect(readBarometer({})).toBe('none');
  });

  it('gives a reading for whatever was answered: every question is optional', () => {
    expect(readBarometer({ shift: 'no' })).toBe('old-fear');
    expect(readBarometer({ agreements: 'kept' })).toBe('old-fear');
    expect(readBarometer({ feeling: 'neither' })).toBe('old-fear');
    expect(readBarometer({ shift: 'unsure' })).toBe('unclear');
  });

  it('takes any one sign of something amiss seriously, without waiting for the rest', () => {
    expect(readBarometer({ shift: 'yes' })).toBe('amiss');
    expect(readBarometer({ agreements: 'broken' })).toBe('amiss');
    expect(readBarometer({ feeling: 'unsafe' })).toBe('amiss');
    expect(readBarometer({ shift: 'no', agreements: 'kept', feeling: 'unsafe' })).toBe('amiss');
    expect(readBarometer({ shift: 'unsure', agreements: 'broken' })).toBe('amiss');
  });

  it('reads "not sure" as hard to tell yet, never as old fear', () => {
    expect(readBarometer({ shift: 'unsure', agreements: 'unsure', feeling: 'uncertain' })).toBe(
      'unclear',
    );
    expect(readBarometer({ shift: 'no', agreements: 'unsure', feeling: 'neither' })).toBe(
      'unclear',
    );
  });

  it('reads an old fear only when nothing points outward and nothing is unsure', () => {
    expect(readBarometer({ shift: 'no', agreements: 'kept', feeling: 'uncertain' })).toBe(
      'old-fear',
    );
  });
});
