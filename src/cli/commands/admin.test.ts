import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ladder } from '../../../test/cli.js';
import { tempDir } from '../../../test/temp.js';

const data = tempDir('admin');
afterAll(() => rmSync(data, { recursive: true, force: true }));
const admin = (...args: string[]) => ladder(['admin', '--data', data, ...args], { env: { DATABASE_URL: '' } });

describe('ladder admin: tokens', () => {
  it('issues, lists and revokes tokens, with expiry and last use, and keeps the last owner token', () => {
    const created = JSON.parse(admin('create-workspace', 'Acme', '--json').stdout);
    const ws = created.workspace.id;
    const viewer = JSON.parse(admin('create-token', ws, '--role', 'viewer', '--expires-in-days', '7', '--json').stdout);
    expect(Date.parse(viewer.expiresAt) - Date.now()).toBeGreaterThan(6 * 86_400_000);
    const list = admin('list-tokens', ws, '--json');
    expect(list.code).toBe(0);
    const tokens = JSON.parse(list.stdout);
    expect(tokens.map((x: { role: string }) => x.role)).toEqual(['owner', 'viewer']);
    expect(list.stdout).not.toContain('lad_');
    expect(admin('list-tokens', ws).stdout).toMatch(/viewer .*expires .*never used/);
    const revoked = admin('revoke-token', viewer.id);
    expect(revoked).toMatchObject({ code: 0, stdout: expect.stringContaining(`Revoked token ${viewer.id}`) });
    expect(JSON.parse(admin('list-tokens', ws, '--json').stdout)).toHaveLength(1);
    expect(admin('revoke-token', viewer.id).code).toBe(1);
    const last = admin('revoke-token', tokens[0].id);
    expect(last.code).toBe(1);
    expect(last.stderr).toContain('last owner token');
    expect(admin('create-token', ws, '--expires-in-days', 'soon').code).toBe(1);
  }, 300_000);
});
