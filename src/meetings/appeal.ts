/**
 * Kommunallagen 13 kap. 5 §: an appeal must arrive within three weeks from the day the notice
 * of the approved minutes was posted on the notice board. The posting day is day 0, so the
 * last day is the same weekday three weeks later. (When that day is a Saturday, Sunday or
 * public holiday, the appeal may arrive on the next working day (lagen om beräkning av
 * lagstadgad tid); we show the nominal date, as municipalities' notice boards do.)
 */
export function appealEndDate(postedOn: string): string {
  const [y, m, d] = postedOn.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + 21));
  return date.toISOString().slice(0, 10);
}
