import { writeReport } from './store.mjs';

const day = new Date();
const file = await writeReport('signups', day, { total: 0 });
console.log(`wrote ${file}`);
