/** Loads layered configuration: defaults, then a profile, then overrides. */
export type Config = Record<string, string | number | boolean>;

const PROFILES: Record<string, Config> = {
  dev: { debug: true, port: 3000 },
  prod: { debug: false, port: 80, workers: 8 },
};

/** Reads a profile; async because real profiles come from disk. */
export async function loadProfile(name: string): Promise<Config> {
  await new Promise((resolve) => setTimeout(resolve, 1));
  const profile = PROFILES[name];
  if (!profile) throw new Error(`unknown profile ${name}`);
  return { ...profile };
}

export async function loadConfig(profile: string, overrides: Config = {}): Promise<Config> {
  const defaults: Config = { debug: false, port: 8080, workers: 1 };
  return { ...defaults, ...(await loadProfile(profile)), ...overrides };
}
