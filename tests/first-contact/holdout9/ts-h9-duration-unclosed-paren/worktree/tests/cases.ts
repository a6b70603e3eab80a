/** Round-trip cases shared by the parse and format tests: [text, milliseconds]. */
export const ROUND_TRIP: Array<[string, number]> = [
  ['45s', 45_000],
  ['1h30m', 5_400_000],
  ['2d4h', 187_200_000],
  ['1m500ms', 60_500],
  ['1d1h1m1s1ms', 90_061_001],
  ['2w1d', 1_296_000_000],
];
