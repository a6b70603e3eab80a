import { expect, test } from 'vitest';
import { notify } from '../src/notify';

const sent: string[] = [];
const transport = (to: string, body: string) => {
  sent.push(`${to}: ${body}`);
};

test('reset mail names the user', () => {
  notify(transport, 'reset', 'bo@example.com', 'Bo');
  expect(sent.at(-1)).toContain('Bo, here is your reset link.');
});

test('welcome mail is sent once', () => {
  notify(transport, 'welcome', 'ana@example.com', 'Ana');
  expect(sent).toEqual(['ana@example.com: Welcome aboard, Ana!']);
});
