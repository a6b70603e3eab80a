/** Linear blend of two channel values, t in 0..1, rounded to an integer. */
export function mixChannel(a: number, b: number, t: number): number {
  const k = Math.min(1, Math.max(0, t));
  return Math.round(a + (b - a) * k);
}
