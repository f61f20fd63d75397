/**
 * Dates as matters print them: "2023-10-17", the short "23-10-16" of a party's letterhead, and
 * "2022-12-08" inside running text. Returned as ISO dates, or null when not a real date.
 */
const FULL = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const SHORT = /^(\d{2})-(\d{2})-(\d{2})$/;

export function parseDate(text: string): string | null {
  const t = text.trim();
  const full = FULL.exec(t);
  if (full) return iso(Number(full[1]), Number(full[2]), Number(full[3]));
  const short = SHORT.exec(t);
  if (short) return iso(2000 + Number(short[1]), Number(short[2]), Number(short[3]));
  return null;
}

/** The first full date in running text ("KF 2022-12-08, punkt 1"). */
export function findDate(text: string): string | null {
  for (const m of text.matchAll(/(?<![\d-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])/g)) {
    const date = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    if (date) return date;
  }
  return null;
}

function iso(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
