import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/**
 * The script of the worker `name` beside the module at `here` (its import.meta.url): the one-file
 * build (scripts/build-worker.mjs), else the compiled module; from the TypeScript sources (tests,
 * development) the `.ts` file loaded through tsx. `given` (tests) wins.
 */
export function workerScript(here: string, name: string, given?: URL): URL | string {
  if (given) return given;
  if (!here.endsWith('.ts')) {
    const bundle = new URL(`./${name}.cjs`, here);
    return existsSync(bundle) ? bundle : new URL(`./${name}.js`, here);
  }
  const script = new URL(`./${name}.ts`, here).href;
  return `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(script)}); });`;
}

/**
 * Worker threads that each turn a block of bytes into a result, with the results handed back
 * in the order the blocks were sent. Blocks are moved to the workers, not copied. A worker
 * that fails or exits while it has work makes every waiting and later call fail: never a hang.
 */
export class BlockPool<R extends { out: Uint8Array }> {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly done = new Map<number, R>();
  private sent = 0;
  private taken = 0;
  private failure: Error | null = null;
  private wake: (() => void) | null = null;
  private closing = false;
  /** Block memory the workers gave back, to send the next blocks in (fewer allocations, less GC). */
  private readonly spares: ArrayBuffer[] = [];
  /** Memory of results already written, sent with the next blocks for their results. */
  private readonly outputs: ArrayBuffer[] = [];
  private readonly size: number;

  /** `script`: the worker's module, or code to evaluate that loads it. */
  constructor(script: URL | string, size: number, workerData: unknown) {
    this.size = size;
    for (let i = 0; i < size; i++) {
      // A small young generation: a worker allocates little per row, and each worker's heap
      // adds to the process's memory (1,000,000 rows on 2 workers: about 230 MB instead of 280).
      // A built worker script loads nothing else: it starts without the process's Node options
      // (a loader given with --import would be started again in every worker, ~100 ms each).
      const built = typeof script !== 'string';
      const worker = new Worker(script, { workerData, eval: !built, ...(built ? { execArgv: [] } : {}), resourceLimits: { maxYoungGenerationSizeMb: 8 } });
      const slot = { worker, busy: 0 };
      worker.on('message', (m: { seq: number; result: R; input: Uint8Array; unused?: ArrayBuffer }) => {
        slot.busy--;
        if (this.spares.length < size * 3) this.spares.push(m.input.buffer as ArrayBuffer);
        if (m.unused) this.recycle(m.unused);
        this.done.set(m.seq, m.result);
        this.notify();
      });
      // Not the worker's own error object: its code (a file error's ENOENT) is not about the input.
      worker.on('error', (e) => this.fail(new Error(`a worker thread failed: ${e.message}`)));
      worker.on('exit', (code) => {
        if (!this.closing) this.fail(new Error(`a worker thread stopped (exit code ${code})`));
      });
      this.workers.push(slot);
    }
  }

  /** Blocks sent whose results have not been taken yet. */
  get inFlight(): number {
    return this.sent - this.taken;
  }

  /** Memory for a block of n bytes, that send() can move to a worker. */
  buffer(n: number): Uint8Array {
    for (let k = 0; k < this.spares.length; k++) {
      if (this.spares[k]!.byteLength >= n) return new Uint8Array(this.spares.splice(k, 1)[0]!, 0, n);
    }
    // Room for the larger blocks to come, so that the memory can be used again.
    return new Uint8Array(new ArrayBuffer(Math.ceil(n * 1.5)), 0, n);
  }

  /**
   * Sends a block to the least busy worker: its memory moves to the worker and comes back with
   * the result, and so does the memory of a result already written, for this block's result.
   */
  send(bytes: Uint8Array): void {
    if (this.failure) throw this.failure;
    let slot = this.workers[0]!;
    for (const w of this.workers) if (w.busy < slot.busy) slot = w;
    slot.busy++;
    const seq = this.sent++;
    const spare = this.outputs.pop();
    slot.worker.postMessage({ seq, bytes, spare }, spare ? [bytes.buffer as ArrayBuffer, spare] : [bytes.buffer as ArrayBuffer]);
  }

  /** Memory of a result that has been written: the workers may write the next results in it. */
  recycle(memory: ArrayBuffer): void {
    if (memory.byteLength > 0 && this.outputs.length < this.size * 3) this.outputs.push(memory);
  }

  /** The result of the oldest block not taken yet, when it is ready. */
  async next(): Promise<R> {
    for (;;) {
      if (this.failure) throw this.failure;
      const r = this.done.get(this.taken);
      if (r !== undefined) {
        this.done.delete(this.taken);
        this.taken++;
        return r;
      }
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  private fail(e: Error): void {
    this.failure ??= e;
    this.notify();
  }

  private notify(): void {
    const w = this.wake;
    this.wake = null;
    w?.();
  }
}
