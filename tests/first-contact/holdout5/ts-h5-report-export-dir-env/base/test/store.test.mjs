import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, resolve } from 'node:path';
import { exportDir, listReports, readReport, reportFileName, writeReport } from '../src/store.mjs';

const day = new Date(Date.UTC(2024, 6, 1));

test('report file names carry the day', () => {
  assert.equal(reportFileName('signups', day), 'signups-2024-07-01.json');
  assert.throws(() => reportFileName('Sign Ups', day), /bad report name/);
});

test('writeReport writes JSON into the export directory', async () => {
  const file = await writeReport('churn', day, { rate: 0.031 });
  assert.equal(dirname(file), exportDir());
  assert.equal(exportDir(), resolve('exports'));
  assert.deepEqual(await readReport(file), { name: 'churn', day: '2024-07-01', data: { rate: 0.031 } });
});

test('listReports includes what was written', async () => {
  await writeReport('revenue', day, { eur: 1200 });
  assert.ok((await listReports()).includes('revenue-2024-07-01.json'));
});
