/**
 * Kommunallagen 13 kap. 5 §: an appeal must arrive within three weeks from the day the notice
 * of the approved minutes was posted on the notice board. The posting day is day 0, so the
 * period ends on the same weekday three weeks later. When that day is a Saturday, Sunday,
 * public holiday, midsummer eve, Christmas eve or New Year's eve, the appeal may arrive on the
 * next working day (lagen (1930:173) om beräkning av lagstadgad tid), and that is the last day
 * a resident needs to know.
 */
export function appealEndDate(postedOn: string): string {
  const [y, m, d] = postedOn.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + 21));
  while (!isWorkingDay(date)) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Not a Saturday, Sunday, allmän helgdag (lag 1989:253) nor one of the three eves the 1930 law adds. */
export function isWorkingDay(date: Date): boolean {
  const weekday = date.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !daysOff(date.getUTCFullYear()).has(date.toISOString().slice(0, 10));
}

function daysOff(year: number): Set<string> {
  const day = (month: number, dayOfMonth: number) => new Date(Date.UTC(year, month - 1, dayOfMonth));
  const plus = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
  const easter = easterSunday(year);
  // Midsummer day is the Saturday of 20–26 June, All Saints' day the Saturday of 31 Oct–6 Nov.
  const saturdayFrom = (from: Date) => plus(from, (6 - from.getUTCDay() + 7) % 7);
  const midsummerDay = saturdayFrom(day(6, 20));
  const dates = [
    day(1, 1), // nyårsdagen
    day(1, 6), // trettondedag jul
    plus(easter, -2), // långfredagen
    easter, // påskdagen
    plus(easter, 1), // annandag påsk
    day(5, 1), // första maj
    plus(easter, 39), // Kristi himmelsfärds dag
    plus(easter, 49), // pingstdagen
    day(6, 6), // Sveriges nationaldag
    plus(midsummerDay, -1), // midsommarafton
    midsummerDay, // midsommardagen
    saturdayFrom(day(10, 31)), // alla helgons dag
    day(12, 24), // julafton
    day(12, 25), // juldagen
    day(12, 26), // annandag jul
    day(12, 31), // nyårsafton
  ];
  return new Set(dates.map((d) => d.toISOString().slice(0, 10)));
}

/** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus/Jones/Butcher). */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, dayOfMonth));
}
