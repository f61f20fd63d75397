import { describe, expect, it } from 'vitest';
import { swedishInstant } from './swedish-time.ts';

describe('Swedish wall-clock times', () => {
  it('reads summer and winter times with their offsets', () => {
    expect(swedishInstant('2023-10-18', '13:00')?.toISOString()).toBe('2023-10-18T11:00:00.000Z');
    expect(swedishInstant('2024-01-15', '9.30')?.toISOString()).toBe('2024-01-15T08:30:00.000Z');
    // The night the clocks go back: 02:30 comes twice; the first (summer time) is taken.
    expect(swedishInstant('2024-10-27', '01:30')?.toISOString()).toBe('2024-10-26T23:30:00.000Z');
  });

  it('gives nothing for text that is no date and time', () => {
    expect(swedishInstant('18/10/2023', '13:00')).toBeUndefined();
    expect(swedishInstant('2023-10-18', 'eftermiddag')).toBeUndefined();
    expect(swedishInstant('2023-10-18', '25:00')).toBeUndefined();
  });
});
