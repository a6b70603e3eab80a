/** Sends templated notifications through a transport. */
export type Transport = (to: string, body: string) => void;

const TEMPLATES: Record<string, (name: string) => string> = {
  welcome: (name) => `Welcome aboard, ${name}!`,
  reset: (name) => `${name}, here is your reset link.`,
};

export function notify(transport: Transport, kind: string, to: string, name: string): void {
  const render = TEMPLATES[kind];
  if (!render) throw new Error(`unknown template ${kind}`);
  transport(to, render(name));
}
