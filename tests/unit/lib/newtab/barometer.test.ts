import { describe, expect, it } from 'vitest';
import { readBarometer } from '@/lib/newtab/barometer';

describe('the barometer check', () => {
  it('waits until it has something to say', () => {
    expect(readBarometer({})).toBe('incomplete');
    expect(readBarometer({ shift: 'no', agreements: 'kept' })).toBe('incomplete');
  });

  it('takes any one sign of something amiss seriously, without waiting for the rest', () => {
    expect(readBarometer({ shift: 'yes' })).toBe('amiss');
    expect(readBarometer({ agreements: 'broken' })).toBe('amiss');
    expect(readBarometer({ feeling: 'unsafe' })).toBe('amiss');
    expect(readBarometer({ shift: 'no', agreements: 'kept', feeling: 'unsafe' })).toBe('amiss');
  });

  it('reads an old fear when nothing points outward', () => {
    expect(readBarometer({ shift: 'no', agreements: 'kept', feeling: 'uncertain' })).toBe(
      'old-fear',
    );
    expect(readBarometer({ shift: 'unsure', agreements: 'unsure', feeling: 'uncertain' })).toBe(
      'old-fear',
    );
  });
});
