/**
 * The storage suite: the same tests against PGlite and a real PostgreSQL server.
 * PostgreSQL is skipped with a printed reason where none is installed, and fails instead
 * under LADDER_REQUIRE_POSTGRES=1 (CI).
 */
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPGliteTestStore, postgresSuitePlan, startPostgresTestCluster, type PostgresTestCluster } from '../../test/stores.js';
import type { Store } from './index.js';
import { migrateToLatest } from './migrations.js';
import { hashToken } from './tokens.js';

interface Backend {
  name: string;
  setup(): Promise<void>;
  open(): Promise<Store>;
  teardown(): void;
}

let cluster: PostgresTestCluster | undefined;
const backends: Backend[] = [
  { name: 'PGlite', setup: async () => {}, open: openPGliteTestStore, teardown: () => {} },
];
const plan = postgresSuitePlan();
if (plan.run) {
  backends.push({
    name: 'PostgreSQL',
    setup: async () => {
      cluster = await startPostgresTestCluster();
    },
    open: () => cluster!.openStore(),
    teardown: () => cluster?.stop(),
  });
} else if (plan.mustFail) {
  describe('storage suite on PostgreSQL', () => {
    it('needs PostgreSQL (LADDER_REQUIRE_POSTGRES=1)', () => {
      throw new Error(`PostgreSQL is required here but unavailable: ${plan.reason}`);
    });
  });
} else {
  console.warn(`[storage suite] PostgreSQL skipped: ${plan.reason}`);
  describe.skip(`storage suite on PostgreSQL (skipped: ${plan.reason})`, () => {
    it('runs where PostgreSQL is installed', () => {});
  });
}

