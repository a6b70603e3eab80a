import { formatDuration, parseDuration } from "./time";

/** jobclock <timeout> : echo the normalised timeout, used by the runner's wrapper script. */
export function main(argv: string[]): number {
  const [arg] = argv;
  if (!arg) {
    console.error("usage: jobclock <duration>");
    return 2;
  }
  console.log(formatDuration(parseDuration(arg)));
  return 0;
}
