import type { HttpRequest, HttpResponse, Transport } from '../src/transport';

type Step = HttpResponse | Error | 'hang';

/**
 * A transport that replays `steps` in order and records every request.
 * `'hang'` never settles, to exercise timeouts.
 */
export function fakeTransport(...steps: Step[]): Transport & { calls: HttpRequest[] } {
  const calls: HttpRequest[] = [];
  const transport = async (req: HttpRequest): Promise<HttpResponse> => {
    calls.push(req);
    const step = steps[Math.min(calls.length - 1, steps.length - 1)];
    if (step === 'hang') return new Promise(() => {});
    if (step instanceof Error) throw step;
    return step;
  };
  return Object.assign(transport, { calls });
}

export const json = (status: number, data: unknown): HttpResponse => ({
  status,
  body: JSON.stringify(data),
});
