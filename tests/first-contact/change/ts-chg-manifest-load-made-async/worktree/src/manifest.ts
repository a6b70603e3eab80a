export interface Manifest {
  name: string;
  version: string;
  entry: string;
}

export type Reader = (path: string) => Promise<string>;

/**
 * Read and validate a plugin manifest (JSON). `entry` defaults to index.js.
 *
 * @throws Error when name or version is missing or the version is not x.y.z
 */
export async function loadManifest(path: string, read: Reader): Promise<Manifest> {
  const raw = JSON.parse(await read(path)) as Partial<Manifest>;
  if (!raw.name || !raw.version) throw new Error(`${path}: name and version are required`);
  if (!/^\d+\.\d+\.\d+$/.test(raw.version)) throw new Error(`${path}: bad version ${raw.version}`);
  return { name: raw.name, version: raw.version, entry: raw.entry ?? 'index.js' };
}
