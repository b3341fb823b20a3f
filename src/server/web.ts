import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** dist/web of the package this module belongs to (from src/server or dist/src/server). */
export function defaultWebDir(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'product-ladder') return join(dir, 'dist', 'web');
      } catch {
        // keep looking
      }
    }
    dir = dirname(dir);
  }
  return undefined;
}

/** Serves the built web app at / when `dir` has an index.html; unknown page paths get index.html (the app routes them). */
export async function registerWebApp(app: FastifyInstance, dir: string | undefined): Promise<boolean> {
  if (!dir || !existsSync(join(dir, 'index.html'))) return false;
  await app.register(fastifyStatic, { root: dir, prefix: '/', index: ['index.html'], maxAge: '1h', setHeaders: (res, path) => {
    // Built assets carry a content hash; the page itself must always be fresh.
    if (path.endsWith('.html')) res.header('cache-control', 'no-cache');
  } });
  return true;
}
