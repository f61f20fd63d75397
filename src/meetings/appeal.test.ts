import { describe, expect, it } from 'vitest';
import { appealEndDate, easterSunday, isWorkingDay } from './appeal.ts';

const iso = (date: Date) => date.toISOString().slice(0, 10);
const utc = (text: string) => new Date(`${text}T00:00:00Z`);

describe('appeal window (kommunallagen 13 kap. 5 §)', () => {
  it('ends three weeks after the posting day, across month and year ends and leap days', () => {
    expect(appealEndDate('2023-10-24')).toBe('2023-11-14');
    expect(appealEndDate('2023-12-20')).toBe('2024-01-10');
    expect(appealEndDate('2024-02-15')).toBe('2024-03-07');
    expect(appealEndDate('2023-02-15')).toBe('2023-03-08');
  });

  it('moves to the next working day when the three weeks end on a day off (lagen om beräkning av lagstadgad tid)', () => {
    expect(appealEndDate('2023-12-04')).toBe('2023-12-27'); // juldagen, annandag jul
    expect(appealEndDate('2023-12-10')).toBe('2024-01-02'); // nyårsafton (a Sunday), nyårsdagen
    expect(appealEndDate('2024-03-08')).toBe('2024-04-02'); // långfredagen, the Easter weekend, annandag påsk
    expect(appealEndDate('2024-04-18')).toBe('2024-05-10'); // Kristi himmelsfärds dag
    expect(appealEndDate('2024-05-31')).toBe('2024-06-24'); // midsommarafton and midsommardagen
    expect(appealEndDate('2023-05-16')).toBe('2023-06-07'); // nationaldagen
    expect(appealEndDate('2023-10-21')).toBe('2023-11-13'); // posted on a Saturday: ends on one
  });
});

describe('working days', () => {
  it('knows Easter Sunday', () => {
    expect(['2023', '2024', '2025', '2026', '2038'].map((y) => iso(easterSunday(Number(y))))).toEqual(['2023-04-09', '2024-03-31', '2025-04-20', '2026-04-05', '2038-04-25']);
  });

  it('counts ordinary weekdays as working days and the moving holidays as days off', () => {
    expect(isWorkingDay(utc('2023-11-14'))).toBe(true);
    expect(isWorkingDay(utc('2025-05-29'))).toBe(false); // Kristi himmelsfärds dag 2025
    expect(isWorkingDay(utc('2025-06-20'))).toBe(false); // midsommarafton 2025
    expect(isWorkingDay(utc('2025-06-19'))).toBe(true);
    expect(isWorkingDay(utc('2023-01-06'))).toBe(false); // trettondedag jul on a Friday
  });
});
