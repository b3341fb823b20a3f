import type { Framework } from '../core/framework/schema.js';
import type { Store } from '../store/index.js';
import { FrameworkBuilder, type BuiltFramework } from './framework-builder.js';

/** A built framework takes about this many times its serialized size in memory, with its compiled normalizer (measured: 4,000 roles serialize to 2.5 MB and take ~10 MB of heap). */
const HEAP_PER_SERIALIZED_BYTE = 4;
export const DEFAULT_FRAMEWORK_CACHE_BYTES = 512 * 1024 * 1024;

/**
 * Each workspace's framework: the built-in one with the workspace's company file laid over it.
 * Built on a worker thread (FrameworkBuilder) and cached by the file's update time, so a change
 * made through another server process (PostgreSQL) is seen on the next request. The cache is
 * bounded by an estimate of its memory, least recently used out first.
 */
export class WorkspaceFrameworks {
  readonly #cache = new Map<string, { updatedAt: string; framework: Framework; bytes: number }>();
  readonly #building = new Map<string, Promise<Framework>>();
  readonly #builder: FrameworkBuilder;
  #bytes = 0;

  constructor(
    private readonly store: Store,
    private readonly base: Framework,
    private readonly maxBytes = DEFAULT_FRAMEWORK_CACHE_BYTES,
  ) {
    this.#builder = new FrameworkBuilder(base);
  }

  async get(workspaceId: string): Promise<Framework> {
    const updatedAt = await this.store.frameworks.updatedAt(workspaceId);
    if (!updatedAt) {
      this.forget(workspaceId);
      return this.base;
    }
    const hit = this.#cache.get(workspaceId);
    if (hit && hit.updatedAt === updatedAt) {
      // Most recently used goes last.
      this.#cache.delete(workspaceId);
      this.#cache.set(workspaceId, hit);
      return hit.framework;
    }
    const key = `${workspaceId}@${updatedAt}`;
    let building = this.#building.get(key);
    if (!building) {
      building = this.#load(workspaceId).finally(() => this.#building.delete(key));
      this.#building.set(key, building);
    }
    return building;
  }

  async #load(workspaceId: string): Promise<Framework> {
    const stored = await this.store.frameworks.get(workspaceId);
    if (!stored) return this.base;
    const built = await this.#builder.build(stored.text, 'workspace framework');
    this.#remember(workspaceId, stored.updatedAt, built);
    return built.framework;
  }

  #remember(workspaceId: string, updatedAt: string, built: BuiltFramework): void {
    this.forget(workspaceId);
    const bytes = built.bytes * HEAP_PER_SERIALIZED_BYTE;
    this.#cache.set(workspaceId, { updatedAt, framework: built.framework, bytes });
    this.#bytes += bytes;
    for (const [id, entry] of this.#cache) {
      if (this.#bytes <= this.maxBytes || id === workspaceId) break;
      this.#cache.delete(id);
      this.#bytes -= entry.bytes;
    }
  }

  /** Validates a company framework file against the built-in framework; rejects with a LadderError listing its problems. */
  build(text: string, file = 'company framework'): Promise<BuiltFramework> {
    return this.#builder.build(text, file);
  }

  /** Keeps a framework just built from the file stored at `updatedAt` (after a PUT), so it is not built twice. */
  set(workspaceId: string, updatedAt: string, built: BuiltFramework): void {
    this.#remember(workspaceId, updatedAt, built);
  }

  /** Memory the cached frameworks take, as estimated. */
  get cachedBytes(): number {
    return this.#bytes;
  }

  get cachedCount(): number {
    return this.#cache.size;
  }

  forget(workspaceId: string): void {
    const entry = this.#cache.get(workspaceId);
    if (!entry) return;
    this.#cache.delete(workspaceId);
    this.#bytes -= entry.bytes;
  }

  close(): Promise<void> {
    return this.#builder.close();
  }
}
