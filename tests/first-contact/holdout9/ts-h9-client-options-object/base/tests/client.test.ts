import { describe, expect, test } from 'vitest';
import { createClient, HttpError, TimeoutError } from '../src/client';
import { fakeTransport, json } from './fake-transport';

const BASE = 'https://api.example.test/v2/';

describe('createClient', () => {
  test('GET joins base URL, path and query', async () => {
    const transport = fakeTransport(json(200, { id: 42 }));
    const api = createClient(BASE, transport);

    await expect(api.get('/users/42', { fields: 'name' })).resolves.toEqual({ id: 42 });
    expect(transport.calls[0]).toMatchObject({
      method: 'GET',
      url: 'https://api.example.test/v2/users/42?fields=name',
      headers: { accept: 'application/json' },
    });
  });

  test('POST sends JSON', async () => {
    const transport = fakeTransport(json(201, { ok: true }));
    const api = createClient(BASE, transport, 1000, 0, { 'x-team': 'core' });

    await api.post('/users', { name: 'Ada' });
    expect(transport.calls[0].headers).toEqual({
      accept: 'application/json',
      'content-type': 'application/json',
      'x-team': 'core',
    });
    expect(transport.calls[0].body).toBe('{"name":"Ada"}');
  });

  test('retries 5xx and transport errors up to `retries` times', async () => {
    const transport = fakeTransport(json(503, {}), new Error('ECONNRESET'), json(200, [1]));
    const api = createClient(BASE, transport, 1000, 2);

    await expect(api.get('/flaky')).resolves.toEqual([1]);
    expect(transport.calls).toHaveLength(3);
  });

  test('gives up after the last retry', async () => {
    const transport = fakeTransport(json(502, {}));
    const api = createClient(BASE, transport, 1000, 1);

    await expect(api.get('/down')).rejects.toThrow(HttpError);
    expect(transport.calls).toHaveLength(2);
  });

  test('4xx is not retried', async () => {
    const transport = fakeTransport(json(404, {}));
    const api = createClient(BASE, transport);

    await expect(api.get('/missing')).rejects.toMatchObject({ status: 404 });
    expect(transport.calls).toHaveLength(1);
  });

  test('times out a hanging request', async () => {
    const api = createClient(BASE, fakeTransport('hang'), 20);
    await expect(api.get('/slow')).rejects.toThrow(TimeoutError);
  });
});
