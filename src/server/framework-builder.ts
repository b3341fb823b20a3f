import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deserialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { LadderError } from '../core/errors.js';
import type { Framework } from '../core/framework/schema.js';
import type { BuildReply, BuildRequest } from './framework-worker.js';

export interface BuiltFramework {
  framework: Framework;
  /** Its serialized size: the basis of the cache's memory estimate. */
  bytes: number;
}

/**
 * Builds company frameworks (the built-in framework with a company file laid over it) on a worker
 * thread, one at a time, so that a large file never blocks the requests of other users. The
 * worker starts on the first build and is restarted if it dies.
 */
export class FrameworkBuilder {
  #worker: Worker | undefined;
  #next = 1;
  readonly #pending = new Map<number, { resolve: (b: BuiltFramework) => void; reject: (e: unknown) => void }>();

  constructor(private readonly base: Framework) {}

  build(text: string, file: string): Promise<BuiltFramework> {
    const worker = this.#start();
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      worker.postMessage({ id, file, text } satisfies BuildRequest);
    });
  }

  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    if (worker) await worker.terminate();
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const js = new URL('./framework-worker.js', import.meta.url);
    // From the compiled package the worker is JavaScript, started without the parent's Node
    // options (a loader given with --import would start again in it); from the sources (tests,
    // tsx) it is TypeScript, loaded through tsx (a dev dependency) registered in the worker itself.
    const ts = new URL('./framework-worker.ts', import.meta.url).href;
    const worker = existsSync(fileURLToPath(js))
      ? new Worker(js, { workerData: this.base, execArgv: [] })
      : new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(ts)}); });`, { eval: true, workerData: this.base });
    worker.unref();
    worker.on('message', (reply: BuildReply) => {
      const waiting = this.#pending.get(reply.id);
      if (!waiting) return;
      this.#pending.delete(reply.id);
      if (reply.ok) waiting.resolve({ framework: deserialize(reply.framework) as Framework, bytes: reply.framework.byteLength });
      else waiting.reject(new LadderError(reply.error.code, reply.error.message, { issues: reply.error.issues, userError: reply.error.userError }));
    });
    const fail = (e: unknown) => {
      if (this.#worker === worker) this.#worker = undefined;
      for (const [, w] of this.#pending) w.reject(new LadderError('framework-build-failed', 'The company framework could not be built.', { userError: false, cause: e }));
      this.#pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`framework worker exited with ${code}`)));
    this.#worker = worker;
    return worker;
  }
}
