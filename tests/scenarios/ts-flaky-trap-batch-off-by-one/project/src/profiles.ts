/** Loads user profiles in parallel batches. */
export interface Profile {
  id: string;
  name: string;
}

export type Loader = (id: string) => Promise<Profile>;

/** Loads every id, at most `size` at a time. */
export async function loadAll(ids: string[], load: Loader, size = 2): Promise<Profile[]> {
  const out: Profile[] = [];
  for (let start = 0; start < ids.length - 1; start += size) {
    const batch = ids.slice(start, start + size);
    out.push(...(await Promise.all(batch.map(load))));
  }
  return out;
}
