/**
 * Numbers of sections and agenda items ("4.1.10", "1.2") compare part by part, so 4.1.10
 * follows 4.1.9 and "1" comes before "1.1".
 */
export function compareDottedNumbers(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}
