/**
 * A child process for the crash test: opens the store and imports a large roster, printing
 * "progress N" after each batch, so the parent can kill -9 it in the middle of the transaction.
 * Usage: node --import tsx test/roster-import-child.ts <dataDir|postgres-url> <workspaceId> <people>
 */
import { openStore } from '../src/store/index.js';

const [target, workspaceId, count] = process.argv.slice(2);
if (!target || !workspaceId || !count) {
  process.stderr.write('usage: roster-import-child <dataDir|postgres-url> <workspaceId> <people>\n');
  process.exit(2);
}
const store = await openStore(/^postgres(ql)?:/.test(target) ? { databaseUrl: target, poolSize: 1 } : { dataDir: target });
process.stdout.write('opened\n');
const people = Array.from({ length: Number(count) }, (_, i) => ({ id: `big-${i}`, name: `Person ${i}`, title: 'Product Manager', manager: i ? `big-${Math.floor(i / 8)}` : null }));
await store.rosters.create(workspaceId, { source: 'crash-test', people, rejectedRows: [] }, {
  batchSize: 500,
  onProgress: (n) => {
    process.stdout.write(`progress ${n}\n`);
  },
});
process.stdout.write('done\n');
await store.close();
