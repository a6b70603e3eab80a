import type { Plan } from "./config";
import { formatSize, parseSize } from "./size";

export interface Upload {
  name: string;
  bytes: number;
}

export type Verdict = { ok: true } | { ok: false; reason: string };

/** Smallest file we bother storing; anything below is an empty or broken upload. */
const MIN_UPLOAD = parseSize("1 B");

/** Accept or reject an upload for a plan whose limits are given in bytes. */
export function checkUpload(upload: Upload, plan: Plan, limits: Record<Plan, number>): Verdict {
  if (upload.bytes < MIN_UPLOAD) return { ok: false, reason: `${upload.name} is empty` };
  const max = limits[plan];
  if (upload.bytes > max) {
    return { ok: false, reason: `${upload.name} is ${formatSize(upload.bytes)}; the ${plan} plan allows ${formatSize(max)}` };
  }
  return { ok: true };
}

/** Same as checkUpload, with the limit given as text ("25MB"), e.g. from an admin override. */
export function checkUploadAgainst(upload: Upload, limit: string): Verdict {
  return checkUpload(upload, "free", { free: parseSize(limit), pro: parseSize(limit) });
}
