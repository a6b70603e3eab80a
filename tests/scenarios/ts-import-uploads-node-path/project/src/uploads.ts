/** Naming of uploaded files: safe names and allowed types. */
const ALLOWED = new Set([".png", ".jpg", ".pdf"]);

/** A lowercase, dash-separated version of a file name that keeps its extension. */
export function safeName(original: string): string {
  const dot = original.lastIndexOf(".");
  const stem = dot > 0 ? original.slice(0, dot) : original;
  const ext = dot > 0 ? original.slice(dot).toLowerCase() : "";
  const slug = stem
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `${slug || "file"}${ext}`;
}

/** Whether the extension of `name` is one we accept. */
export function allowed(name: string): boolean {
  const dot = name.lastIndexOf(".");
  return dot > 0 && ALLOWED.has(name.slice(dot).toLowerCase());
}