describe.each(backends)('storage on $name', (backend) => {
  let store: Store;
  const open: Store[] = [];
  const fresh = async () => {
    const s = await backend.open();
    open.push(s);
    return s;
  };

  beforeAll(async () => {
    await backend.setup();
  });
  afterAll(() => backend.teardown());
  afterEach(async () => {
    for (const s of open.splice(0)) await s.close();
  });

  it('migrates once: a second run applies nothing', async () => {
    store = await fresh();
    expect(await migrateToLatest(store.handle.db)).toEqual([]);
    await store.ping();
  });

  it('creates workspaces whose owner token authenticates, storing only its hash', async () => {
    store = await fresh();
    expect(await store.workspaces.count()).toBe(0);
    const { workspace, owner } = await store.workspaces.create('Acme');
    expect(await store.workspaces.count()).toBe(1);
    expect(owner.token).toMatch(/^lad_[A-Za-z0-9_-]{43}$/);
    expect(await store.workspaces.authenticate(owner.token)).toMatchObject({ workspaceId: workspace.id, workspaceName: 'Acme', role: 'owner' });
    expect(await store.workspaces.authenticate(`${owner.token.slice(0, -1)}x`)).toBeUndefined();
    expect(await store.workspaces.authenticate('nonsense')).toBeUndefined();
    const rows = await store.handle.db.selectFrom('api_tokens').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token_hash).toBe(hashToken(owner.token));
    expect(JSON.stringify(rows)).not.toContain(owner.token);
    expect(await store.workspaces.get(workspace.id)).toEqual(workspace);
    expect(await store.workspaces.list()).toEqual([workspace]);
  });

  it('issues tokens with roles; the database refuses an unknown role', async () => {
    store = await fresh();
    const { workspace } = await store.workspaces.create('A');
    const viewer = await store.workspaces.createToken(workspace.id, 'viewer');
    expect((await store.workspaces.authenticate(viewer.token))?.role).toBe('viewer');
    await expect(store.workspaces.createToken(workspace.id, 'admin' as never)).rejects.toThrow();
  });

  it('counts as numbers on both drivers', async () => {
    store = await fresh();
    const row = await sql<{ n: unknown }>`select count(*) as n from workspaces`.execute(store.handle.db);
    expect(['number', 'string']).toContain(typeof row.rows[0]!.n);
    expect(await store.workspaces.count()).toBe(0);
  });

  it('keeps one company framework per workspace, isolated', async () => {
    store = await fresh();
    const a = (await store.workspaces.create('A')).workspace.id;
    const b = (await store.workspaces.create('B')).workspace.id;
    expect(await store.frameworks.get(a)).toBeUndefined();
    await store.frameworks.put(a, { name: 'first', text: 'name: first\n' });
    const second = await store.frameworks.put(a, { name: 'second', text: 'name: second\n' });
    expect(await store.frameworks.get(a)).toEqual(second);
    expect(await store.frameworks.updatedAt(a)).toBe(second.updatedAt);
    expect(await store.frameworks.updatedAt(b)).toBeUndefined();
    expect(await store.frameworks.get(b)).toBeUndefined();
    expect(await store.frameworks.delete(b)).toBe(false);
    expect(await store.frameworks.delete(a)).toBe(true);
    expect(await store.frameworks.get(a)).toBeUndefined();
  });

  it('stores roster snapshots with JSON that round-trips, newest first, isolated', async () => {
    store = await fresh();
    const a = (await store.workspaces.create('A')).workspace.id;
    const b = (await store.workspaces.create('B')).workspace.id;
    const people = [
      { id: 'p1', name: 'Zoë Ærø', title: 'Sr. PM', tags: ['a', 'b'], manager: null, nested: { deep: [1, { x: '"quoted"' }] } },
      { id: 'p2', name: "O'Brien", title: 'PM\nwith a newline', tags: [], manager: 'p1' },
    ];
    const first = await store.rosters.create(a, { source: 'csv', people, rejectedRows: [{ row: 3, message: 'no title' }], meta: { columns: [{ field: 'id', column: 'Emp #' }] } });
    const second = await store.rosters.create(a, { source: 'json', people: people.slice(0, 1), rejectedRows: [] }, { batchSize: 1 });
    expect(await store.rosters.get(a, first.id)).toEqual(first);
    expect((await store.rosters.get(a, second.id))?.people).toEqual(people.slice(0, 1));
    const list = await store.rosters.list(a);
    expect(list.map((s) => s.id).sort()).toEqual([first.id, second.id].sort());
    expect(list.find((s) => s.id === first.id)).toMatchObject({ peopleCount: 2, rejectedCount: 1, source: 'csv' });
    expect(Date.parse(list[0]!.createdAt)).toBeGreaterThanOrEqual(Date.parse(list[1]!.createdAt));
    expect(await store.rosters.get(b, first.id)).toBeUndefined();
    expect(await store.rosters.list(b)).toEqual([]);
  });

  it('imports a roster all or nothing: a failure mid-way leaves no snapshot and no people', async () => {
    store = await fresh();
    const a = (await store.workspaces.create('A')).workspace.id;
    const kept = await store.rosters.create(a, { source: 'csv', people: [{ id: 'x' }], rejectedRows: [] });
    const people = Array.from({ length: 250 }, (_, i) => ({ id: `p${i}` }));
    await expect(
      store.rosters.create(a, { source: 'csv', people, rejectedRows: [] }, {
        batchSize: 100,
        onProgress: (n) => {
          if (n >= 200) throw new Error('disk on fire');
        },
      }),
    ).rejects.toThrow('disk on fire');
    expect((await store.rosters.list(a)).map((s) => s.id)).toEqual([kept.id]);
    const orphans = await store.handle.db.selectFrom('roster_people').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(orphans.n)).toBe(1);
    // The store still works after the rollback.
    await store.rosters.create(a, { source: 'csv', people, rejectedRows: [] }, { batchSize: 100 });
    expect(await store.rosters.list(a)).toHaveLength(2);
  });

  it('keeps assessments over time, per person, isolated', async () => {
    store = await fresh();
    const a = (await store.workspaces.create('A')).workspace.id;
    const b = (await store.workspaces.create('B')).workspace.id;
    const one = await store.assessments.create(a, 'alice', { role: 'product-manager', scores: [1, 2, 3] });
    const two = await store.assessments.create(a, 'alice', { role: 'senior-product-manager', scores: [] });
    const bob = await store.assessments.create(a, 'bob', ['array', 'at', 'top']);
    expect(await store.assessments.list(a, 'alice')).toEqual([one, two]);
    expect(await store.assessments.list(a)).toEqual([one, two, bob]);
    expect(bob.assessment).toEqual(['array', 'at', 'top']);
    expect(await store.assessments.list(b, 'alice')).toEqual([]);
  });

  it('tracks normalize jobs to a result, each claimed by one server, taken over when its lease runs out', async () => {
    store = await fresh();
    const job = await store.jobs.create('title', Buffer.from('title\nPM\n'));
    expect(job).toMatchObject({ status: 'queued', column: 'title', processed: 0, total: null, errors: [] });
    // Two servers ask at once: one gets the job.
    const [a, b] = await Promise.all([store.jobs.claim('server-a', 60_000), store.jobs.claim('server-b', 60_000)]);
    const mine = a ?? b!;
    const owner = a ? 'server-a' : 'server-b';
    const other = a ? 'server-b' : 'server-a';
    expect([a, b].filter(Boolean)).toHaveLength(1);
    expect(mine).toMatchObject({ id: job.id, column: 'title', attempts: 1 });
    expect(Buffer.from(mine.input).toString()).toBe('title\nPM\n');
    expect(await store.jobs.report(job.id, owner, 60_000, { processed: 10 })).toBe(true);
    expect(await store.jobs.report(job.id, other, 60_000, { processed: 99 })).toBe(false);
    expect(await store.jobs.result(job.id)).toBeUndefined();
    expect(await store.jobs.report(job.id, owner, 60_000, { status: 'done', processed: 20, total: 20, errors: [{ code: 'empty-title', message: 'empty', row: 4 }], result: 'a,b\n1,2\n' })).toBe(true);
    expect(await store.jobs.get(job.id)).toMatchObject({ status: 'done', processed: 20, total: 20, errors: [{ code: 'empty-title', row: 4 }] });
    expect(await store.jobs.result(job.id)).toBe('a,b\n1,2\n');
    expect(await store.jobs.claim(other, 60_000)).toBeUndefined();

    // A server that stops holding a job loses it when the lease runs out.
    const stuck = await store.jobs.create(null, Buffer.from('title\nPO\n'));
    expect((await store.jobs.claim('gone', 200))?.id).toBe(stuck.id);
    expect(await store.jobs.claim('alive', 60_000)).toBeUndefined();
    await new Promise((r) => setTimeout(r, 400));
    expect(await store.jobs.claim('alive', 60_000)).toMatchObject({ id: stuck.id, attempts: 2 });
    // What the stopped server writes later is refused.
    expect(await store.jobs.report(stuck.id, 'gone', 60_000, { status: 'done', result: 'late' })).toBe(false);
    expect(await store.jobs.report(stuck.id, 'alive', 60_000, { status: 'failed', errors: [{ code: 'x', message: 'y' }] })).toBe(true);
    expect(await store.jobs.deleteOlderThan(new Date(Date.now() + 60_000))).toBe(2);
    expect(await store.jobs.get(job.id)).toBeUndefined();
  });

  it('deletes a workspace\'s data with it', async () => {
    store = await fresh();
    const { workspace } = await store.workspaces.create('gone');
    await store.rosters.create(workspace.id, { source: 'csv', people: [{ id: 1 }], rejectedRows: [] });
    await store.assessments.create(workspace.id, 'p', {});
    await store.handle.db.deleteFrom('workspaces').where('id', '=', workspace.id).execute();
    for (const table of ['api_tokens', 'roster_snapshots', 'roster_people', 'assessments'] as const) {
      const row = await store.handle.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      expect(Number(row.n), table).toBe(0);
    }
  });
});
