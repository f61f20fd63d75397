/**
 * Rounding as Swedish reports round: half away from zero (2,25 → 2,3; −2,25 → −2,3).
 * Works on the decimal string so binary float error (1.005 → 1.00499…) cannot flip a half.
 */
export function roundHalfAwayFromZero(value: number, decimals = 0): number {
  if (!Number.isFinite(value)) return value;
  const sign = value < 0 ? -1 : 1;
  const abs = Math.abs(value);
  // 15 significant digits strip float noise (1.0049999999999999 → 1.005) before rounding.
  const [intPart, fracPart = ''] = Number(abs.toPrecision(15)).toFixed(Math.min(decimals + 6, 20)).split('.');
  const kept = fracPart.slice(0, decimals);
  const next = fracPart.charCodeAt(decimals) - 48;
  let scaled = BigInt(`${intPart}${kept}`);
  if (next >= 5) scaled += 1n;
  const result = Number(scaled) / 10 ** decimals;
  return sign * result || 0;
}

/** Change from base to current in percent, or null when the base is zero or unknown. */
export function percentChange(current: number | null, base: number | null): number | null {
  if (current === null || base === null || base === 0) return null;
  return ((current - base) / Math.abs(base)) * 100;
}
