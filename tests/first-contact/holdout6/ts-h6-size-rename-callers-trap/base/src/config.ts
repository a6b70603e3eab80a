import { parseSize } from "./size";

export type Plan = "free" | "pro";

/** Upload limit per plan, read from the environment with sensible defaults. */
export function loadLimits(env: Record<string, string | undefined>): Record<Plan, number> {
  return {
    free: parseSize(env.MAX_UPLOAD_FREE ?? "25MB"),
    pro: parseSize(env.MAX_UPLOAD_PRO ?? "2GB"),
  };
}
