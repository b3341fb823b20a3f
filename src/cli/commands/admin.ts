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
    .option('--expires-in-days <days>', 'refuse the token after this many days (default: it does not expire)')
    .option('--json', 'print JSON')
    .action(async (workspaceId: string, opts: { role: string; expiresInDays?: string; json?: boolean }, cmd: Command) => {
      const days = opts.expiresInDays === undefined ? undefined : Number(opts.expiresInDays);
      if (days !== undefined && (!Number.isInteger(days) || days < 1 || days > 3650)) {
        throw new LadderError('invalid-option', `--expires-in-days must be a whole number from 1 to 3650, not "${opts.expiresInDays}"`, { issues: [{ code: 'invalid-option', message: 'not a whole number in range', field: 'expires-in-days', value: opts.expiresInDays }] });
      }
      if (!['owner', 'editor', 'viewer'].includes(opts.role)) {
        throw new LadderError('invalid-role', `--role must be owner, editor or viewer, not "${opts.role}"`, { issues: [{ code: 'invalid-role', message: 'unknown role', field: 'role', value: opts.role }] });
      }
      await withStore(cmd, async (store) => {
        await requireWorkspace(store, workspaceId);
        const expiresAt = days === undefined ? null : new Date(Date.now() + days * 86_400_000);
        const token = await store.workspaces.createToken(workspaceId, opts.role as 'owner' | 'editor' | 'viewer', 'created with ladder admin', expiresAt);
        if (opts.json) printJson(token);
        else process.stdout.write(`${opts.role} token ${token.id}${token.expiresAt ? `, expires ${token.expiresAt}` : ''} (shown once):\n\n  ${token.token}\n`);
      });
    });

  admin
    .command('list-tokens')
    .description("list a workspace's tokens: id, role, label, created, expires, last used (never the tokens themselves)")
    .argument('<workspace>', 'the workspace id')
    .option('--json', 'print JSON')
    .action(async (workspaceId: string, opts: { json?: boolean }, cmd: Command) => {
      await withStore(cmd, async (store) => {
        await requireWorkspace(store, workspaceId);
        const tokens = await store.workspaces.listTokens(workspaceId);
        if (opts.json) return printJson(tokens);
        for (const x of tokens) {
          process.stdout.write(`${x.id}  ${x.role.padEnd(6)}  created ${x.createdAt}  ${x.expiresAt ? `expires ${x.expiresAt}` : 'no expiry'}  ${x.lastUsedAt ? `last used ${x.lastUsedAt}` : 'never used'}${x.label ? `  ${x.label}` : ''}\n`);
        }
      });
    });

  admin
    .command('revoke-token')
    .description('revoke a token: it is refused from the next request on (the last owner token of a workspace cannot be revoked)')
    .argument('<token-id>', 'the token id (from list-tokens)')
    .option('--json', 'print JSON')
    .action(async (tokenId: string, opts: { json?: boolean }, cmd: Command) => {
      await withStore(cmd, async (store) => {
        const workspaceId = await store.workspaces.workspaceOfToken(tokenId);
        if (!workspaceId || !(await store.workspaces.revokeToken(workspaceId, tokenId))) {
          throw new LadderError('token-not-found', `No token "${tokenId}". Run "ladder admin list-tokens <workspace>".`, { issues: [{ code: 'token-not-found', message: 'unknown token', field: 'token', value: tokenId }] });
        }
        if (opts.json) printJson({ revoked: tokenId, workspace: workspaceId });
        else process.stdout.write(`Revoked token ${tokenId} of workspace ${workspaceId}.\n`);
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

async function requireWorkspace(store: Store, workspaceId: string): Promise<void> {
  if (!(await store.workspaces.get(workspaceId))) {
    throw new LadderError('workspace-not-found', `No workspace "${workspaceId}". Run "ladder admin list-workspaces".`, { issues: [{ code: 'workspace-not-found', message: 'unknown workspace', field: 'workspace', value: workspaceId }] });
  }
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
