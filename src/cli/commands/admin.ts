import type { Command } from 'commander';
import { LadderError } from '../../core/errors.js';
import type { Store } from '../../store/index.js';
import { printJson } from '../io.js';

/** `ladder admin …`: workspaces and tokens, straight in the store (the server need not run; with PGlite it must not). */
export function register(program: Command): void {
  const admin = program
    .command('admin')
    .description('manage workspaces and their API tokens in the server\'s store (DATA_DIR or DATABASE_URL)')
    .option('-d, --data <dir>', 'data directory of the embedded database (env DATA_DIR; default ./.data)');

  admin
    .command('create-workspace')
    .description('create a workspace and print its owner token (shown once)')
    .argument('<name>', 'the workspace name')
    .option('--json', 'print JSON')
    .action(async (name: string, opts: { json?: boolean }, cmd: Command) => {
      if (!name.trim()) throw new LadderError('invalid-name', 'The workspace needs a name', { issues: [{ code: 'invalid-name', message: 'empty', field: 'name' }] });
      await withStore(cmd, async (store) => {
        const { workspace, owner } = await store.workspaces.create(name.trim());
        if (opts.json) printJson({ workspace, token: owner.token, role: owner.role });
        else process.stdout.write(`Created workspace "${workspace.name}" (${workspace.id}).\nOwner token (shown once; keep it safe):\n\n  ${owner.token}\n\nUse it as "Authorization: Bearer <token>"; POST /api/v1/workspace/tokens issues more.\n`);
      });
    });

  admin
    .command('create-token')
    .description('issue another token for a workspace and print it (shown once)')
    .argument('<workspace>', 'the workspace id')
    .option('-r, --role <role>', 'owner, editor or viewer', 'viewer')
    .option('--json', 'print JSON')
    .action(async (workspaceId: string, opts: { role: string; json?: boolean }, cmd: Command) => {
      if (!['owner', 'editor', 'viewer'].includes(opts.role)) {
        throw new LadderError('invalid-role', `--role must be owner, editor or viewer, not "${opts.role}"`, { issues: [{ code: 'invalid-role', message: 'unknown role', field: 'role', value: opts.role }] });
      }
      await withStore(cmd, async (store) => {
        if (!(await store.workspaces.get(workspaceId))) {
          throw new LadderError('workspace-not-found', `No workspace "${workspaceId}". Run "ladder admin list-workspaces".`, { issues: [{ code: 'workspace-not-found', message: 'unknown workspace', field: 'workspace', value: workspaceId }] });
        }
        const token = await store.workspaces.createToken(workspaceId, opts.role as 'owner' | 'editor' | 'viewer', 'created with ladder admin');
        if (opts.json) printJson(token);
        else process.stdout.write(`${opts.role} token (shown once):\n\n  ${token.token}\n`);
      });
    });

  admin
    .command('list-workspaces')
    .description('list the workspaces')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      await withStore(cmd, async (store) => {
        const list = await store.workspaces.list();
        if (opts.json) return printJson(list);
        if (!list.length) process.stdout.write('No workspaces yet: "ladder admin create-workspace <name>" makes one.\n');
        for (const w of list) process.stdout.write(`${w.id}  ${w.createdAt}  ${w.name}\n`);
      });
    });
}

async function withStore(cmd: Command, fn: (store: Store) => Promise<void>): Promise<void> {
  // Loaded here, not at the top: every other command would otherwise pay for the database drivers.
  const [{ loadConfig }, { openStore }] = await Promise.all([import('../../server/config.js'), import('../../store/index.js')]);
  const opts = cmd.optsWithGlobals<{ data?: string }>();
  const config = loadConfig({ dataDir: opts.data });
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 1 });
  try {
    await fn(store);
  } finally {
    await store.close();
  }
}
