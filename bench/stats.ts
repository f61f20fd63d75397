/** Small helpers for benchmarks: timing and percentiles, printed as plain figures. */
export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return NaN;
  const index = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1));
  return sortedMs[index]!;
}

export async function timeEach(iterations: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await fn(i);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

export function summary(label: string, sortedMs: number[]): string {
  return `${label}: p50 ${percentile(sortedMs, 50).toFixed(2)} ms, p99 ${percentile(sortedMs, 99).toFixed(2)} ms (n=${sortedMs.length})`;
}
